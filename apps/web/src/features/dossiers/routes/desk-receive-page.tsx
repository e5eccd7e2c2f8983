import type { DossierSummary, ProcedureSummary } from '@motcua/shared';
import { Button, Card, Flex, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { useIntake } from '../api/get-intake';
import { ProcedurePicker } from '../components/procedure-picker';
import { ReceiveForm } from '../components/receive-form';
import { ReceiveSuccess } from '../components/receive-success';

/** The desk: pick the procedure, tick the checklist, record the applicant, receive, print the receipt. */
export function DeskReceivePage() {
  const { t } = useI18n();
  usePageTitle(t('dossiers.desk.pageTitle'), 'admin');
  const [procedure, setProcedure] = useState<ProcedureSummary>();
  const [receivingUnitId, setReceivingUnitId] = useState<string>();
  const [received, setReceived] = useState<DossierSummary>();
  // Each new dossier gets a fresh form.
  const [round, setRound] = useState(0);
  const intake = useIntake(procedure?.id, receivingUnitId);

  const restart = () => {
    setReceived(undefined);
    setProcedure(undefined);
    setRound((value) => value + 1);
  };

  return (
    <>
      <PageHeader title={t('dossiers.desk.heading')} description={t('dossiers.desk.lead')} />
      {received ? (
        <ReceiveSuccess dossier={received} onNext={restart} />
      ) : (
        <Card>
          {procedure ? (
            <Flex justify="space-between" align="start" gap={12} wrap style={{ marginBottom: 16 }} data-testid="desk-procedure">
              <div>
                <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
                  {procedure.name}
                </Typography.Title>
                <code data-testid="desk-procedure-code">{procedure.code}</code>
                {procedure.competentAgency ? <span className="muted-text"> · {procedure.competentAgency}</span> : null}
              </div>
              <Flex gap={8} align="center">
                {intake.data && intake.data.receivingUnits.length > 1 ? (
                  <Select<string>
                    aria-label={t('dossiers.desk.receivingUnit')}
                    placeholder={t('dossiers.desk.receivingUnit')}
                    value={receivingUnitId}
                    onChange={setReceivingUnitId}
                    options={intake.data.receivingUnits.map((unit) => ({ value: unit.id, label: unit.name }))}
                    style={{ minWidth: 240 }}
                  />
                ) : null}
                <Button onClick={restart} data-testid="desk-change-procedure">
                  {t('dossiers.desk.changeProcedure')}
                </Button>
              </Flex>
            </Flex>
          ) : (
            <ProcedurePicker key={round} onPick={setProcedure} />
          )}
          {procedure && intake.isPending ? <Skeleton active /> : null}
          {intake.isError ? <ErrorAlert error={intake.error} title={t('errors.loadFailed')} onRetry={() => void intake.refetch()} /> : null}
          {procedure && intake.data ? (
            <ReceiveForm key={`${round}-${intake.data.procedure.id}-${receivingUnitId ?? ''}`} intake={intake.data} receivingUnitId={receivingUnitId} onReceived={setReceived} />
          ) : null}
        </Card>
      )}
    </>
  );
}
