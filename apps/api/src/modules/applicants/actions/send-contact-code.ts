/**
 * The durable job behind every verification code: it makes the code, stores its salted hash, and hands the code to
 * the e-mail or SMS channel. The code exists only in this job's memory and in the message; a retry (the provider
 * failed) makes a new code, so the last message to arrive always holds the code in force.
 */
import { randomToken } from '../../../platform/ids.ts';
import { addMinutes } from '../../../platform/clock.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { NotificationChannel } from '../../notifications/index.ts';
import { findAccount } from '../applicants.queries.ts';
import { CODE_VALID_MINUTES, contactHash, contactOf, hashCode, newCode } from '../contact-code.ts';
import { CONTACT_CODE_TEMPLATE, contactCodeMessage } from '../contact-code-message.ts';
import { closeContactCode, findContactCode, markCodeSent, storeCodeHash } from '../contact-codes.queries.ts';

export interface ContactCodeDeps {
  ctx: AppContext;
  channels: readonly NotificationChannel[];
  /** Where a code goes when its channel only writes to the log, outside production (see the module's README). */
  logCode: (msg: string, extra: { channel: string; code: string }) => void;
}

export async function sendContactCode(deps: ContactCodeDeps, payload: { codeId: string; registration?: boolean }): Promise<void> {
  const { ctx } = deps;
  const row = await findContactCode(ctx.db, payload.codeId);
  if (!row || row.status !== 'open' || row.sent_at) return;
  const now = ctx.clock.now().toISOString();
  const account = await findAccount(ctx.db, row.account_id);
  const channelName = row.channel === 'email' ? 'email' : 'phone';
  const to = account ? contactOf(account, channelName) : null;
  if (!account || !to || contactHash(to) !== row.contact_sha256) {
    await closeContactCode(ctx.db, row.id, 'replaced', now);
    return;
  }
  const channel = deps.channels.find((c) => c.kind === (channelName === 'email' ? 'email' : 'sms'));
  if (!channel) throw new Error(`no ${channelName} channel for verification codes`);

  const code = newCode();
  const salt = randomToken(16);
  const expiresAt = addMinutes(now, CODE_VALID_MINUTES);
  if (!(await storeCodeHash(ctx.db, row.id, { code_hash: hashCode(code, salt), code_salt: salt, expires_at: expiresAt }))) return;
  const message = contactCodeMessage({ channel: channelName, fullName: account.full_name, code, expiresAt, profileUrl: `${ctx.config.publicBaseUrl}/account/profile`, registration: payload.registration === true });
  await channel.send({ to, template: CONTACT_CODE_TEMPLATE, subject: message.subject, text: message.text });
  await markCodeSent(ctx.db, row.id, ctx.clock.now().toISOString(), channel.logsOnly ? 'logged' : 'sent');
  // Without a real provider nobody could ever verify; a test or demo installation shows the code in its log instead.
  if (channel.logsOnly && ctx.config.env !== 'production') deps.logCode('verification code written to the log (no provider configured; never in production)', { channel: channel.kind, code });
}
