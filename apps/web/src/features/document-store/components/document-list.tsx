import type { PersonalDocument } from '@motcua/shared';
import { DeleteOutlined, DownloadOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useI18n } from '@/i18n';
import { useDeleteDocument } from '../api/delete-document';
import { DocumentSummary } from './document-summary';

function DocumentActions({ document }: { document: PersonalDocument }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const remove = useDeleteDocument();
  return (
    <div className="document-store-actions">
      <Button href={document.downloadUrl} download icon={<DownloadOutlined aria-hidden />} aria-label={t('documentStore.downloadLabel', { name: document.name })} data-testid="document-download">
        {t('documentStore.download')}
      </Button>
      {document.kind === 'upload' ? (
        <Popconfirm
          title={t('documentStore.deleteConfirm', { name: document.name })}
          okText={t('documentStore.delete')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true, loading: remove.isPending }}
          onConfirm={() =>
            remove.mutateAsync(document.id).then(
              () => void message.success(t('documentStore.deleted')),
              (error: unknown) => void message.error(describe(error)),
            )
          }
        >
          <Button danger icon={<DeleteOutlined aria-hidden />} aria-label={t('documentStore.deleteLabel', { name: document.name })} data-testid="document-delete">
            {t('documentStore.delete')}
          </Button>
        </Popconfirm>
      ) : null}
    </div>
  );
}

/** The store's documents, newest first: a list of cards that reads the same on a phone and a desktop. */
export function DocumentList({ documents, label }: { documents: PersonalDocument[]; label: string }) {
  return (
    <ul className="document-store-list" aria-label={label} data-testid="document-store-list">
      {documents.map((document) => (
        <li key={document.id} className="document-store-item" data-testid="document-store-item">
          <DocumentSummary document={document} headingLevel={2} />
          <DocumentActions document={document} />
        </li>
      ))}
    </ul>
  );
}
