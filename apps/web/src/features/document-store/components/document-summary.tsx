import type { PersonalDocument } from '@motcua/shared';
import { FileImageOutlined, FilePdfOutlined, FileOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { accessibleColors } from '@/config/theme';
import { useI18n } from '@/i18n';
import { formatDate } from '@/lib/dates';
import { formatFileSize } from '@/lib/format';

function FileIcon({ mediaType }: { mediaType: string }) {
  if (mediaType === 'application/pdf') return <FilePdfOutlined aria-hidden className="document-store-icon" />;
  if (mediaType.startsWith('image/')) return <FileImageOutlined aria-hidden className="document-store-icon" />;
  return <FileOutlined aria-hidden className="document-store-icon" />;
}

export function DocumentTags({ document }: { document: PersonalDocument }) {
  const { t } = useI18n();
  return (
    <span className="document-store-tags">
      <Tag color={document.kind === 'result' ? accessibleColors.info : accessibleColors.neutral}>
        {t(document.kind === 'result' ? 'documentStore.kind.result' : 'documentStore.kind.upload')}
      </Tag>
      {document.kind === 'result' ? (
        <Tag color={document.valid ? accessibleColors.success : accessibleColors.error} data-testid="document-validity">
          {t(document.valid ? 'documentStore.valid' : 'documentStore.revoked')}
        </Tag>
      ) : null}
    </span>
  );
}

/** One document's name, tags and facts, as the store page and the picker show it. `headingLevel` keeps the page outline. */
export function DocumentSummary({ document, headingLevel }: { document: PersonalDocument; headingLevel: 2 | 3 }) {
  const { t, locale } = useI18n();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="document-store-summary">
      <FileIcon mediaType={document.mediaType} />
      <div className="document-store-text">
        <Heading className="document-store-name">{document.name}</Heading>
        <DocumentTags document={document} />
        <ul className="document-store-facts">
          <li>{t('documentStore.addedOn', { date: formatDate(document.createdAt) })}</li>
          <li>{formatFileSize(document.size, locale)}</li>
          {document.resultCode ? <li>{t('documentStore.resultCode', { code: document.resultCode })}</li> : null}
          <li data-testid="document-reused">
            {document.timesReused > 0 ? t('documentStore.reused', { count: document.timesReused }) : t('documentStore.neverReused')}
          </li>
        </ul>
        {document.kind === 'result' && !document.valid ? (
          <p className="document-store-hint">
            {document.revokedAt ? t('documentStore.revokedOn', { date: formatDate(document.revokedAt) }) : null} {t('documentStore.revokedHint')}
          </p>
        ) : null}
      </div>
    </div>
  );
}
