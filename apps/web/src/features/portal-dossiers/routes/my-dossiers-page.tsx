import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { PortalDraft } from '@motcua/shared';
import { useQueries } from '@tanstack/react-query';
import { App, Button, Empty, Pagination, Skeleton } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ButtonLink } from '@/components/button-link';
import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { useErrorMessage } from '@/hooks/use-error-message';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { getProcedure } from '../api/apply-context';
import { useMyDossiers } from '../api/dossiers';
import { useDeleteDraft, useDrafts } from '../api/drafts';
import { portalDossiersKey } from '../api/query-keys';
import { PortalBreadcrumb } from '../components/portal-breadcrumb';
import { StatusTag } from '../components/status-tag';
import { formatInstant } from '../lib/format';
import { applyPath, myDossierPath } from '../lib/paths';

const PAGE_SIZE = 20;

function Drafts() {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const describe = useErrorMessage();
  const drafts = useDrafts();
  const remove = useDeleteDraft();
  const codes = [...new Set((drafts.data?.items ?? []).map((d) => d.procedureCode))];
  // Drafts name only the procedure's code; its name comes from the catalog (few drafts, cached).
  const names = useQueries({
    queries: codes.map((code) => ({ queryKey: [...portalDossiersKey, 'procedure', code], queryFn: ({ signal }: { signal: AbortSignal }) => getProcedure(code, signal), staleTime: 5 * 60_000 })),
  });
  const nameOf = (code: string) => names[codes.indexOf(code)]?.data?.name;

  const confirmDelete = (draft: PortalDraft) =>
    modal.confirm({
      title: t('portalDossiers.drafts.deleteTitle'),
      content: t('portalDossiers.drafts.deleteText', { name: nameOf(draft.procedureCode) ?? draft.procedureCode }),
      okText: t('portalDossiers.drafts.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => remove.mutateAsync(draft.id).then(() => void message.success(t('portalDossiers.drafts.deleted')), (error: unknown) => void message.error(describe(error))),
    });

  return (
    <section className="my-dossiers-section" aria-labelledby="drafts-heading" data-testid="my-drafts">
      <h2 id="drafts-heading" className="section-heading">{t('portalDossiers.drafts.heading')}</h2>
      {drafts.isError ? <ErrorAlert error={drafts.error} title={t('errors.loadFailed')} onRetry={() => void drafts.refetch()} /> : null}
      {drafts.isPending ? <Skeleton active paragraph={{ rows: 2 }} /> : null}
      {drafts.data && drafts.data.items.length === 0 ? <p className="muted-text">{t('portalDossiers.drafts.empty')}</p> : null}
      {drafts.data && drafts.data.items.length > 0 ? (
        <ul className="dossier-list">
          {drafts.data.items.map((draft) => (
            <li key={draft.id} className="dossier-card" data-testid="my-draft">
              <div className="dossier-card-main">
                <span className="dossier-card-title" lang="vi">{nameOf(draft.procedureCode) ?? draft.procedureCode}</span>
                <span className="muted-text">
                  {t('portalDossiers.drafts.code', { code: draft.procedureCode })} · {t('portalDossiers.drafts.savedAt', { at: formatInstant(draft.updatedAt) })}
                </span>
              </div>
              <div className="dossier-card-actions">
                <ButtonLink type="primary" icon={<EditOutlined aria-hidden />} to={applyPath(draft.procedureCode, draft.id)} data-testid="my-draft-resume">
                  {t('portalDossiers.drafts.resume')}
                </ButtonLink>
                <Button icon={<DeleteOutlined aria-hidden />} danger onClick={() => confirmDelete(draft)} aria-label={t('portalDossiers.drafts.deleteFor', { name: nameOf(draft.procedureCode) ?? draft.procedureCode })} data-testid="my-draft-delete">
                  {t('portalDossiers.drafts.delete')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function Dossiers() {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const dossiers = useMyDossiers(page, PAGE_SIZE);
  return (
    <section className="my-dossiers-section" aria-labelledby="dossiers-heading" data-testid="my-dossiers">
      <h2 id="dossiers-heading" className="section-heading">{t('portalDossiers.list.heading')}</h2>
      {dossiers.isError ? <ErrorAlert error={dossiers.error} title={t('errors.loadFailed')} onRetry={() => void dossiers.refetch()} /> : null}
      {dossiers.isPending ? <Skeleton active paragraph={{ rows: 4 }} /> : null}
      {dossiers.data && dossiers.data.total === 0 ? (
        <Empty description={t('portalDossiers.list.empty')}>
          <ButtonLink type="primary" to={paths.portal.procedures}>{t('portalDossiers.list.findProcedure')}</ButtonLink>
        </Empty>
      ) : null}
      {dossiers.data && dossiers.data.items.length > 0 ? (
        <>
          <ul className="dossier-list" aria-busy={dossiers.isFetching}>
            {dossiers.data.items.map((d) => (
              <li key={d.id} className="dossier-card" data-testid="my-dossier" data-code={d.code}>
                <div className="dossier-card-main">
                  <Link to={myDossierPath(d.id)} className="dossier-card-code" data-testid="my-dossier-link">{d.code}</Link>
                  <span className="dossier-card-title" lang="vi">{d.procedure.name}</span>
                  <dl className="dossier-card-dates">
                    {d.registeredAt ?? d.receivedAt ? (
                      <div>
                        <dt>{t('portalDossiers.list.registeredAt')}</dt>
                        <dd>{formatInstant(d.registeredAt ?? d.receivedAt)}</dd>
                      </div>
                    ) : null}
                    {d.dueAt ? (
                      <div>
                        <dt>{t('portalDossiers.list.dueAt')}</dt>
                        <dd>{formatInstant(d.dueAt)}</dd>
                      </div>
                    ) : d.acceptBy ? (
                      <div>
                        <dt>{t('portalDossiers.list.acceptBy')}</dt>
                        <dd>{formatInstant(d.acceptBy)}</dd>
                      </div>
                    ) : null}
                  </dl>
                </div>
                <div className="dossier-card-status">
                  <StatusTag status={d.status} label={d.statusLabel} testId="my-dossier-status" />
                </div>
              </li>
            ))}
          </ul>
          {dossiers.data.total > PAGE_SIZE ? (
            <Pagination current={page} pageSize={PAGE_SIZE} total={dossiers.data.total} onChange={setPage} showSizeChanger={false} className="dossier-pagination" />
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/** `/account/dossiers`: the applicant's dossiers (newest first) and the drafts to resume. */
export function MyDossiersPage() {
  const { t } = useI18n();
  usePageTitle(t('portalDossiers.nav.myDossiers'));
  return (
    <div className="portal-container portal-page my-dossiers-page" data-testid="my-dossiers-page">
      <PortalBreadcrumb items={[]} current={t('portalDossiers.nav.myDossiers')} />
      <h1 className="portal-page-title">{t('portalDossiers.nav.myDossiers')}</h1>
      <Dossiers />
      <Drafts />
    </div>
  );
}
