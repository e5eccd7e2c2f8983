import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, Result, Skeleton, Timeline } from 'antd';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { ButtonLink } from '@/components/button-link';
import { EFormAnswers } from '@/components/e-form-answers';
import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { RatingForm } from '@/features/evaluation';
import { PayButton } from '@/features/payments';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { formatFileSize, formatVnd } from '@/lib/format';
import { useMyDossier, type PortalDossier } from '../api/dossiers';
import { useDossierPapers } from '../api/papers';
import { DossierNotices } from '../components/dossier-notices';
import { PortalBreadcrumb } from '../components/portal-breadcrumb';
import { StatusTag } from '../components/status-tag';
import { SupplementForm } from '../components/supplement-form';
import { storedDocumentPicker } from '../components/stored-picker';
import type { StoredDocumentPickerSlot } from '../components/upload-slot';
import { formatInstant } from '../lib/format';
import { AppliedCases } from '@/components/case-questions';

function Section({ id, title, children, testId }: { id: string; title: string; children: ReactNode; testId?: string }) {
  return (
    <section className="dossier-section" aria-labelledby={id} data-testid={testId}>
      <h2 id={id} className="section-heading">{title}</h2>
      {children}
    </section>
  );
}

function Facts({ dossier }: { dossier: PortalDossier }) {
  const { t } = useI18n();
  const rows: [string, ReactNode, string?][] = [
    [t('portalDossiers.detail.code'), <strong className="dossier-code" key="c">{dossier.code}</strong>, 'dossier-code'],
    [t('portalDossiers.detail.procedure'), <span lang="vi" key="p">{dossier.procedure.name} ({dossier.procedure.code})</span>],
    [t('portalDossiers.detail.variant'), <span lang="vi" key="v">{dossier.variantName}</span>],
    [t('portalDossiers.detail.agency'), <span lang="vi" key="a">{dossier.agency}</span>],
    [t('portalDossiers.detail.receivingUnit'), <span lang="vi" key="r">{dossier.receivingUnit}</span>],
    [t('portalDossiers.detail.timeLimit'), <span lang="vi" key="tl">{dossier.timeLimitText}</span>],
  ];
  if (dossier.registeredAt) rows.push([t('portalDossiers.detail.registeredAt'), formatInstant(dossier.registeredAt)]);
  if (dossier.acceptBy) rows.push([t('portalDossiers.detail.acceptBy'), formatInstant(dossier.acceptBy)]);
  if (dossier.receivedAt) rows.push([t('portalDossiers.detail.receivedAt'), formatInstant(dossier.receivedAt)]);
  if (dossier.dueAt) rows.push([t('portalDossiers.detail.dueAt'), <strong key="d">{formatInstant(dossier.dueAt)}</strong>, 'dossier-due-at']);
  if (dossier.endedAt) rows.push([t('portalDossiers.detail.endedAt'), formatInstant(dossier.endedAt)]);
  return (
    <dl className="dossier-facts">
      {rows.map(([label, value, testId]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd data-testid={testId}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Papers({ dossier }: { dossier: PortalDossier }) {
  const { t } = useI18n();
  const papers = useDossierPapers(dossier.id);
  if (papers.isPending) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (papers.isError) return <ErrorAlert error={papers.error} title={t('errors.loadFailed')} onRetry={() => void papers.refetch()} />;
  const { forms, results, declarationUrl } = papers.data;
  if (forms.length === 0 && results.length === 0 && !declarationUrl) return <p className="muted-text">{t('portalDossiers.detail.noPapers')}</p>;
  return (
    <ul className="paper-list">
      {results.map((r) => (
        <li key={r.id} className="paper-item paper-result" data-testid="dossier-e-result">
          <FilePdfOutlined aria-hidden className="paper-icon" />
          <span className="paper-text">
            <span lang="vi">{r.title}</span>
            <span className="muted-text">
              {t('portalDossiers.detail.resultCode', { code: r.resultCode })} · {formatInstant(r.issuedAt)}
              {r.status === 'revoked' ? ` · ${t('portalDossiers.detail.revoked')}` : ''}
            </span>
          </span>
          <a href={r.url} className="paper-download" download data-testid="dossier-e-result-download" aria-label={t('portalDossiers.detail.downloadOf', { name: r.title })}>
            <DownloadOutlined aria-hidden /> {t('portalDossiers.detail.download')}
          </a>
        </li>
      ))}
      {declarationUrl ? (
        <li className="paper-item" data-testid="dossier-declaration">
          <FilePdfOutlined aria-hidden className="paper-icon" />
          <span className="paper-text">
            <span>{t('eFormBuilder.declarationPdf')}</span>
            <span className="muted-text">{t('eFormBuilder.declarationHint')}</span>
          </span>
          <a href={declarationUrl} className="paper-download" download aria-label={t('portalDossiers.detail.downloadOf', { name: t('eFormBuilder.declarationPdf') })}>
            <DownloadOutlined aria-hidden /> {t('portalDossiers.detail.download')}
          </a>
        </li>
      ) : null}
      {forms.map((f) => (
        <li key={f.id} className="paper-item" data-testid="dossier-paper" data-kind={f.kind}>
          <FilePdfOutlined aria-hidden className="paper-icon" />
          <span className="paper-text">
            <span lang="vi">{f.title}</span>
            <span className="muted-text">{t('portalDossiers.detail.paperNumber', { number: f.number })} · {formatInstant(f.issuedAt)}</span>
          </span>
          <a href={f.url} className="paper-download" download aria-label={t('portalDossiers.detail.downloadOf', { name: f.title })}>
            <DownloadOutlined aria-hidden /> {t('portalDossiers.detail.download')}
          </a>
        </li>
      ))}
    </ul>
  );
}

function Fees({ dossier }: { dossier: PortalDossier }) {
  const { t } = useI18n();
  const open = dossier.obligations.filter((o) => o.paidAt === null);
  const total = open.reduce((sum, o) => sum + o.amount, 0);
  return (
    <Section id="dossier-fee-heading" title={t('portalDossiers.detail.feeHeading')} testId="dossier-fee">
      <Alert type="warning" showIcon title={t('portalDossiers.detail.feeLead')} className="dossier-fee-alert" />
      {open.length > 0 ? (
        <ul className="fee-list">
          {open.map((o) => (
            <li key={`${o.requestedAt}-${o.description}`}>
              <span lang="vi">{o.description}</span>: <strong>{formatVnd(o.amount)}</strong>
            </li>
          ))}
          {open.length > 1 ? (
            <li>
              {t('portalDossiers.detail.feeTotal')}: <strong data-testid="dossier-fee-total">{formatVnd(total)}</strong>
            </li>
          ) : null}
        </ul>
      ) : null}
      <PayButton dossierId={dossier.id} />
    </Section>
  );
}

/**
 * `/account/dossiers/:id` (linked from the notification e-mails): where the dossier stands and why, what the applicant
 * must do now (supplement, fee), the notices sent about it, the papers and results to download, and the rating once it
 * is over.
 */
export function PortalDossierPage({ storedPicker = storedDocumentPicker }: { storedPicker?: StoredDocumentPickerSlot }) {
  const { t, locale } = useI18n();
  const { id = '' } = useParams();
  const dossier = useMyDossier(id);
  const notFound = isApiError(dossier.error) && dossier.error.status === 404;
  usePageTitle(dossier.data ? t('portalDossiers.detail.pageTitleOf', { code: dossier.data.code }) : t('portalDossiers.detail.pageTitle'));
  const crumbs = [{ to: paths.portal.accountDossiers, label: t('portalDossiers.nav.myDossiers') }];

  if (notFound) {
    return (
      <div className="portal-container portal-page">
        <Result
          status="404"
          title={<h1 className="apply-result-title">{t('portalDossiers.detail.notFound')}</h1>}
          subTitle={t('portalDossiers.detail.notFoundText')}
          extra={<ButtonLink type="primary" to={paths.portal.accountDossiers}>{t('portalDossiers.nav.myDossiers')}</ButtonLink>}
        />
      </div>
    );
  }

  const d = dossier.data;
  const canSupplement = d?.availableActions.some((a) => a.action === 'submit_supplement') ?? false;
  const resultReady = d ? d.status === 'result_ready' || d.status === 'returned' : false;
  return (
    <div className="portal-container portal-page dossier-page" data-testid="portal-dossier-page">
      <PortalBreadcrumb items={crumbs} current={d?.code ?? t('portalDossiers.detail.pageTitle')} />
      {dossier.isError ? <ErrorAlert error={dossier.error} title={t('errors.loadFailed')} onRetry={() => void dossier.refetch()} /> : null}
      {dossier.isPending ? (
        <>
          <h1 className="portal-page-title">{t('portalDossiers.detail.pageTitle')}</h1>
          <Skeleton active paragraph={{ rows: 10 }} />
        </>
      ) : null}
      {d ? (
        <>
          <div className="dossier-title-row">
            <h1 className="portal-page-title">{t('portalDossiers.detail.heading', { code: d.code })}</h1>
            <StatusTag status={d.status} label={d.statusLabel} testId="dossier-status" />
          </div>
          <p className="dossier-procedure" lang="vi">{d.procedure.name}</p>

          {canSupplement && d.supplementRequest ? (
            <Section id="dossier-supplement-heading" title={t('portalDossiers.supplement.heading')} testId="dossier-supplement">
              <Alert
                type="warning"
                showIcon
                title={t('portalDossiers.supplement.requestedAt', { at: formatInstant(d.supplementRequest.requestedAt) })}
                description={
                  <>
                    {d.supplementRequest.reason ? <p lang="vi">{t('portalDossiers.supplement.reason')}: {d.supplementRequest.reason}</p> : null}
                    {d.supplementRequest.items.length > 0 ? (
                      <>
                        <p>{t('portalDossiers.supplement.items')}</p>
                        <ul lang="vi" data-testid="supplement-items">{d.supplementRequest.items.map((item) => <li key={item}>{item}</li>)}</ul>
                      </>
                    ) : null}
                  </>
                }
                className="dossier-supplement-alert"
              />
              <SupplementForm key={d.version} dossier={d} storedPicker={storedPicker} />
            </Section>
          ) : null}

          {d.status === 'financial_obligation_requested' ? <Fees dossier={d} /> : null}

          <Section id="dossier-summary-heading" title={t('portalDossiers.detail.summaryHeading')} testId="dossier-summary">
            <Facts dossier={d} />
          </Section>

          <Section id="dossier-clock-heading" title={t('portalDossiers.detail.clockHeading')} testId="dossier-clock">
            {d.clock.paused ? <Alert type="info" showIcon title={t('portalDossiers.detail.clockPaused')} className="dossier-clock-paused" /> : null}
            <ul className="clock-lines" lang="vi">
              {d.clock.explanation.map((line) => <li key={line}>{line}</li>)}
            </ul>
          </Section>

          <Section id="dossier-steps-heading" title={t('portalDossiers.detail.stepsHeading')} testId="dossier-steps">
            <Timeline
              className="dossier-steps"
              items={[...d.steps].reverse().map((step, i) => ({
                key: `${step.at}-${i}`,
                content: (
                  <div className="dossier-step">
                    <span className="dossier-step-label" lang="vi">{step.label}</span>
                    <span className="muted-text">{formatInstant(step.at)} · <span lang="vi">{step.statusLabel}</span></span>
                    {step.note ? <span className="dossier-step-note" lang="vi">{step.note}</span> : null}
                  </div>
                ),
              }))}
            />
          </Section>

          <Section id="dossier-notices-heading" title={t('portalDossiers.notices.heading')} testId="portal-notices">
            <DossierNotices dossierId={d.id} />
          </Section>

          {d.appliedCases.length > 0 ? (
            <Section id="dossier-cases-heading" title={t('requirements.applied')} testId="dossier-cases">
              <AppliedCases cases={d.appliedCases} testId="portal-applied-cases" />
            </Section>
          ) : null}

          {d.eFormAnswers ? (
            <Section id="dossier-e-form-heading" title={t('portalDossiers.detail.eFormHeading')} testId="dossier-e-form">
              <EFormAnswers answers={d.eFormAnswers} />
            </Section>
          ) : null}

          <Section id="dossier-documents-heading" title={t('portalDossiers.detail.documentsHeading')} testId="dossier-documents">
            {d.documents.length === 0 ? <p className="muted-text">{t('portalDossiers.detail.noDocuments')}</p> : (
              <ul className="paper-list">
                {d.documents.map((doc) => (
                  <li key={doc.id} className="paper-item">
                    <span className="paper-text">
                      <span lang="vi">{doc.name}</span>
                      <span className="muted-text">
                        {formatInstant(doc.receivedAt)}
                        {doc.file ? ` · ${doc.file.name} (${formatFileSize(doc.file.size, locale)})` : ''}
                      </span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Section>

          <Section id="dossier-papers-heading" title={t('portalDossiers.detail.papersHeading')} testId="dossier-papers">
            <Papers dossier={d} />
          </Section>

          {resultReady ? <RatingForm dossierId={d.id} /> : null}
        </>
      ) : null}
    </div>
  );
}
