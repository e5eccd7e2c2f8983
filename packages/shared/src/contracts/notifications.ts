/** Contracts of the notifications module: what officers see of the messages sent to an applicant about a dossier. */
import { z } from 'zod';
import { isoInstant } from './common.ts';

export const notificationChannels = ['email', 'sms', 'zalo'] as const;
export const notificationChannelSchema = z.enum(notificationChannels);
export type NotificationChannelKind = z.infer<typeof notificationChannelSchema>;

/**
 * `sent`: a real provider (an SMTP server, an SMS or Zalo gateway) accepted it; `logged`: only written to the server's
 * log, because no real provider is configured for the channel: nobody received it; `failed`: refused, retried by
 * the job; `skipped`: no address or number to send to.
 */
export const notificationDeliveryStatuses = ['sent', 'logged', 'failed', 'skipped'] as const;
export const notificationDeliveryStatusSchema = z.enum(notificationDeliveryStatuses);
export type NotificationDeliveryStatus = z.infer<typeof notificationDeliveryStatusSchema>;

export const notificationDeliveryStatusLabels: Record<NotificationDeliveryStatus, string> = {
  sent: 'Đã gửi',
  logged: 'Chỉ ghi nhật ký (chưa cấu hình gửi thật)',
  failed: 'Gửi lỗi',
  skipped: 'Không gửi',
};

/** One delivery as officers see it: never the address or number it went to. */
export const notificationDelivery = z.object({
  id: z.string(),
  actionSeq: z.number().int(),
  channel: notificationChannelSchema,
  channelLabel: z.string(),
  template: z.string(),
  templateLabel: z.string(),
  status: notificationDeliveryStatusSchema,
  statusLabel: z.string(),
  attempts: z.number().int(),
  /** Why it failed or was skipped, any address or number masked. */
  error: z.string().nullable(),
  createdAt: isoInstant,
  /** When a real provider accepted it; null unless `sent`. */
  sentAt: isoInstant.nullable(),
});
export type NotificationDelivery = z.infer<typeof notificationDelivery>;

export const notificationDeliveryList = z.object({ items: z.array(notificationDelivery) });
export type NotificationDeliveryList = z.infer<typeof notificationDeliveryList>;
