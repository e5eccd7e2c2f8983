import { ReloadOutlined } from '@ant-design/icons';
import type { DossierDetail, NotificationDelivery } from '@motcua/shared';
import { Button, Skeleton, Table, Tag } from 'antd';
import type { HTMLAttributes } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { TableRegion } from '@/components/table-region';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import { deliveryStatusColors } from '@/lib/delivery-status';
import { useDossierNotifications } from '../../api/get-notifications';
import { useDossierLabels } from '../../lib/use-dossier-labels';

/**
 * What the applicant was told about the dossier, for the desk answering their call: one row per dossier action
 * and channel. The address or number it went to is not shown: the API never returns it.
 */
export function NotificationsTab({ dossier }: { dossier: DossierDetail }) {
  const { t } = useI18n();
  const labels = useDossierLabels();
  const notifications = useDossierNotifications(dossier.id);

  if (notifications.isPending) return <Skeleton active />;
  if (notifications.isError) return <ErrorAlert error={notifications.error} title={t('errors.loadFailed')} onRetry={() => void notifications.refetch()} />;
  const actionBySeq = new Map(dossier.actions.map((entry) => [entry.seq, entry]));

  return (
    <div data-testid="dossier-notifications">
      <div className="dossier-notifications-lead">
        <p className="muted-text">{t('dossiers.notifications.lead')}</p>
        <Button size="small" icon={<ReloadOutlined aria-hidden />} onClick={() => void notifications.refetch()} loading={notifications.isFetching}>
          {t('dossiers.notifications.reload')}
        </Button>
      </div>
      <TableRegion label={t('dossiers.tab.notifications')} minWidth={880}>
        <Table<NotificationDelivery>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={notifications.data.items}
          locale={{ emptyText: t('dossiers.notifications.empty') }}
          data-testid="notifications-table"
          onRow={(row) => ({ 'data-testid': 'notification-row', 'data-channel': row.channel, 'data-status': row.status }) as HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('dossiers.notifications.at'), dataIndex: 'createdAt', width: 130, render: (value: string) => formatDateTime(value) },
            {
              title: t('dossiers.notifications.event'),
              key: 'event',
              render: (_, row) => {
                const entry = actionBySeq.get(row.actionSeq);
                return (
                  <>
                    <span data-testid="notification-event">{entry ? labels.action(entry.action) : t('dossiers.notifications.actionNumber', { seq: row.actionSeq })}</span>
                    {entry ? <div className="muted-text">{t('dossiers.notifications.statusAfter', { status: labels.status(entry.toStatus) })}</div> : null}
                  </>
                );
              },
            },
            // The message went out in Vietnamese: its headline is shown as sent, whatever the interface language.
            { title: t('dossiers.notifications.message'), dataIndex: 'templateLabel', render: (value: string) => <span lang="vi">{value}</span> },
            {
              title: t('dossiers.notifications.channel'),
              dataIndex: 'channel',
              width: 110,
              render: (value: NotificationDelivery['channel']) => <span data-testid="notification-channel">{t(`dossiers.notifications.channel.${value}`)}</span>,
            },
            {
              title: t('dossiers.notifications.status'),
              key: 'status',
              width: 190,
              render: (_, row) => (
                <>
                  <Tag color={deliveryStatusColors[row.status]} className="notification-status-tag" data-testid="notification-status">
                    {t(`dossiers.notifications.status.${row.status}`)}
                  </Tag>
                  {row.status === 'logged' ? <div className="muted-text">{t('dossiers.notifications.loggedHint')}</div> : null}
                  {row.status === 'sent' && row.sentAt ? <div className="muted-text">{t('dossiers.notifications.sentAt', { time: formatDateTime(row.sentAt) })}</div> : null}
                </>
              ),
            },
            {
              title: t('dossiers.notifications.reason'),
              key: 'reason',
              width: 190,
              render: (_, row) =>
                row.status === 'failed' ? (
                  <span data-testid="notification-reason">
                    {t('dossiers.notifications.failedAfter', { count: row.attempts })}
                    {row.error ? <div className="muted-text">{t('dossiers.notifications.errorDetail', { error: row.error })}</div> : null}
                  </span>
                ) : row.error ? (
                  // Why a channel was skipped, in the server's words (no address or number to send to).
                  <span lang="vi" data-testid="notification-reason">{row.error}</span>
                ) : null,
            },
          ]}
        />
      </TableRegion>
    </div>
  );
}
