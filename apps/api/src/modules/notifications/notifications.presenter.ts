import { notificationDeliveryStatusLabels, type NotificationDelivery } from '@motcua/shared';
import { templateKeys, templateLabels, type TemplateKey } from './notify-rules.ts';
import type { DeliveryRow } from './notifications.queries.ts';

const channelLabels = { email: 'Thư điện tử', sms: 'Tin nhắn SMS', zalo: 'Zalo' } as const;

/** What an officer sees of a delivery: never the address or number it went to. */
export function presentDelivery(row: DeliveryRow): NotificationDelivery {
  const template = (templateKeys as readonly string[]).includes(row.template) ? (row.template as TemplateKey) : 'status_changed';
  return {
    id: row.id,
    actionSeq: row.action_seq,
    channel: row.channel,
    channelLabel: channelLabels[row.channel],
    template: row.template,
    templateLabel: templateLabels[template],
    status: row.status,
    statusLabel: notificationDeliveryStatusLabels[row.status],
    attempts: row.attempts,
    error: row.error,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}
