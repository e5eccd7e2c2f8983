import {
  dossierActionDefinitions, dossierStatusDefinitions, isDossierAction, isDossierStatus, notificationDeliveryStatusLabels, portalNoticeNoteOf, portalNoticeNotes,
  portalNoticeReasonLabels, portalNoticeStatusLabels, type NotificationDelivery, type PortalNotice, type PortalNoticeFix,
} from '@motcua/shared';
import { templateKeys, templateLabels, type TemplateKey } from './notify-rules.ts';
import type { DeliveryRow } from './notifications.queries.ts';
import { skipReasonOf } from './skip-reasons.ts';

const channelLabels = { email: 'Thư điện tử', sms: 'Tin nhắn SMS', zalo: 'Zalo' } as const;

const templateOf = (row: DeliveryRow): TemplateKey => ((templateKeys as readonly string[]).includes(row.template) ? (row.template as TemplateKey) : 'status_changed');

/** What an officer sees of a delivery: never the address or number it went to. */
export function presentDelivery(row: DeliveryRow): NotificationDelivery {
  const template = templateOf(row);
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

/** The dossier action a notice told about. */
export interface NoticeStep {
  action: string;
  toStatus: string;
}

/** Which of the account's contacts are verified now (a notice skipped for want of one may be fixed since). */
export interface VerifiedNow {
  email: boolean;
  phone: boolean;
}

/** What the applicant sees of a delivery on the portal: plain words, what to do about it, never the address or number. */
export function presentPortalNotice(row: DeliveryRow, step: NoticeStep | undefined, verifiedNow: VerifiedNow): PortalNotice {
  const reason = row.status === 'skipped' ? skipReasonOf(row.error) : null;
  let fix: PortalNoticeFix | null = null;
  if (reason) {
    const fixed = reason === 'email_unverified' || reason === 'no_email' ? verifiedNow.email : verifiedNow.phone;
    fix = fixed ? null : reason.endsWith('_unverified') ? 'verify_contact' : 'add_contact';
  }
  const note = portalNoticeNoteOf({ status: row.status, reason, fix });
  const headline = templateLabels[templateOf(row)];
  return {
    id: row.id,
    actionSeq: row.action_seq,
    at: row.sent_at ?? row.created_at,
    stepLabel: step && isDossierAction(step.action) ? dossierActionDefinitions[step.action].label : headline,
    stepStatusLabel: step && isDossierStatus(step.toStatus) ? dossierStatusDefinitions[step.toStatus].label : null,
    subject: headline,
    channel: row.channel,
    channelLabel: channelLabels[row.channel],
    status: row.status,
    statusLabel: portalNoticeStatusLabels[row.status],
    reason,
    reasonLabel: reason ? portalNoticeReasonLabels[reason] : null,
    fix,
    note: note ? portalNoticeNotes[note] : null,
  };
}
