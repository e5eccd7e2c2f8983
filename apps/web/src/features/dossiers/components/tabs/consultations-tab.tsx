import type { DossierDetail } from '@motcua/shared';
import { Table } from 'antd';
import { TableRegion } from '@/components/table-region';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import type { DossierConsultation } from '../../lib/types';
import { TimelinessTag } from '../dossier-tags';

/** Opinions asked of other bodies, each with its own deadline. */
export function ConsultationsTab({ dossier }: { dossier: DossierDetail }) {
  const { t } = useI18n();
  return (
    <TableRegion label={t('dossiers.tab.consultations')} minWidth={1000}>
      <Table<DossierConsultation>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={dossier.consultations}
        locale={{ emptyText: t('dossiers.consult.empty') }}
        data-testid="dossier-consultations"
        columns={[
          { title: t('dossiers.consult.unit'), key: 'unit', render: (_, row) => row.unit.name },
          { title: t('dossiers.consult.question'), dataIndex: 'question' },
          { title: t('dossiers.consult.requestedAt'), dataIndex: 'requestedAt', width: 130, render: (value: string) => formatDateTime(value) },
          { title: t('dossiers.handovers.dueAt'), dataIndex: 'dueAt', width: 130, render: (value: string) => formatDateTime(value) },
          { title: t('dossiers.consult.answeredAt'), dataIndex: 'answeredAt', width: 130, render: (value: string | null) => formatDateTime(value) },
          { title: t('dossiers.consult.answer'), dataIndex: 'answer', render: (value: string | null) => value ?? '' },
          { title: t('dossiers.handovers.timeliness'), key: 'timeliness', width: 130, render: (_, row) => <TimelinessTag value={row.timeliness} /> },
        ]}
      />
    </TableRegion>
  );
}
