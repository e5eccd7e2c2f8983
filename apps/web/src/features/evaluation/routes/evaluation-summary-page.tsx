import { Card, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { DateRangeFilter } from '@/components/date-range-filter';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { OrgUnitTreeSelect } from '@/features/org-units';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { displayTimeZone, legalDateOr } from '@/lib/dates';
import { withSearchParams } from '@/lib/search-params';
import { useEvaluationSummary } from '../api/get-summary';
import { SummaryTable } from '../components/summary-table';
import '../evaluation.css';

/** Citizens' ratings of the officer's agencies over a period (rules.md §4), per agency and index. */
export function EvaluationSummaryPage() {
  const { t } = useI18n();
  usePageTitle(t('evaluation.summary.pageTitle'), 'admin');
  const [search, setSearch] = useSearchParams();
  // By default the current quarter so far: ratings are reported quarterly (rules.md §4).
  const today = dayjs().tz(displayTimeZone);
  const from = legalDateOr(search.get('from'), today.month(Math.floor(today.month() / 3) * 3).startOf('month').format('YYYY-MM-DD'));
  const to = legalDateOr(search.get('to'), today.format('YYYY-MM-DD'));
  const unitId = search.get('unitId') || undefined;
  const summary = useEvaluationSummary({ from, to, ...(unitId ? { unitId } : {}) });

  const update = (next: Record<string, string | undefined>) => setSearch(withSearchParams(search, next));

  return (
    <>
      <PageHeader title={t('evaluation.summary.heading')} description={t('evaluation.summary.lead')} />
      <Card>
        <Flex gap={12} wrap align="center" role="search" style={{ marginBottom: 16 }}>
          <DateRangeFilter from={from} to={to} label={t('evaluation.summary.range')} onChange={(start, end) => update({ from: start, to: end })} data-testid="evaluation-range" />
          <OrgUnitTreeSelect
            allowClear
            aria-label={t('evaluation.summary.unit')}
            placeholder={t('evaluation.summary.unit')}
            value={unitId}
            onChange={(value) => update({ unitId: value ?? undefined })}
            data-testid="evaluation-unit"
          />
        </Flex>
        {summary.isError ? <ErrorAlert error={summary.error} title={t('errors.loadFailed')} onRetry={() => void summary.refetch()} /> : null}
        <SummaryTable summary={summary.data} loading={summary.isFetching} />
      </Card>
      {summary.data ? (
        <Card style={{ marginTop: 16 }} title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('evaluation.summary.legendTitle')}</h2>}>
          <ol className="evaluation-legend">
            {summary.data.questionSet.questions.map((q) => (
              <li key={q.key}>{q.legalName}</li>
            ))}
          </ol>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('evaluation.summary.method', { citation: summary.data.questionSet.citation })}
          </Typography.Paragraph>
        </Card>
      ) : null}
    </>
  );
}
