/** Contracts of the notifications module: what officers, and the applicant on the portal, see of the messages sent about a dossier. */
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

/**
 * Why a notice was not sent (`skipped`), as the applicant can act on it: the account's e-mail address or phone number
 * is not verified yet (so it was not used), or there was none to send to.
 */
export const portalNoticeSkipReasons = ['email_unverified', 'phone_unverified', 'no_email', 'no_phone'] as const;
export const portalNoticeSkipReasonSchema = z.enum(portalNoticeSkipReasons);
export type PortalNoticeSkipReason = z.infer<typeof portalNoticeSkipReasonSchema>;

/** What the applicant can do on their profile page so the next notices reach them. */
export const portalNoticeFixes = ['verify_contact', 'add_contact'] as const;
export const portalNoticeFixSchema = z.enum(portalNoticeFixes);
export type PortalNoticeFix = z.infer<typeof portalNoticeFixSchema>;

/** A delivery's outcome as the applicant reads it: `logged` reached nobody, so it is never shown as sent. */
export const portalNoticeStatusLabels: Record<NotificationDeliveryStatus, string> = {
  sent: 'Đã gửi',
  logged: 'Chưa gửi tới bạn',
  failed: 'Gửi không thành công',
  skipped: 'Không gửi',
};

export const portalNoticeReasonLabels: Record<PortalNoticeSkipReason, string> = {
  email_unverified: 'Địa chỉ thư điện tử của tài khoản chưa được xác minh.',
  phone_unverified: 'Số điện thoại của tài khoản chưa được xác minh.',
  no_email: 'Tài khoản và hồ sơ chưa có địa chỉ thư điện tử để gửi.',
  no_phone: 'Tài khoản và hồ sơ chưa có số điện thoại để gửi.',
};

/** The applicant's next step, or what has changed since, in plain words. */
export const portalNoticeNotes = {
  logged: 'Kênh gửi này chưa được kết nối với nhà cung cấp dịch vụ nên thông báo không đến được bạn. Tình trạng hồ sơ luôn được cập nhật trên trang này.',
  failed: 'Hệ thống không gửi được thông báo này. Tình trạng hồ sơ luôn được cập nhật trên trang này.',
  verify_contact: 'Hãy xác minh trong trang Thông tin tài khoản để nhận các thông báo tiếp theo.',
  add_contact: 'Hãy bổ sung và xác minh trong trang Thông tin tài khoản để nhận các thông báo tiếp theo.',
  fixed: 'Tài khoản của bạn nay đã được xác minh cho kênh này: các thông báo tiếp theo sẽ được gửi qua kênh này.',
} as const;
export type PortalNoticeNote = keyof typeof portalNoticeNotes;

/**
 * Which note goes with a notice (the server's `note` and the portal's translation of it alike): for a skip the
 * applicant can act on, the fix, or `fixed` once done; for a notice logged only or failed, that; else none.
 */
export function portalNoticeNoteOf(notice: { status: NotificationDeliveryStatus; reason: PortalNoticeSkipReason | null; fix: PortalNoticeFix | null }): PortalNoticeNote | null {
  if (notice.reason) return notice.fix ?? 'fixed';
  return notice.status === 'logged' || notice.status === 'failed' ? notice.status : null;
}

/** One notice as its applicant sees it on the portal: never the address or number it went to. */
export const portalNotice = z.object({
  id: z.string(),
  /** The dossier action it told about (several channels share it). */
  actionSeq: z.number().int(),
  /** When a provider accepted it, else when the system handled it. */
  at: isoInstant,
  /** The step of the dossier it told about, as in the dossier's progress: the action and the status it led to. */
  stepLabel: z.string(),
  stepStatusLabel: z.string().nullable(),
  /** The notice's headline. */
  subject: z.string(),
  channel: notificationChannelSchema,
  channelLabel: z.string(),
  status: notificationDeliveryStatusSchema,
  statusLabel: z.string(),
  /** Why it was not sent (`skipped` only); null when there is no reason the applicant can act on. */
  reason: portalNoticeSkipReasonSchema.nullable(),
  reasonLabel: z.string().nullable(),
  /** What to do on the profile page; null when nothing (or already done since). */
  fix: portalNoticeFixSchema.nullable(),
  note: z.string().nullable(),
});
export type PortalNotice = z.infer<typeof portalNotice>;

/** Newest first. */
export const portalNoticeList = z.object({ items: z.array(portalNotice) });
export type PortalNoticeList = z.infer<typeof portalNoticeList>;
