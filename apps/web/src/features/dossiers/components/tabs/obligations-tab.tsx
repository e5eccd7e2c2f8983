import type { DossierDetail } from '@motcua/shared';
import { Table } from 'antd';
import { TableRegion } from '@/components/table-region';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import { formatVnd } from '../../lib/format';
import type { DossierObligation } from '../../lib/types';

/** Fees and taxes the applicant owes; the clock waits while they are unpaid where the law says so. */
export function ObligationsTab({ dossier }: { dossier: DossierDetail }) {
  const { t, tOptional } = useI18n();
  return (
    <TableRegion label={t('dossiers.tab.obligations')} minWidth={900}>
      <Table<DossierObligation>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={dossier.obligations}
        locale={{ emptyText: t('dossiers.obligation.empty') }}
        data-testid="dossier-obligations"
        columns={[
          { title: t('dossiers.obligation.description'), dataIndex: 'description' },
          { title: t('dossiers.obligation.amount'), dataIndex: 'amount', width: 150, align: 'right', render: (amount: number) => formatVnd(amount) },
          { title: t('dossiers.consult.requestedAt'), dataIndex: 'requestedAt', width: 130, render: (value: string) => formatDateTime(value) },
          { title: t('dossiers.obligation.paidAt'), dataIndex: 'paidAt', width: 130, render: (value: string | null) => formatDateTime(value) },
          { title: t('dossiers.payment.receiptNumber'), dataIndex: 'receiptNumber', width: 150, render: (value: string | null) => value ?? '' },
          { title: t('dossiers.payment.method'), dataIndex: 'paymentMethod', width: 150, render: (value: string | null) => (value ? (tOptional(`dossiers.payment.${value}`) ?? value) : '') },
        ]}
      />
    </TableRegion>
  );
}
