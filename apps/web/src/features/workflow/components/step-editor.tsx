import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { workflowActorRoles, workflowStepKinds, type HandOffUnit, type WorkflowStep } from '@motcua/shared';
import { Button, Card, Col, Input, InputNumber, Row, Select, Switch, Typography } from 'antd';
import { useId, type ReactNode } from 'react';
import { useI18n } from '@/i18n';
import { useWorkflowLabels } from '../lib/labels';
import { newHandOffUnit } from '../lib/steps';

export interface UnitOption {
  value: string;
  label: string;
}

interface StepEditorProps {
  steps: WorkflowStep[];
  index: number;
  units: UnitOption[];
  problems: string[];
  onChange(patch: Partial<WorkflowStep>): void;
  onMove(to: number): void;
  onRemove(): void;
}

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="wf-field">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

const filterUnit = (input: string, option?: UnitOption) => (option?.label ?? '').toLowerCase().includes(input.toLowerCase());

/** One step of the draft: kind, name, who acts and where, its time budget, where a send-back goes, hand-offs. */
export function StepEditor({ steps, index, units, problems, onChange, onMove, onRemove }: StepEditorProps) {
  const { t } = useI18n();
  const labels = useWorkflowLabels();
  const id = useId();
  const step = steps[index]!;
  const canHandOff = step.kind === 'transfer' || step.kind === 'consult';
  const earlier = steps.slice(0, index).map((s, i) => ({ value: s.key, label: `${t('workflow.diagram.step', { index: i + 1 })}: ${s.name}` }));
  const setHandOffUnits = (list: HandOffUnit[]) => onChange({ handOff: { mode: step.handOff!.mode, units: list } });
  const position = index + 1;

  return (
    <Card
      size="small"
      className={`wf-editor-step${problems.length > 0 ? ' wf-step-flagged' : ''}`}
      data-testid="workflow-step-editor"
      title={<Typography.Title level={4} style={{ fontSize: 15, margin: 0 }}>{`${t('workflow.diagram.step', { index: position })}: ${step.name || labels.kind(step.kind)}`}</Typography.Title>}
      extra={
        <>
          <Button type="text" icon={<ArrowUpOutlined aria-hidden />} aria-label={t('workflow.editor.moveUp', { index: position })} disabled={index === 0} onClick={() => onMove(index - 1)} />
          <Button type="text" icon={<ArrowDownOutlined aria-hidden />} aria-label={t('workflow.editor.moveDown', { index: position })} disabled={index === steps.length - 1} onClick={() => onMove(index + 1)} />
          <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('workflow.editor.remove', { index: position })} onClick={onRemove} data-testid="step-remove" />
        </>
      }
    >
      <Row gutter={[12, 12]}>
        <Col xs={24} md={8}>
          <Field id={`${id}-kind`} label={t('workflow.editor.kind')}>
            <Select
              id={`${id}-kind`}
              value={step.kind}
              style={{ width: '100%' }}
              options={workflowStepKinds.map((k) => ({ value: k, label: labels.kind(k) }))}
              onChange={(kind) => onChange({ kind, ...(kind !== 'transfer' && kind !== 'consult' ? { handOff: null } : {}) })}
              data-testid="step-kind"
            />
          </Field>
        </Col>
        <Col xs={24} md={16}>
          <Field id={`${id}-name`} label={t('workflow.editor.name')}>
            <Input id={`${id}-name`} value={step.name} maxLength={200} status={step.name.trim() ? undefined : 'error'} onChange={(e) => onChange({ name: e.target.value })} data-testid="step-name" />
          </Field>
        </Col>
        <Col xs={24} md={8}>
          <Field id={`${id}-role`} label={t('workflow.editor.role')}>
            <Select
              id={`${id}-role`}
              value={step.actorRole}
              style={{ width: '100%' }}
              options={workflowActorRoles.map((r) => ({ value: r, label: labels.role(r) }))}
              onChange={(actorRole) => onChange({ actorRole })}
            />
          </Field>
        </Col>
        <Col xs={24} md={16}>
          <Field id={`${id}-unit`} label={t('workflow.editor.unit')}>
            <Select<string, UnitOption>
              id={`${id}-unit`}
              allowClear
              showSearch={{ filterOption: filterUnit }}
              value={step.unitId ?? undefined}
              placeholder={step.kind === 'receive' || step.kind === 'return' ? t('workflow.unit.defaultDesk') : t('workflow.unit.default')}
              style={{ width: '100%' }}
              options={units}
              onChange={(unitId) => onChange({ unitId: unitId ?? null })}
            />
          </Field>
        </Col>
        <Col xs={12} md={6}>
          <Field id={`${id}-budget`} label={t('workflow.editor.budget')}>
            <InputNumber
              id={`${id}-budget`}
              min={0.5}
              max={365}
              step={0.5}
              decimalSeparator=","
              value={step.budget.value}
              status={problems.length > 0 ? 'error' : undefined}
              style={{ width: '100%' }}
              onChange={(value) => typeof value === 'number' && value > 0 && onChange({ budget: { ...step.budget, value } })}
              data-testid="step-budget"
            />
          </Field>
        </Col>
        <Col xs={12} md={6}>
          <Field id={`${id}-budget-unit`} label={t('workflow.editor.budgetUnit')}>
            <Select
              id={`${id}-budget-unit`}
              value={step.budget.unit}
              style={{ width: '100%' }}
              options={[
                { value: 'working_days', label: t('workflow.editor.unitDays') },
                { value: 'working_hours', label: t('workflow.editor.unitHours') },
              ]}
              onChange={(unit) => onChange({ budget: { ...step.budget, unit } })}
            />
          </Field>
        </Col>
        <Col xs={24} md={12}>
          <Field id={`${id}-sendback`} label={t('workflow.editor.sendBackTo')}>
            <Select
              id={`${id}-sendback`}
              allowClear
              disabled={index === 0}
              value={step.sendBackTo ?? undefined}
              placeholder={t('workflow.editor.sendBackPrevious')}
              style={{ width: '100%' }}
              options={earlier}
              onChange={(key) => onChange({ sendBackTo: key ?? null })}
            />
          </Field>
        </Col>
        {canHandOff ? (
          <Col xs={24}>
            <label htmlFor={`${id}-handoff`} style={{ marginRight: 8 }}>{t('workflow.editor.handOff')}</label>
            <Switch
              id={`${id}-handoff`}
              checked={step.handOff !== null}
              onChange={(on) => onChange({ handOff: on ? { mode: 'parallel', units: [] } : null })}
            />
            {step.handOff ? <HandOffEditor step={step} units={units} onMode={(mode) => onChange({ handOff: { ...step.handOff!, mode } })} onUnits={setHandOffUnits} /> : null}
          </Col>
        ) : null}
        {problems.length > 0 ? (
          <Col xs={24}>
            <ul className="wf-step-problems" style={{ margin: 0, paddingLeft: 18, color: '#b3261e' }} data-testid="step-problems">
              {problems.map((p) => <li key={p}>{p}</li>)}
            </ul>
          </Col>
        ) : null}
      </Row>
    </Card>
  );
}

interface HandOffEditorProps {
  step: WorkflowStep;
  units: UnitOption[];
  onMode(mode: NonNullable<WorkflowStep['handOff']>['mode']): void;
  onUnits(units: HandOffUnit[]): void;
}

function HandOffEditor({ step, units, onMode, onUnits }: HandOffEditorProps) {
  const { t } = useI18n();
  const id = useId();
  const handOff = step.handOff!;
  const list = handOff.units;
  const replace = (j: number, patch: Partial<HandOffUnit>) => onUnits(list.map((u, k) => (k === j ? { ...u, ...patch } : u)));
  return (
    <fieldset className="list-fieldset" style={{ marginTop: 8 }}>
      <legend style={{ fontSize: 14, width: 'auto' }}>{t('workflow.editor.handOff')}</legend>
      <Field id={`${id}-mode`} label={t('workflow.editor.handOffMode')}>
        <Select
          id={`${id}-mode`}
          value={handOff.mode}
          style={{ width: '100%', maxWidth: 460 }}
          options={(['parallel', 'sequence', 'escalation'] as const).map((m) => ({ value: m, label: t(`workflow.mode.${m}`) }))}
          onChange={onMode}
        />
      </Field>
      {list.map((u, j) => (
        <Row gutter={8} key={j} align="bottom" style={{ marginTop: 8 }}>
          <Col xs={24} md={10}>
            <Field id={`${id}-u${j}`} label={`${t('workflow.editor.handOffUnit')} ${j + 1}`}>
              <Select<string, UnitOption>
                id={`${id}-u${j}`}
                showSearch={{ filterOption: filterUnit }}
                value={u.unitId || undefined}
                style={{ width: '100%' }}
                options={units}
                onChange={(unitId) => replace(j, { unitId })}
              />
            </Field>
          </Col>
          <Col xs={12} md={5}>
            <Field id={`${id}-r${j}`} label={t('workflow.editor.handOffRole')}>
              <Select
                id={`${id}-r${j}`}
                value={u.role}
                style={{ width: '100%' }}
                options={(['lead', 'participant', 'higher_level'] as const).map((r) => ({ value: r, label: t(`workflow.handOffRole.${r}`) }))}
                onChange={(role) => replace(j, { role })}
              />
            </Field>
          </Col>
          <Col xs={8} md={3}>
            <Field id={`${id}-b${j}`} label={t('workflow.editor.budget')}>
              <InputNumber id={`${id}-b${j}`} min={0.5} step={0.5} decimalSeparator="," value={u.budget.value} style={{ width: '100%' }} onChange={(value) => typeof value === 'number' && value > 0 && replace(j, { budget: { ...u.budget, value } })} />
            </Field>
          </Col>
          <Col xs={12} md={4}>
            <Field id={`${id}-bu${j}`} label={t('workflow.editor.budgetUnit')}>
              <Select
                id={`${id}-bu${j}`}
                value={u.budget.unit}
                style={{ width: '100%' }}
                options={[
                  { value: 'working_days', label: t('workflow.editor.unitDays') },
                  { value: 'working_hours', label: t('workflow.editor.unitHours') },
                ]}
                onChange={(unit) => replace(j, { budget: { ...u.budget, unit } })}
              />
            </Field>
          </Col>
          <Col xs={4} md={2}>
            <Button danger type="text" icon={<DeleteOutlined aria-hidden />} aria-label={t('workflow.editor.removeHandOffUnit', { index: j + 1 })} onClick={() => onUnits(list.filter((_, k) => k !== j))} />
          </Col>
        </Row>
      ))}
      <Button
        icon={<PlusOutlined aria-hidden />}
        style={{ margin: '8px 0 12px' }}
        onClick={() => onUnits([...list, newHandOffUnit('', handOff.mode === 'escalation' ? 'higher_level' : list.length === 0 ? 'lead' : 'participant')])}
      >
        {t('workflow.editor.addHandOffUnit')}
      </Button>
    </fieldset>
  );
}
