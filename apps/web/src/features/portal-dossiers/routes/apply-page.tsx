import type { PortalDossierSummary } from '@motcua/shared';
import { Alert, Result, Skeleton } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Navigate, useParams, useSearchParams } from 'react-router';
import { ButtonLink } from '@/components/button-link';
import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { useApplicantProfile, useApplyProcedure } from '../api/apply-context';
import { useDraft } from '../api/drafts';
import { ApplyForm, onlineVariants } from '../components/apply-form';
import { PortalBreadcrumb } from '../components/portal-breadcrumb';
import { SubmittedResult } from '../components/submitted-result';
import { storedDocumentPicker } from '../components/stored-picker';
import type { StoredDocumentPickerSlot } from '../components/upload-slot';
import { applyPath, procedurePagePath } from '../lib/paths';

/**
 * `/apply/:procedureCode` (signed-in applicants; `?draft=<id>` resumes a draft). The form is keyed by the draft it
 * started from, so saving a new draft (which puts its id in the address) keeps what is on the screen.
 */
export function ApplyPage({ storedPicker = storedDocumentPicker }: { storedPicker?: StoredDocumentPickerSlot }) {
  const { t } = useI18n();
  const { procedureCode = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const draftParam = search.get('draft');
  const shownDraft = useRef<string | null>(draftParam);
  const [resumeId, setResumeId] = useState<string | null>(draftParam);
  useEffect(() => {
    if (draftParam !== shownDraft.current) {
      shownDraft.current = draftParam;
      setResumeId(draftParam);
    }
  }, [draftParam]);
  const procedure = useApplyProcedure(procedureCode);
  const profile = useApplicantProfile();
  const draft = useDraft(resumeId);
  const [submitted, setSubmitted] = useState<PortalDossierSummary | null>(null);
  usePageTitle(procedure.data ? t('portalDossiers.apply.pageTitleOf', { name: procedure.data.name }) : t('portalDossiers.apply.pageTitle'));

  const crumbs = [{ to: paths.portal.procedures, label: t('portal.nav.procedures') }, ...(procedure.data ? [{ to: procedurePagePath(procedure.data.code), label: procedure.data.name }] : [])];
  const error = procedure.error ?? profile.error ?? draft.error;
  const loading = procedure.isPending || profile.isPending || (resumeId !== null && draft.isPending);

  if (draft.data && draft.data.procedureCode !== procedureCode) return <Navigate to={applyPath(draft.data.procedureCode, draft.data.id)} replace />;

  const content = () => {
    if (submitted) return <SubmittedResult dossier={submitted} />;
    if (error) {
      const notFound = isApiError(error) && error.status === 404;
      return notFound ? (
        <Result status="404" title={<h2 className="apply-result-title">{resumeId && isApiError(draft.error) ? t('portalDossiers.apply.draftNotFound') : t('portalDossiers.apply.procedureNotFound')}</h2>} extra={<ButtonLink type="primary" to={paths.portal.procedures}>{t('portalDossiers.apply.backToProcedures')}</ButtonLink>} />
      ) : (
        <ErrorAlert error={error} title={t('errors.loadFailed')} onRetry={() => void Promise.all([procedure.refetch(), profile.refetch(), resumeId ? draft.refetch() : null])} />
      );
    }
    if (loading) return <Skeleton active paragraph={{ rows: 10 }} />;
    const p = procedure.data!;
    const online = (p.onlineLevel === 'full' || p.onlineLevel === 'partial') && (p.status === 'published' || p.status === 'amended') && onlineVariants(p).length > 0;
    if (!online) {
      return <Alert type="warning" showIcon title={t('portalDossiers.apply.notOnline')} description={t('portalDossiers.apply.notOnlineText')} data-testid="apply-not-online" />;
    }
    return (
      <ApplyForm
        key={resumeId ?? 'new'}
        procedure={p}
        profile={profile.data!}
        draft={draft.data ?? null}
        storedPicker={storedPicker}
        onDraftSaved={(id) => {
          if (id === shownDraft.current) return;
          shownDraft.current = id;
          setSearch({ draft: id }, { replace: true });
        }}
        onSubmitted={(dossier) => {
          setSubmitted(dossier);
          // The draft became the dossier: a reload must not try to resume it.
          shownDraft.current = null;
          setSearch({}, { replace: true });
          window.scrollTo({ top: 0 });
        }}
      />
    );
  };

  return (
    <div className="portal-container portal-page apply-page" data-testid="apply-page">
      <PortalBreadcrumb items={crumbs} current={t('portalDossiers.apply.heading')} />
      <h1 className="portal-page-title">{t('portalDossiers.apply.heading')}</h1>
      {procedure.data ? (
        <p className="apply-procedure" lang="vi" data-testid="apply-procedure-name">
          <strong>{procedure.data.name}</strong> <span className="muted-text">({procedure.data.code})</span>
        </p>
      ) : null}
      {content()}
    </div>
  );
}
