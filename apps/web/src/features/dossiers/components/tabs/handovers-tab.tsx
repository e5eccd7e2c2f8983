import type { DossierDetail } from '@motcua/shared';
import { Table } from 'antd';
import { TableRegion } from '@/components/table-region';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import type { DossierHandover } from '../../lib/types';
import { useDossierLabels } from '../../lib/use-dossier-labels';
import { TimelinessTag } from '../dossier-tags';

function Party({ unit, officer }: { unit: { name: string } | null; officer: { fullName: string } | null }) {
  if (!unit && !officer) return <>—</>;
  return (
    <>
      {officer?.fullName}
      {unit ? <div className={officer ? 'muted-text' : undefined}>{unit.name}</div> : null}
    </>
  );
}

/** Process control (Form 06): every hand-over with its deadline, when it ended and whether early, on time or late. */
export function HandoversTab({ dossier }: { dossier: DossierDetail }) {
  const { t, tOptional } = useI18n();
  const labels = useDossierLabels();
  // The outcome is the action that closed the hand-over (transfer, approve…): show its name.
  const outcome = (value: string | null) => (value ? (tOptional(`dossiers.action.${value}`) ?? value) : null);
  return (
    <TableRegion label={t('dossiers.tab.handovers')} minWidth={1100}>
      <Table<DossierHandover>
        rowKey="seq"
        size="small"
        bordered
        pagination={false}
        dataSource={dossier.handovers}
        data-testid="dossier-handovers"
        onRow={() => ({ 'data-testid': 'handover-row' }) as object}
        locale={{ emptyText: t('dossiers.handovers.empty') }}
        columns={[
          { title: t('dossiers.handovers.index'), dataIndex: 'seq', width: 50 },
          { title: t('dossiers.handovers.step'), key: 'step', render: (_, row) => <>{row.stepName}<div className="muted-text">{labels.budget(row.budget)}</div></> },
          { title: t('dossiers.handovers.from'), key: 'from', render: (_, row) => <Party unit={row.fromUnit} officer={row.fromOfficer} /> },
          { title: t('dossiers.handovers.to'), key: 'to', render: (_, row) => <Party unit={row.toUnit} officer={row.toOfficer} /> },
          { title: t('dossiers.handovers.startedAt'), dataIndex: 'startedAt', width: 130, render: (value: string) => formatDateTime(value) },
          { title: t('dossiers.handovers.dueAt'), dataIndex: 'dueAt', width: 130, render: (value: string | null) => formatDateTime(value) },
          { title: t('dossiers.handovers.endedAt'), dataIndex: 'endedAt', width: 130, render: (value: string | null) => formatDateTime(value) },
          { title: t('dossiers.handovers.timeliness'), key: 'timeliness', width: 130, render: (_, row) => <TimelinessTag value={row.timeliness} /> },
          { title: t('dossiers.handovers.note'), key: 'note', render: (_, row) => [outcome(row.outcome), row.note].filter(Boolean).join(' · ') },
        ]}
      />
    </TableRegion>
  );
}
