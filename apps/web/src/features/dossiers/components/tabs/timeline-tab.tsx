import type { DossierDetail } from '@motcua/shared';
import { Table, Tag } from 'antd';
import { TableRegion } from '@/components/table-region';
import { useRoleName } from '@/features/roles';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import type { DossierActionLogEntry } from '../../lib/types';
import { useDossierLabels } from '../../lib/use-dossier-labels';

/** The append-only action log: who did what, in which role and unit, when, why. */
export function TimelineTab({ dossier }: { dossier: DossierDetail }) {
  const { t } = useI18n();
  const labels = useDossierLabels();
  const roleName = useRoleName();
  return (
    <TableRegion label={t('dossiers.tab.timeline')} minWidth={1000}>
      <Table<DossierActionLogEntry>
        rowKey="seq"
        size="small"
        pagination={false}
        dataSource={dossier.actions}
        data-testid="dossier-timeline"
        columns={[
          { title: '#', dataIndex: 'seq', width: 50 },
          { title: t('dossiers.timeline.at'), dataIndex: 'at', width: 130, render: (at: string) => formatDateTime(at) },
          { title: t('dossiers.timeline.action'), key: 'action', render: (_, entry) => <span data-testid="timeline-action">{labels.action(entry.action)}</span> },
          {
            title: t('dossiers.timeline.status'),
            key: 'status',
            render: (_, entry) => (entry.fromStatus && entry.fromStatus !== entry.toStatus ? `${labels.status(entry.fromStatus)} → ${labels.status(entry.toStatus)}` : labels.status(entry.toStatus)),
          },
          {
            title: t('dossiers.timeline.actor'),
            key: 'actor',
            render: (_, entry) => (
              <>
                {entry.actor.name ?? (entry.actor.kind === 'system' ? t('dossiers.timeline.system') : t('common.notAvailable'))}
                {entry.actor.role ? <div className="muted-text">{roleName(entry.actor.role)}</div> : null}
              </>
            ),
          },
          { title: t('dossiers.timeline.unit'), key: 'unit', render: (_, entry) => entry.unit?.name ?? t('common.notAvailable') },
          { title: t('dossiers.timeline.reason'), dataIndex: 'reason', render: (reason: string | null) => reason ?? '' },
          {
            title: t('dossiers.timeline.flags'),
            key: 'flags',
            render: (_, entry) => entry.flags.map((flag) => <Tag key={flag} color="#8a5300">{t(`dossiers.flag.${flag}`)}</Tag>),
          },
        ]}
      />
    </TableRegion>
  );
}
