import type { DossierDetail } from '@motcua/shared';
import { Table } from 'antd';
import { TableRegion } from '@/components/table-region';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import type { DossierAgency } from '../../lib/types';
import { TimelinessTag } from '../dossier-tags';

/** Agencies taking part (inter-agency procedures): lead, participants, higher level, each with its deadline. */
export function AgenciesTab({ dossier }: { dossier: DossierDetail }) {
  const { t } = useI18n();
  return (
    <TableRegion label={t('dossiers.tab.agencies')} minWidth={1000}>
      <Table<DossierAgency>
        rowKey={(row) => `${row.position}-${row.unit.id}`}
        size="small"
        pagination={false}
        dataSource={dossier.agencies}
        locale={{ emptyText: t('dossiers.agencies.empty') }}
        data-testid="dossier-agencies"
        columns={[
          { title: '#', dataIndex: 'position', width: 50 },
          { title: t('dossiers.agencies.unit'), key: 'unit', render: (_, row) => row.unit.name },
          { title: t('dossiers.agencies.role'), dataIndex: 'role', width: 140, render: (role: DossierAgency['role']) => t(`dossiers.agencyRole.${role}`) },
          { title: t('dossiers.agencies.mode'), dataIndex: 'mode', width: 140, render: (mode: DossierAgency['mode']) => t(`dossiers.agencyMode.${mode}`) },
          { title: t('dossiers.agencies.task'), dataIndex: 'task', render: (task: string | null) => task ?? '' },
          { title: t('dossiers.handovers.startedAt'), dataIndex: 'startedAt', width: 130, render: (value: string | null) => formatDateTime(value) },
          { title: t('dossiers.handovers.dueAt'), dataIndex: 'dueAt', width: 130, render: (value: string | null) => formatDateTime(value) },
          { title: t('dossiers.agencies.completedAt'), dataIndex: 'completedAt', width: 130, render: (value: string | null) => formatDateTime(value) },
          { title: t('dossiers.handovers.timeliness'), key: 'timeliness', width: 130, render: (_, row) => <TimelinessTag value={row.timeliness} /> },
        ]}
      />
    </TableRegion>
  );
}
