import { PlusOutlined } from '@ant-design/icons';
import type { Officer } from '@motcua/shared';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { useCan } from '@/features/auth';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { useOfficers } from '../api/get-officers';
import { CreateOfficerModal } from '../components/create-officer-modal';
import { EditOfficerModal } from '../components/edit-officer-modal';
import { OfficerFilters } from '../components/officer-filters';
import { OfficerRolesModal } from '../components/officer-roles-modal';
import { OfficersTable, type OfficerAction } from '../components/officers-table';
import { ResetPasswordModal } from '../components/reset-password-modal';

type OpenModal = { kind: 'create' } | { kind: OfficerAction; officer: Officer } | null;

const positiveInt = (value: string | null, fallback: number) => {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
};

export function OfficersPage() {
  const { t } = useI18n();
  usePageTitle(t('officers.pageTitle'), 'admin');
  const can = useCan();
  // Filters live in the URL so a list can be bookmarked and Back works as expected.
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const orgUnitId = searchParams.get('orgUnitId') ?? undefined;
  const page = positiveInt(searchParams.get('page'), 1);
  const pageSize = positiveInt(searchParams.get('pageSize'), 20);
  const officers = useOfficers({ q: q || undefined, orgUnitId, page, pageSize });
  const [modal, setModal] = useState<OpenModal>(null);

  const updateParams = (next: { q?: string; orgUnitId?: string | undefined; page?: number; pageSize?: number }) => {
    const merged = { q, orgUnitId, page, pageSize, ...next };
    const params = new URLSearchParams();
    if (merged.q) params.set('q', merged.q);
    if (merged.orgUnitId) params.set('orgUnitId', merged.orgUnitId);
    if (merged.page > 1) params.set('page', String(merged.page));
    if (merged.pageSize !== 20) params.set('pageSize', String(merged.pageSize));
    setSearchParams(params);
  };
  const close = () => setModal(null);
  const manage = can('officer.manage');

  return (
    <>
      <PageHeader
        title={t('officers.heading')}
        extra={
          manage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ kind: 'create' })} data-testid="officers-create">
              {t('officers.create')}
            </Button>
          ) : null
        }
      />
      {officers.isError ? <ErrorAlert error={officers.error} title={t('errors.loadFailed')} onRetry={() => void officers.refetch()} /> : null}
      <Card>
        <OfficerFilters q={q} orgUnitId={orgUnitId} onChange={(filters) => updateParams({ ...filters, page: 1 })} />
        <OfficersTable
          officers={officers.data?.items ?? []}
          loading={officers.isFetching}
          pagination={{ current: page, pageSize, total: officers.data?.total ?? 0 }}
          onPageChange={(nextPage, nextPageSize) => updateParams({ page: nextPageSize === pageSize ? nextPage : 1, pageSize: nextPageSize })}
          onAction={manage ? (kind, officer) => setModal({ kind, officer }) : undefined}
        />
      </Card>
      {modal?.kind === 'create' ? <CreateOfficerModal onClose={close} /> : null}
      {modal?.kind === 'edit' ? <EditOfficerModal officer={modal.officer} onClose={close} /> : null}
      {modal?.kind === 'roles' ? <OfficerRolesModal officer={modal.officer} onClose={close} /> : null}
      {modal?.kind === 'reset-password' ? <ResetPasswordModal officer={modal.officer} onClose={close} /> : null}
    </>
  );
}
