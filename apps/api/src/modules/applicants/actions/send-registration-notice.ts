/** The durable job telling an address's owner that someone tried to register it again (no account was created). */
import type { ContactChannel } from '@motcua/shared';
import type { AppContext } from '../../../platform/context.ts';
import type { NotificationChannel } from '../../notifications/index.ts';
import { findAccount } from '../applicants.queries.ts';
import { contactHash, contactOf } from '../contact-code.ts';
import { registrationNoticeMessage } from '../contact-code-message.ts';

export const REGISTRATION_NOTICE_JOB = 'applicants.registration_notice';
export const REGISTRATION_NOTICE_TEMPLATE = 'registration_attempt';

export interface RegistrationNoticePayload {
  accountId: string;
  channel: ContactChannel;
  /** The address that was typed, hashed: the notice goes nowhere if the account has changed it since. */
  contactSha256: string;
}

export async function sendRegistrationNotice(ctx: AppContext, channels: readonly NotificationChannel[], payload: RegistrationNoticePayload): Promise<void> {
  const account = await findAccount(ctx.db, payload.accountId);
  const to = account ? contactOf(account, payload.channel) : null;
  if (!account || !to || contactHash(to) !== payload.contactSha256) return;
  const channel = channels.find((c) => c.kind === (payload.channel === 'email' ? 'email' : 'sms'));
  if (!channel) throw new Error(`no ${payload.channel} channel for registration notices`);
  const message = registrationNoticeMessage({ channel: payload.channel, fullName: account.full_name, loginUrl: `${ctx.config.publicBaseUrl}/account/login` });
  await channel.send({ to, template: REGISTRATION_NOTICE_TEMPLATE, subject: message.subject, text: message.text });
}
