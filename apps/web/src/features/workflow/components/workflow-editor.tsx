import { PlusOutlined, SendOutlined } from '@ant-design/icons';
import { checkWorkflow, workflowStepsInput, type WorkflowCheckResult, type WorkflowDetail, type WorkflowProblem, type WorkflowStep } from '@motcua/shared';
import { Alert, App, Button, Card, Col, Flex, Input, Row, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { useI18n } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { useSaveDraft, useSubmitVersion } from '../api/mutations';
import { useWorkflowLabels } from '../lib/labels';
import { moveStep, newStep, removeStep, replaceStep, stepIndexOf } from '../lib/steps';
import { CheckPanel } from './check-panel';
import { StepEditor, type UnitOption } from './step-editor';
import { WorkflowDiagram } from './workflow-diagram';

interface WorkflowEditorProps {
  workflow: WorkflowDetail;
  initialSteps: WorkflowStep[];
  units: UnitOption[];
  onClose(): void;
}

/** The same check the server runs on submission, plus the shape rules of the contract (names, units chosen). */
function liveCheck(steps: WorkflowStep[], workflow: WorkflowDetail, messages: Record<string, string>): WorkflowCheckResult {
  const result = checkWorkflow(steps, workflow.legalLimit);
  const parsed = workflowStepsInput.safeParse(steps);
  if (parsed.success) return result;
  const shape: WorkflowProblem[] = parsed.error.issues.map((i) => ({ path: ['steps', ...i.path].join('.'), message: messages[String(i.path.at(-1))] ?? i.message }));
  return { ...result, ok: false, errors: [...shape, ...result.errors] };
}

export function WorkflowEditor({ workflow, initialSteps, units, onClose }: WorkflowEditorProps) {
  const { t } = useI18n();
  const labels = useWorkflowLabels();
  const { message } = App.useApp();
  const [steps, setSteps] = useState<WorkflowStep[]>(initialSteps);
  const [changeNote, setChangeNote] = useState('');
  const [serverProblems, setServerProblems] = useState<WorkflowProblem[]>([]);
  const save = useSaveDraft();
  const submit = useSubmitVersion();
  const shapeMessages = useMemo(() => ({ name: t('workflow.editor.nameRequired'), unitId: t('workflow.editor.unitRequired') }), [t]);
  const check = useMemo(() => liveCheck(steps, workflow, shapeMessages), [steps, workflow, shapeMessages]);
  const problemsOf = (index: number) => [...check.errors, ...serverProblems].filter((p) => stepIndexOf(p.path) === index).map((p) => p.message);
  const flagged = new Set(check.errors.map((e) => stepIndexOf(e.path)).filter((i): i is number => i !== null));
  const unitNames = useMemo(() => new Map([...workflow.units.map((u) => [u.id, u.name] as const), ...units.map((u) => [u.value, u.label] as const)]), [workflow.units, units]);
  const latest = workflow.versions[0]!;
  const editingNumber = latest.status === 'draft' ? latest.number : latest.number + 1;
  const busy = save.isPending || submit.isPending;
  const error = save.error ?? submit.error;
  const stale = isApiError(error) && error.status === 409;

  const update = (next: WorkflowStep[]) => {
    setSteps(next);
    setServerProblems([]);
  };

  const saveDraft = async () => {
    const detail = await save.mutateAsync({ id: workflow.id, body: { baseRevision: workflow.revision, steps, changeNote: changeNote.trim() || null } });
    return detail;
  };

  const onSave = async () => {
    try {
      const detail = await saveDraft();
      message.success(t('workflow.editor.saved', { number: detail.latestVersionNumber }));
    } catch {
      // Shown by the error alert below.
    }
  };

  const onSubmit = async () => {
    try {
      const saved = await saveDraft();
      const detail = await submit.mutateAsync({ id: workflow.id, number: saved.latestVersionNumber, changeNote: changeNote.trim() || null });
      message.success(t('workflow.editor.submitted', { number: detail.latestVersionNumber }));
      onClose();
    } catch (e) {
      if (isApiError(e) && e.code === 'WORKFLOW_CHECK_FAILED') setServerProblems(e.errors);
    }
  };

  return (
    <Card data-testid="workflow-editor">
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('workflow.page.editHeading', { number: editingNumber })}
      </Typography.Title>
      {latest.status !== 'draft' ? <Alert type="info" showIcon title={t('workflow.page.editNewVersion')} style={{ marginBottom: 16 }} /> : null}
      <div style={{ marginBottom: 16 }}>
        <CheckPanel result={check} legalLimit={workflow.legalLimit} />
      </div>
      <Row gutter={24}>
        <Col xs={24} xxl={14}>
          <Typography.Title level={3} style={{ fontSize: 16 }}>{t('workflow.editor.steps')}</Typography.Title>
          {steps.map((_, i) => (
            <StepEditor
              key={steps[i]!.key}
              steps={steps}
              index={i}
              units={units}
              problems={problemsOf(i)}
              onChange={(patch) => update(replaceStep(steps, i, patch))}
              onMove={(to) => update(moveStep(steps, i, to))}
              onRemove={() => update(removeStep(steps, i))}
            />
          ))}
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => update([...steps, newStep(steps, 'appraise', labels.kind('appraise'))])} data-testid="workflow-add-step">
            {t('workflow.editor.addStep')}
          </Button>
        </Col>
        <Col xs={24} xxl={10}>
          <div style={{ marginTop: 16 }}>
            <WorkflowDiagram steps={steps} number={editingNumber} unitNames={unitNames} flagged={flagged} testId="workflow-editor-diagram" />
          </div>
        </Col>
      </Row>
      <div className="wf-field" style={{ marginTop: 16 }}>
        <label htmlFor="workflow-change-note">{t('workflow.editor.changeNote')}</label>
        <Input.TextArea id="workflow-change-note" rows={2} maxLength={1000} value={changeNote} onChange={(e) => setChangeNote(e.target.value)} />
      </div>
      {stale ? <Alert type="error" showIcon role="alert" title={t('workflow.editor.stale')} style={{ marginTop: 16 }} /> : null}
      {error && !stale ? <div style={{ marginTop: 16 }} data-testid="workflow-editor-error"><ErrorAlert error={error} /></div> : null}
      <Flex gap={8} wrap style={{ marginTop: 16 }}>
        <Button onClick={() => void onSave()} loading={save.isPending && !submit.isPending} disabled={busy} data-testid="workflow-save">
          {t('workflow.editor.save')}
        </Button>
        <Button type="primary" icon={<SendOutlined aria-hidden />} onClick={() => void onSubmit()} loading={submit.isPending} disabled={busy} data-testid="workflow-submit">
          {t('workflow.editor.submit')}
        </Button>
        <Button type="text" onClick={onClose}>{t('workflow.editor.cancel')}</Button>
      </Flex>
    </Card>
  );
}
