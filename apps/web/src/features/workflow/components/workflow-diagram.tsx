import type { WorkflowStep } from '@motcua/shared';
import { stepHours } from '@motcua/shared';
import { useI18n } from '@/i18n';
import { useWorkflowLabels } from '../lib/labels';

interface WorkflowDiagramProps {
  steps: WorkflowStep[];
  number: number;
  /** Unit names by id (steps name units by id). */
  unitNames: Map<string, string>;
  /** Steps the check flags, outlined in red. */
  flagged?: Set<number>;
  testId?: string;
}

interface SendBack {
  from: number;
  to: number;
  lane: number;
}

/** Send-backs that overlap in rows take separate lanes beside the flow, so no two dashed arrows share a line. */
function sendBackLanes(steps: WorkflowStep[]): SendBack[] {
  const out: SendBack[] = [];
  steps.forEach((s, from) => {
    const to = s.sendBackTo ? steps.findIndex((p) => p.key === s.sendBackTo) : -1;
    if (to < 0 || to >= from) return;
    let lane = 0;
    while (out.some((o) => o.lane === lane && !(o.from < to || o.to > from))) lane++;
    out.push({ from, to, lane });
  });
  return out;
}

/**
 * The workflow as a top-to-bottom flow of step boxes: solid arrows to the next step, dashed arrows back to a
 * send-back target, a fork for agencies working in parallel. Plain CSS grid: one row per step, the arrows in the row
 * gaps, each send-back a dashed bracket spanning the rows between its two steps in its own lane.
 */
export function WorkflowDiagram({ steps, number, unitNames, flagged, testId = 'workflow-diagram' }: WorkflowDiagramProps) {
  const { t } = useI18n();
  const labels = useWorkflowLabels();
  const lanes = sendBackLanes(steps);
  const laneCount = lanes.reduce((n, l) => Math.max(n, l.lane + 1), 0);
  const total = steps.reduce((sum, s) => sum + stepHours(s), 0);
  const unitName = (s: WorkflowStep) =>
    s.unitId ? (unitNames.get(s.unitId) ?? s.unitId) : s.kind === 'receive' || s.kind === 'return' ? t('workflow.unit.defaultDesk') : t('workflow.unit.default');
  const keyIndex = new Map(steps.map((s, i) => [s.key, i]));

  return (
    <figure className="wf-diagram" data-testid={testId}>
      <figcaption className="wf-caption">
        {t('workflow.diagram.caption', { number, count: steps.length, total: labels.hours(total) })}
        <span className="muted-text"> {t('workflow.diagram.legend')}</span>
      </figcaption>
      <div className="wf-grid" style={{ gridTemplateColumns: `minmax(220px, 520px) repeat(${laneCount}, 22px)` }}>
        <ol className="wf-steps">
          {steps.map((s, i) => (
            <li
              key={s.key}
              className={`wf-step wf-kind-${s.kind}${flagged?.has(i) ? ' wf-step-flagged' : ''}`}
              style={{ gridRow: i + 1, gridColumn: 1 }}
              data-testid="workflow-diagram-step"
              data-kind={s.kind}
            >
              <div className="wf-step-head">
                <span className="wf-step-index">{t('workflow.diagram.step', { index: i + 1 })}</span>
                <span className="wf-step-kind">{labels.kind(s.kind)}</span>
              </div>
              <div className="wf-step-name">{s.name}</div>
              <div className="wf-step-meta">
                <span>{labels.role(s.actorRole)}</span>
                <span>{unitName(s)}</span>
                <span className="wf-step-budget" data-testid="workflow-diagram-budget">{labels.budget(s.budget)}</span>
              </div>
              {s.handOff ? <HandOff step={s} unitNames={unitNames} /> : null}
              {s.sendBackTo && keyIndex.has(s.sendBackTo) ? (
                <div className="wf-sendback-note">{t('workflow.diagram.sendBack', { index: keyIndex.get(s.sendBackTo)! + 1 })}</div>
              ) : null}
            </li>
          ))}
        </ol>
        {lanes.map((l) => (
          <div
            key={`${l.from}-${l.to}`}
            className="wf-sendback"
            style={{ gridRow: `${l.to + 1} / ${l.from + 2}`, gridColumn: 2 + l.lane }}
            aria-hidden
            data-testid="workflow-diagram-sendback"
          />
        ))}
      </div>
    </figure>
  );
}

function HandOff({ step, unitNames }: { step: WorkflowStep; unitNames: Map<string, string> }) {
  const { t } = useI18n();
  const labels = useWorkflowLabels();
  const handOff = step.handOff!;
  return (
    <div className={`wf-handoff wf-handoff-${handOff.mode}`} data-testid="workflow-diagram-handoff">
      <div className="wf-handoff-title">{t('workflow.diagram.handOff', { mode: t(`workflow.modeShort.${handOff.mode}`) })}</div>
      <ul className="wf-handoff-units" aria-label={handOff.mode === 'parallel' ? t('workflow.diagram.fork') : undefined}>
        {handOff.units.map((u, j) => (
          <li key={`${u.unitId}-${j}`} className={`wf-handoff-unit wf-handoff-${u.role}`}>
            <strong>{unitNames.get(u.unitId) ?? u.unitId}</strong>
            <span>{t(`workflow.handOffRole.${u.role}`)}</span>
            <span>{labels.budget(u.budget)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
