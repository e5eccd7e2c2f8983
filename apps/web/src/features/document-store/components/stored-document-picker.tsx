import { FolderOpenOutlined } from '@ant-design/icons';
import { App, Button, Empty, Modal } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { PageSpinner } from '@/components/page-spinner';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useI18n } from '@/i18n';
import { useMyDocuments } from '../api/get-documents';
import { useTakeDocument } from '../api/take-document';
import { DocumentSummary } from './document-summary';

export interface StoredDocumentPickerProps {
  /** Called with the file id to put in the slot (`documents[].fileId` of the draft) and the document's name. */
  onPick: (fileId: string, name: string) => void;
  /** The slot's requirement, read with the button by screen readers: "Chọn từ kho giấy tờ: <slot>". */
  slotLabel?: string;
  disabled?: boolean;
}

/**
 * For an upload slot of an online application: opens the applicant's store and puts a document already kept there
 * into the slot instead of uploading it again (Circular 04/2025: valid data already given is not asked for again).
 * Only valid documents are offered; the reuse is recorded by the server when the dossier is submitted.
 */
export function StoredDocumentPicker({ onPick, slotLabel, disabled }: StoredDocumentPickerProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        icon={<FolderOpenOutlined aria-hidden />}
        onClick={() => setOpen(true)}
        disabled={disabled}
        aria-label={slotLabel ? `${t('documentStore.picker.open')}: ${slotLabel}` : undefined}
        aria-haspopup="dialog"
        data-testid="stored-document-picker"
      >
        {t('documentStore.picker.open')}
      </Button>
      {open ? <PickerDialog onClose={() => setOpen(false)} onPick={onPick} /> : null}
    </>
  );
}

function PickerDialog({ onClose, onPick }: { onClose: () => void; onPick: StoredDocumentPickerProps['onPick'] }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const documents = useMyDocuments();
  const take = useTakeDocument();
  const reusable = documents.data?.items.filter((d) => d.valid) ?? [];

  const pick = (id: string) =>
    take.mutate(id, {
      onSuccess: (use) => {
        onPick(use.fileId, use.name);
        onClose();
      },
      onError: (error: unknown) => {
        void message.error(`${t('documentStore.picker.failed')}: ${describe(error)}`);
        void documents.refetch();
      },
    });

  return (
    <Modal open title={t('documentStore.picker.title')} onCancel={onClose} footer={null} width={680}>
      <p className="document-store-picker-lead">{t('documentStore.picker.lead')}</p>
      {documents.isError ? (
        <ErrorAlert error={documents.error} onRetry={() => void documents.refetch()} />
      ) : documents.isPending ? (
        <PageSpinner />
      ) : reusable.length === 0 ? (
        <Empty description={t('documentStore.picker.empty')} />
      ) : (
        <ul className="document-store-list document-store-picker-list" aria-label={t('documentStore.picker.title')} data-testid="stored-document-options">
          {reusable.map((document) => (
            <li key={document.id} className="document-store-item">
              <DocumentSummary document={document} headingLevel={3} />
              <div className="document-store-actions">
                <Button
                  type="primary"
                  onClick={() => pick(document.id)}
                  loading={take.isPending && take.variables === document.id}
                  disabled={take.isPending && take.variables !== document.id}
                  aria-label={t('documentStore.picker.pickLabel', { name: document.name })}
                  data-testid="stored-document-pick"
                >
                  {t('documentStore.picker.pick')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Modal>
  );
}
