import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import type { JobWorker } from '../../platform/jobs/jobs.ts';
import { findApplicantContact } from '../applicants/index.ts';
import type { DossierEvents } from '../dossiers/index.ts';
import { deliverNotifications, type AccountContactLookup } from './actions/deliver-notifications.ts';
import { LoggingChannel, SmtpEmailChannel, type ChannelLog, type NotificationChannel } from './channels.ts';
import { notificationRoutes } from './notifications.routes.ts';

export { LoggingChannel, SmtpEmailChannel, type ChannelKind, type NotificationChannel, type NotificationMessage } from './channels.ts';
export { notifiesApplicant, templateFor, type TemplateKey } from './notify-rules.ts';

/**
 * E-mail through SMTP when a server is configured (logged otherwise), and SMS through the logging provider: a real
 * SMS or Zalo provider implements NotificationChannel and takes its place here.
 */
export function defaultChannels(ctx: AppContext, log: ChannelLog): NotificationChannel[] {
  const email: NotificationChannel = ctx.config.mail.smtpUrl ? new SmtpEmailChannel(ctx.config.mail.smtpUrl, ctx.config.mail.from) : new LoggingChannel('email', log);
  return [email, new LoggingChannel('sms', log)];
}

const portalAccountContact: AccountContactLookup = (ctx, accountId) => findApplicantContact(ctx.db, accountId);

/** Returns its channels, for other modules that write to applicants (verification codes); it closes them. */
export function notificationsModule(app: FastifyInstance, ctx: AppContext, _worker: JobWorker, dossierEvents: DossierEvents): readonly NotificationChannel[] {
  const channels = defaultChannels(ctx, (msg, extra) => app.log.info(extra, msg));
  notificationRoutes(app, ctx);
  dossierEvents.subscribe('notifications', async (event) => deliverNotifications({ ctx, channels, findAccountContact: portalAccountContact }, event));
  app.addHook('onClose', async () => {
    for (const channel of channels) await channel.close?.();
  });
  return channels;
}
