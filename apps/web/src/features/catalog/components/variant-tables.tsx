import { DownloadOutlined, LinkOutlined } from '@ant-design/icons';
import type { ChannelOffer, DocumentRequirement, Fee, FormTemplate } from '@motcua/shared';
import type { TableColumnsType } from 'antd';
import { useI18n } from '@/i18n';
import { buildApiUrl } from '@/lib/api-client';
import { useCatalogLabels } from '../lib/labels';
import { ResponsiveTable } from './responsive-table';

/** A form template: a file of the catalog (served while a procedure in force uses it), a link, or just its name. */
export function FormTemplateLink({ template }: { template: FormTemplate }) {
  const { t } = useI18n();
  if (template.fileId) {
    return (
      <a href={buildApiUrl(`/catalog/forms/${encodeURIComponent(template.fileId)}`)} download aria-label={t('catalog.documents.downloadForm', { name: template.name })} data-testid="form-template-link">
        <DownloadOutlined aria-hidden /> {template.name}
      </a>
    );
  }
  if (template.url) {
    return (
      <a href={template.url} target="_blank" rel="noopener noreferrer" aria-label={t('catalog.documents.openForm', { name: template.name })} data-testid="form-template-link">
        <LinkOutlined aria-hidden /> {template.name}
      </a>
    );
  }
  return <span>{template.name}</span>;
}

/** A row with no quantity that nobody is required to bring is a note of the national record, not a document. */
export const isNoteRow = (document: DocumentRequirement) => !document.required && document.originals + document.copies === 0;

function Requirement({ document }: { document: DocumentRequirement }) {
  const { t } = useI18n();
  if (document.required) return <strong>{t('catalog.documents.required')}</strong>;
  if (isNoteRow(document)) return <span className="muted-text">{document.condition ?? t('catalog.documents.note')}</span>;
  return (
    <span>
      {t('catalog.documents.conditional')}
      {document.condition ? <span className="muted-text">{`: ${document.condition}`}</span> : null}
    </span>
  );
}

const count = (value: number, document: DocumentRequirement) => (document.originals + document.copies === 0 ? '—' : String(value));

export function DocumentsTable({ documents, label, testId }: { documents: DocumentRequirement[]; label: string; testId: string }) {
  const { t } = useI18n();
  const columns: TableColumnsType<DocumentRequirement> = [
    { title: t('catalog.documents.number'), key: 'index', width: 56, render: (_, __, index) => index + 1 },
    { title: t('catalog.documents.name'), dataIndex: 'name', render: (name: string) => <span className="pre-line" lang="vi">{name}</span> },
    { title: t('catalog.documents.originals'), dataIndex: 'originals', width: 90, align: 'center', render: (value: number, document) => count(value, document) },
    { title: t('catalog.documents.copies'), dataIndex: 'copies', width: 90, align: 'center', render: (value: number, document) => count(value, document) },
    { title: t('catalog.documents.requirement'), key: 'required', width: 190, render: (_, document) => <Requirement document={document} /> },
    {
      title: t('catalog.documents.form'),
      key: 'form',
      width: 200,
      render: (_, document) => (document.formTemplate ? <FormTemplateLink template={document.formTemplate} /> : null),
    },
  ];
  return (
    <ResponsiveTable<DocumentRequirement>
      label={label}
      minWidth={820}
      rowKey="position"
      columns={columns}
      dataSource={documents}
      rowClassName={(document) => (isNoteRow(document) ? 'document-note-row' : '')}
      locale={{ emptyText: t('catalog.documents.empty') }}
      data-testid={testId}
    />
  );
}

export function ChannelsTable({ channels, label }: { channels: ChannelOffer[]; label: string }) {
  const { t } = useI18n();
  const labels = useCatalogLabels();
  const columns: TableColumnsType<ChannelOffer> = [
    { title: t('catalog.channels.channel'), dataIndex: 'channel', width: 180, render: (channel: string) => <strong>{labels.channel(channel)}</strong> },
    { title: t('catalog.field.timeLimit'), key: 'timeLimit', width: 200, render: (_, offer) => labels.timeLimit(offer.timeLimit) ?? t('common.notAvailable') },
  ];
  if (channels.some((offer) => offer.description)) {
    columns.push({ title: t('catalog.channels.description'), dataIndex: 'description', render: (text: string | null) => (text ? <span className="pre-line" lang="vi">{text}</span> : null) });
  }
  return (
    <ResponsiveTable<ChannelOffer> label={label} minWidth={480} rowKey="channel" columns={columns} dataSource={channels} data-testid="procedure-channels" />
  );
}

export function FeesTable({ fees, label }: { fees: Fee[]; label: string }) {
  const { t } = useI18n();
  const labels = useCatalogLabels();
  const rows = fees.map((fee, index) => ({ ...fee, key: index }));
  const columns: TableColumnsType<Fee & { key: number }> = [
    { title: t('catalog.channels.channel'), dataIndex: 'channel', width: 170, render: (channel: string) => labels.channel(channel) },
    {
      title: t('catalog.fees.amount'),
      key: 'amount',
      width: 220,
      render: (_, fee) => <strong data-testid="fee-amount">{labels.fee(fee).amount}</strong>,
    },
    {
      title: t('catalog.fees.note'),
      key: 'note',
      render: (_, fee) => {
        const { note } = labels.fee(fee);
        return (
          <>
            {note ? <div className="pre-line" lang="vi">{note}</div> : null}
            {fee.exemptions ? <div className="pre-line">{t('catalog.fees.exemptions', { text: fee.exemptions })}</div> : null}
          </>
        );
      },
    },
  ];
  return (
    <ResponsiveTable<Fee & { key: number }> label={label} minWidth={600} columns={columns} dataSource={rows} locale={{ emptyText: t('catalog.fees.none') }} data-testid="procedure-fees" />
  );
}
