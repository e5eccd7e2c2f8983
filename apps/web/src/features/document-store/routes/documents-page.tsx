import type { PersonalDocumentKind } from '@motcua/shared';
import { Empty, Radio } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { PageSpinner } from '@/components/page-spinner';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n, type MessageKey } from '@/i18n';
import { useMyDocuments } from '../api/get-documents';
import { DocumentList } from '../components/document-list';

type Filter = 'all' | PersonalDocumentKind;
const filters: { value: Filter; label: MessageKey }[] = [
  { value: 'all', label: 'documentStore.filter.all' },
  { value: 'result', label: 'documentStore.filter.result' },
  { value: 'upload', label: 'documentStore.filter.upload' },
];

/** `/account/documents` (behind RequireApplicant): the applicant's uploads and electronic results, to download or reuse. */
export function DocumentStorePage() {
  const { t } = useI18n();
  usePageTitle(t('documentStore.page.title'));
  const [filter, setFilter] = useState<Filter>('all');
  const { data, error, isPending, refetch } = useMyDocuments();
  const all = data?.items ?? [];
  const shown = filter === 'all' ? all : all.filter((d) => d.kind === filter);

  return (
    <div className="portal-container portal-page document-store-page" data-testid="document-store-page">
      <h1 className="portal-page-title">{t('documentStore.page.title')}</h1>
      <p className="portal-page-lead">{t('documentStore.page.lead')}</p>
      {error ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : isPending ? (
        <PageSpinner />
      ) : all.length === 0 ? (
        <Empty description={t('documentStore.empty')} data-testid="document-store-empty" />
      ) : (
        <>
          <div className="document-store-toolbar">
            <Radio.Group
              optionType="button"
              value={filter}
              onChange={(e) => setFilter(e.target.value as Filter)}
              options={filters.map((f) => ({ value: f.value, label: t(f.label) }))}
              aria-label={t('documentStore.filter.label')}
            />
            <span className="document-store-count" role="status">{t('documentStore.count', { count: shown.length })}</span>
          </div>
          {shown.length === 0 ? (
            <Empty description={t('documentStore.emptyFiltered')} />
          ) : (
            <DocumentList documents={shown} label={t('documentStore.list.label')} />
          )}
        </>
      )}
    </div>
  );
}
