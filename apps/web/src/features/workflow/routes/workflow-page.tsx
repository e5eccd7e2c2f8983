import { EditOutlined } from '@ant-design/icons';
import type { WorkflowDetail } from '@motcua/shared';
import { Alert, Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { PageSpinner } from '@/components/page-spinner';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import { useUnits } from '../api/get-units';
import { useWorkflow } from '../api/get-workflow';
import { DecisionPanel } from '../components/decision-panel';
import type { UnitOption } from '../components/step-editor';
import { VersionHistory } from '../components/version-history';
import { WorkflowDiagram } from '../components/workflow-diagram';
import { WorkflowEditor } from '../components/workflow-editor';
import { DefaultWorkflowTag, WorkflowStatusTag } from '../components/workflow-status-tag';
import { WorkflowAccessGate } from '../lib/access';
import { useWorkflowLabels } from '../lib/labels';

export function WorkflowPage() {
  return (
    <WorkflowAccessGate>
      <WorkflowView />
    </WorkflowAccessGate>
  );
}

function WorkflowView() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const workflow = useWorkflow(id);
  usePageTitle(workflow.data?.name ?? t('workflow.page.pageTitle'), 'admin');
  if (workflow.isPending) return <PageSpinner />;
  if (workflow.isError) return <ErrorAlert error={workflow.error} title={t('errors.loadFailed')} onRetry={() => void workflow.refetch()} />;
  return <WorkflowContent workflow={workflow.data} />;
}

function WorkflowContent({ workflow }: { workflow: WorkflowDetail }) {
  const { t } = useI18n();
  const labels = useWorkflowLabels();
  const [params, setParams] = useSearchParams();
  const editing = params.get('edit') === '1' && workflow.allowedActions.includes('edit');
  const units = useUnits();
  const unitOptions: UnitOption[] = useMemo(() => (units.data ?? []).map((u) => ({ value: u.id, label: u.name })), [units.data]);
  const unitNames = useMemo(
    () => new Map([...unitOptions.map((u) => [u.value, u.label] as const), ...workflow.units.map((u) => [u.id, u.name] as const)]),
    [unitOptions, workflow.units],
  );
  const approved = workflow.versions.find((v) => v.status === 'approved');
  const pending = workflow.versions.find((v) => v.status === 'submitted') ?? (workflow.versions[0]!.status === 'draft' ? workflow.versions[0] : undefined);
  const latest = workflow.versions[0]!;
  const setEditing = (on: boolean) => {
    const next = new URLSearchParams(params);
    if (on) next.set('edit', '1');
    else next.delete('edit');
    setParams(next);
  };

  return (
    <div data-testid="workflow-page">
      <PageHeader
        title={workflow.name}
        extra={
          workflow.allowedActions.includes('edit') && !editing ? (
            <Button type="primary" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)} data-testid="workflow-edit">
              {t('workflow.page.edit')}
            </Button>
          ) : null
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'procedure',
              label: t('workflow.page.procedure'),
              children: workflow.procedure ? <span><code>{workflow.procedure.code}</code> {workflow.procedure.name}</span> : <span>{t('workflow.default.appliesTo')} <DefaultWorkflowTag level={workflow.defaultLevel} /></span>,
            },
            { key: 'variant', label: t('workflow.page.variant'), children: workflow.variantName ?? t('workflow.allVariants') },
            { key: 'agency', label: t('workflow.page.agency'), children: workflow.agencyUnit.name },
            { key: 'limit', label: t('workflow.page.legalLimit'), children: <span data-testid="workflow-legal-limit">{labels.limit(workflow.legalLimit)}</span> },
            { key: 'status', label: t('common.status'), children: <WorkflowStatusTag status={latest.status} /> },
          ]}
        />
      </Card>

      {editing ? (
        <div style={{ marginBottom: 16 }}>
          <WorkflowEditor
            key={workflow.id}
            workflow={workflow}
            initialSteps={latest.steps}
            units={unitOptions}
            onClose={() => setEditing(false)}
          />
        </div>
      ) : null}

      {pending && !editing ? (
        <Card style={{ marginBottom: 16 }} data-testid="workflow-pending">
          <Typography.Title level={2} style={{ fontSize: 18 }}>
            {t('workflow.page.pendingHeading', { number: pending.number, status: labels.status(pending.status) })}
          </Typography.Title>
          <Flex vertical gap={8} style={{ marginBottom: 12 }}>
            {pending.submittedAt ? <span>{t('workflow.page.submittedBy', { name: pending.submittedBy?.fullName ?? '', time: formatDateTime(pending.submittedAt) })}</span> : null}
            {pending.changeNote ? <span>{t('workflow.page.changeNote', { note: pending.changeNote })}</span> : null}
          </Flex>
          <WorkflowDiagram steps={pending.steps} number={pending.number} unitNames={unitNames} testId="workflow-pending-diagram" />
          {pending.status === 'submitted' && workflow.allowedActions.includes('approve') ? (
            <div style={{ marginTop: 16 }}>
              <DecisionPanel workflow={workflow} number={pending.number} />
            </div>
          ) : null}
        </Card>
      ) : null}

      <Card style={{ marginBottom: 16 }} data-testid="workflow-approved">
        {approved ? (
          <>
            <Typography.Title level={2} style={{ fontSize: 18 }}>
              {t('workflow.page.approvedHeading', { number: approved.number })}
            </Typography.Title>
            {approved.decidedAt ? (
              <p>
                {t('workflow.page.decidedBy', { name: approved.decidedBy?.fullName ?? '', time: formatDateTime(approved.decidedAt) })}
                {approved.decisionNote ? ` — ${t('workflow.page.decisionNote', { note: approved.decisionNote })}` : ''}
              </p>
            ) : null}
            <WorkflowDiagram steps={approved.steps} number={approved.number} unitNames={unitNames} testId="workflow-approved-diagram" />
          </>
        ) : (
          <Alert type="warning" showIcon title={t('workflow.page.noApproved')} />
        )}
      </Card>

      <Card>
        <Typography.Title level={2} style={{ fontSize: 18 }}>
          {t('workflow.page.historyHeading')}
        </Typography.Title>
        <VersionHistory workflow={workflow} unitNames={unitNames} />
      </Card>
    </div>
  );
}
