/**
 * Tells the applicant about one dossier action, on every channel, at most once per channel. Runs as the
 * notifications module's own durable job, which may run twice: a channel already sent, logged or skipped for this
 * action is left alone, a failed one is tried again. A channel that only writes to the log (no real provider
 * configured) is recorded as `logged`: nobody received it, so it is never shown as sent. A failure is recorded and
 * thrown, so the job worker retries it with back-off up to its attempt limit; the other channels' deliveries stand.
 */
import { isDossierStatus } from '@motcua/shared';
import type { AppContext } from '../../../platform/context.ts';
import { newId } from '../../../platform/ids.ts';
import { findDossierActionForNotification, findDossierForNotification, type DossierEvent, type DossierForNotification } from '../../dossiers/index.ts';
import { maskContacts, type ChannelKind, type NotificationChannel } from '../channels.ts';
import { findDelivery, recordDelivery, type DeliveryRow } from '../notifications.queries.ts';
import { notifiesApplicant, templateFor } from '../notify-rules.ts';
import { skipReasonTexts } from '../skip-reasons.ts';
import { renderNotification } from '../templates.ts';

export interface Contact {
  email: string | null;
  phone: string | null;
}

/** The portal account's verified contact, and its contact not yet verified; undefined when the account is gone. */
export type AccountContactLookup = (ctx: AppContext, accountId: string) => Promise<(Contact & { unverified: string[] }) | undefined>;

export interface NotificationDeps {
  ctx: AppContext;
  channels: readonly NotificationChannel[];
  findAccountContact: AccountContactLookup;
}

const missingContact: Record<ChannelKind, string> = {
  email: skipReasonTexts.no_email,
  sms: skipReasonTexts.no_phone,
  zalo: skipReasonTexts.no_phone,
};

const unverifiedContact: Record<ChannelKind, string> = {
  email: skipReasonTexts.email_unverified,
  sms: skipReasonTexts.phone_unverified,
  zalo: skipReasonTexts.phone_unverified,
};

type Recipient = { [K in keyof Contact]: { to: string } | { to: null; reason: string } };

/**
 * A portal account's verified contact first (kept current by its owner), the one written on the dossier otherwise —
 * unless that is the account's own address not yet verified: the portal prefills the dossier from the profile, and
 * an unproven address may be a stranger's.
 */
async function recipientOf(deps: NotificationDeps, dossier: DossierForNotification): Promise<Recipient> {
  const account = dossier.applicantAccountId ? await deps.findAccountContact(deps.ctx, dossier.applicantAccountId) : undefined;
  const clean = (v: string | null | undefined) => (v && v.trim() !== '' ? v.trim() : null);
  const unverified = new Set((account?.unverified ?? []).map((v) => v.trim().toLowerCase()));
  const pick = (fromAccount: string | null | undefined, fromDossier: string | null | undefined, kind: ChannelKind): Recipient['email'] => {
    const verified = clean(fromAccount);
    if (verified) return { to: verified };
    const typed = clean(fromDossier);
    if (typed && unverified.has(typed.toLowerCase())) return { to: null, reason: unverifiedContact[kind] };
    return typed ? { to: typed } : { to: null, reason: missingContact[kind] };
  };
  return { email: pick(account?.email, dossier.applicantEmail, 'email'), phone: pick(account?.phone, dossier.applicantPhone, 'sms') };
}

export async function deliverNotifications(deps: NotificationDeps, event: DossierEvent): Promise<void> {
  const { ctx } = deps;
  const action = await findDossierActionForNotification(ctx.db, event.dossierId, event.seq);
  if (!action || !notifiesApplicant(action.action, action.fromStatus, action.toStatus) || !isDossierStatus(action.toStatus)) return;
  const dossier = await findDossierForNotification(ctx.db, event.dossierId);
  if (!dossier) return;

  const template = templateFor(action.action, action.toStatus);
  const base = ctx.config.publicBaseUrl;
  const links = {
    lookup: `${base}/dossier-lookup/${encodeURIComponent(dossier.code)}`,
    portal: dossier.applicantAccountId ? `${base}/account/dossiers/${encodeURIComponent(dossier.id)}` : null,
    accountHome: `${base}/account/dossiers`,
  };
  const rendered = renderNotification({ template, dossier, action, links });
  const recipient = await recipientOf(deps, dossier);

  const failures: string[] = [];
  for (const channel of deps.channels) {
    const existing = await findDelivery(ctx.db, dossier.id, action.seq, channel.kind);
    if (existing && existing.status !== 'failed') continue;
    const now = () => ctx.clock.now().toISOString();
    const row = (patch: Pick<DeliveryRow, 'status' | 'attempts' | 'provider_id' | 'error' | 'sent_at'>): DeliveryRow => ({
      id: existing?.id ?? newId(), dossier_id: dossier.id, action_seq: action.seq, channel: channel.kind, template,
      created_at: existing?.created_at ?? now(), updated_at: now(), ...patch,
    });
    const target = channel.kind === 'email' ? recipient.email : recipient.phone;
    if (target.to === null) {
      await recordDelivery(ctx.db, row({ status: 'skipped', attempts: existing?.attempts ?? 0, provider_id: null, error: target.reason, sent_at: null }));
      continue;
    }
    const to = target.to;
    const attempts = (existing?.attempts ?? 0) + 1;
    try {
      const sent = await channel.send({ to, dossierCode: dossier.code, template, subject: rendered.subject, text: channel.kind === 'email' ? rendered.text : rendered.short });
      await recordDelivery(ctx.db, row(channel.logsOnly
        ? { status: 'logged', attempts, provider_id: null, error: null, sent_at: null }
        : { status: 'sent', attempts, provider_id: sent.providerId ?? null, error: null, sent_at: now() }));
    } catch (error) {
      const message = maskContacts(error instanceof Error ? error.message : String(error));
      await recordDelivery(ctx.db, row({ status: 'failed', attempts, provider_id: null, error: message, sent_at: null }));
      failures.push(`${channel.kind}: ${message}`);
    }
  }
  if (failures.length > 0) throw new Error(`notification of dossier ${dossier.code} action ${action.seq} failed (${failures.join('; ')})`);
}
