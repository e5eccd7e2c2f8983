import type { DossierSummary } from '@motcua/shared';
import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { DateRangeFilter } from '@/components/date-range-filter';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { useSession } from '@/features/auth';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { buildApiUrl } from '@/lib/api-client';
import { displayTimeZone, legalDateOr } from '@/lib/dates';
import { withSearchParams } from '@/lib/search-params';
import { useDossierRegister } from '../api/get-register';
import { DossierTable, type DossierSortKey } from '../components/dossier-table';

function compare(key: DossierSortKey, a: DossierSummary, b: DossierSummary): number {
  const left = key === 'due_at' ? a.dueAt : a.receivedAt;
  const right = key === 'due_at' ? b.dueAt : b.receivedAt;
  return (left ?? '9999').localeCompare(right ?? '9999');
}

/** The desk register (sổ theo dõi hồ sơ): what the desk received between two dates, for a unit. */
export function DeskRegisterPage() {
  const { t } = useI18n();
  usePageTitle(t('dossiers.register.pageTitle'), 'admin');
  const me = useSession();
  const [search, setSearch] = useSearchParams();
  const today = dayjs().tz(displayTimeZone).format('YYYY-MM-DD');
  const from = legalDateOr(search.get('from'), today);
  const to = legalDateOr(search.get('to'), today);
  const unitId = search.get('unitId') ?? undefined;
  const page = Number(search.get('page')) || 1;
  const pageSize = Number(search.get('pageSize')) || 100;
  const register = useDossierRegister({ from, to, unitId, page, pageSize });
  const [sort, setSort] = useState<{ key: DossierSortKey; descending: boolean }>({ key: 'received_at', descending: false });
  const units = useMemo(() => {
    const seen = new Map<string, string>();
    for (const role of me.roles) if (role.role === 'desk_officer') seen.set(role.orgUnitId, role.orgUnitName);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [me.roles]);

  const update = (next: Record<string, string | undefined>) => setSearch(withSearchParams(search, next));

  // Form 07 of the chosen period and desk, downloaded through a plain link: the session cookie authenticates it.
  const exportUrl = (format: 'pdf' | 'xlsx') => buildApiUrl('/dossiers/register/export', { from, to, unitId, format });

  const items = [...(register.data?.items ?? [])].sort((a, b) => (sort.descending ? -1 : 1) * compare(sort.key, a, b));

  return (
    <>
      <PageHeader
        title={t('dossiers.register.heading')}
        description={t('dossiers.register.lead')}
        extra={
          <>
            <Button icon={<FilePdfOutlined aria-hidden />} href={exportUrl('pdf')} download data-testid="register-export-pdf">
              {t('dossiers.register.exportPdf')}
            </Button>
            <Button icon={<FileExcelOutlined aria-hidden />} href={exportUrl('xlsx')} download data-testid="register-export-xlsx">
              {t('dossiers.register.exportXlsx')}
            </Button>
          </>
        }
      />
      <Card>
        <Flex gap={12} wrap align="center" role="search" style={{ marginBottom: 16 }}>
          <DateRangeFilter from={from} to={to} label={t('dossiers.register.range')} onChange={(start, end) => update({ from: start, to: end, page: undefined })} data-testid="register-range" />
          {units.length > 1 ? (
            <Select<string>
              allowClear
              aria-label={t('dossiers.register.unit')}
              placeholder={t('dossiers.register.unit')}
              value={unitId}
              options={units}
              onChange={(value) => update({ unitId: value ?? undefined, page: undefined })}
              style={{ minWidth: 260 }}
              data-testid="register-unit"
            />
          ) : null}
        </Flex>
        {register.isError ? <ErrorAlert error={register.error} title={t('errors.loadFailed')} onRetry={() => void register.refetch()} /> : null}
        <DossierTable
          label={t('dossiers.register.heading')}
          testId="register-table"
          items={items}
          loading={register.isFetching}
          sort={sort}
          emptyText={t('dossiers.register.empty')}
          pagination={{ current: page, pageSize, total: register.data?.total ?? 0, showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }}
          onChange={(pagination, _filters, sorter) => {
            const one = Array.isArray(sorter) ? sorter[0] : sorter;
            if (one?.columnKey === 'received_at' || one?.columnKey === 'due_at') setSort({ key: one.columnKey, descending: one.order === 'descend' });
            update({ page: String(pagination.current ?? 1), pageSize: String(pagination.pageSize ?? pageSize) });
          }}
        />
      </Card>
    </>
  );
}
