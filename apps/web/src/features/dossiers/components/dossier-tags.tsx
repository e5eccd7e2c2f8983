import { dossierStatusDefinitions, type DossierStatus } from '@motcua/shared';
import { Tag } from 'antd';
import { accessibleColors } from '@/config/theme';
import { formatDateTime } from '@/lib/dates';
import { dueColor, isDueSoon, timelinessColor } from '../lib/standing';
import type { Timeliness } from '../lib/types';
import { useDossierLabels } from '../lib/use-dossier-labels';
import { useI18n } from '@/i18n';

function statusColor(status: DossierStatus): string {
  const definition = dossierStatusDefinitions[status];
  if (status === 'result_ready' || status === 'returned') return accessibleColors.success;
  if (definition.clock === 'paused' || status === 'awaiting_online_correction') return accessibleColors.warning;
  if (definition.terminal || definition.clock === 'ended') return accessibleColors.neutral;
  return accessibleColors.info;
}

export function DossierStatusTag({ status }: { status: DossierStatus }) {
  const labels = useDossierLabels();
  return (
    <Tag color={statusColor(status)} data-testid="dossier-status-tag" data-status={status}>
      {labels.status(status)}
    </Tag>
  );
}

export function TimelinessTag({ value }: { value: Timeliness | null }) {
  const labels = useDossierLabels();
  if (value === null) return null;
  return (
    <Tag color={timelinessColor(value)} data-testid="timeliness-tag" data-timeliness={value}>
      {labels.timeliness(value)}
    </Tag>
  );
}

/** The due date coloured by how the dossier stands: red overdue, orange due within a day. */
export function DueDate({ dueAt, standing }: { dueAt: string | null; standing: Timeliness }) {
  const { t } = useI18n();
  if (!dueAt) return <span className="muted-text">{t('dossiers.noDueDate')}</span>;
  const color = dueColor(dueAt, standing);
  const soon = isDueSoon(dueAt, standing);
  return (
    <span className="dossier-due" style={color ? { color, fontWeight: 600 } : undefined} data-testid="dossier-due" data-standing={soon ? 'due_soon' : standing}>
      {formatDateTime(dueAt)}
      {standing === 'overdue' ? <span className="dossier-due-note"> · {t('dossiers.timeliness.overdue')}</span> : null}
      {soon ? <span className="dossier-due-note"> · {t('dossiers.dueSoon')}</span> : null}
    </span>
  );
}
