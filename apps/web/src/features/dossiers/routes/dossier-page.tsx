import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { EFormAnswers } from '@/components/e-form-answers';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { useErrorMessage } from '@/hooks/use-error-message';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { useDossier } from '../api/get-dossier';
import { ActionBar } from '../components/action-bar';
import { ActionModal } from '../components/action-modal';
import { DossierHeader } from '../components/dossier-header';
import { ReceiptPrintButton } from '../components/receipt-print-button';
import { AgenciesTab } from '../components/tabs/agencies-tab';
import { ClockTab } from '../components/tabs/clock-tab';
import { ConsultationsTab } from '../components/tabs/consultations-tab';
import { DocumentsTab } from '../components/tabs/documents-tab';
import { HandoversTab } from '../components/tabs/handovers-tab';
import { NotificationsTab } from '../components/tabs/notifications-tab';
import { ObligationsTab } from '../components/tabs/obligations-tab';
import { PapersTab } from '../components/tabs/papers-tab';
import { TimelineTab } from '../components/tabs/timeline-tab';
import type { AvailableAction } from '../lib/types';

/** One dossier: its facts, the actions allowed now, and its history, process control, documents, clock and the notifications sent to the applicant. */
export function DossierPage() {
  const { t } = useI18n();
  const describe = useErrorMessage();
  const { id = '' } = useParams();
  const dossier = useDossier(id);
  const [acting, setActing] = useState<AvailableAction>();
  const [conflict, setConflict] = useState<unknown>(null);
  usePageTitle(dossier.data ? t('dossiers.page.title', { code: dossier.data.code }) : t('dossiers.page.heading'), 'admin');

  if (dossier.isPending) return <Skeleton active />;
  if (dossier.isError) return <ErrorAlert error={dossier.error} title={t('errors.loadFailed')} onRetry={() => void dossier.refetch()} />;
  const data = dossier.data;

  return (
    <div data-testid="dossier-page">
      <PageHeader
        title={t('dossiers.page.title', { code: data.code })}
        extra={
          <>
            {data.receivedAt ? (
              <ReceiptPrintButton dossierId={data.id} />
            ) : null}
            <Button icon={<ReloadOutlined aria-hidden />} onClick={() => void dossier.refetch()} loading={dossier.isFetching}>
              {t('dossiers.page.refresh')}
            </Button>
          </>
        }
      />
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          closable={{ onClose: () => setConflict(null) }}
          style={{ marginBottom: 16 }}
          title={t('dossiers.page.conflict')}
          description={describe(conflict)}
          data-testid="dossier-conflict"
        />
      ) : null}
      <Card style={{ marginBottom: 16 }}>
        <DossierHeader dossier={data} />
        <div style={{ marginTop: 16 }}>
          <ActionBar
            dossier={data}
            onPick={(action) => {
              setConflict(null);
              setActing(action);
            }}
          />
        </div>
      </Card>
      <Card>
        <Tabs
          className="dossier-tabs"
          items={[
            { key: 'timeline', label: t('dossiers.tab.timeline'), children: <TimelineTab dossier={data} /> },
            // What the applicant declared online, next to the history: what the appraisal starts from.
            ...(data.eFormAnswers
              ? [{ key: 'e-form', label: <span data-testid="tab-e-form">{t('dossiers.tab.eForm')}</span>, children: <EFormAnswers answers={data.eFormAnswers} /> }]
              : []),
            { key: 'handovers', label: <span data-testid="tab-handovers">{t('dossiers.tab.handovers')}</span>, children: <HandoversTab dossier={data} /> },
            {
              key: 'documents',
              label: <span data-testid="tab-papers">{t('dossiers.tab.documents')}</span>,
              // The official papers (kept forms, e-results) sit with what came in and went out, not in a tab of their own.
              children: (
                <>
                  <DocumentsTab dossier={data} />
                  <PapersTab dossier={data} />
                </>
              ),
            },
            { key: 'clock', label: t('dossiers.tab.clock'), children: <ClockTab dossier={data} /> },
            { key: 'consultations', label: t('dossiers.tab.consultationsCount', { count: data.consultations.length }), children: <ConsultationsTab dossier={data} /> },
            { key: 'agencies', label: t('dossiers.tab.agenciesCount', { count: data.agencies.length }), children: <AgenciesTab dossier={data} /> },
            { key: 'obligations', label: t('dossiers.tab.obligationsCount', { count: data.obligations.length }), children: <ObligationsTab dossier={data} /> },
            // What the applicant was told, for the desk answering their call.
            { key: 'notifications', label: <span data-testid="tab-notifications">{t('dossiers.tab.notifications')}</span>, children: <NotificationsTab dossier={data} /> },
          ]}
        />
      </Card>
      {acting ? <ActionModal dossier={data} action={acting} onClose={() => setActing(undefined)} onConflict={setConflict} /> : null}
    </div>
  );
}
