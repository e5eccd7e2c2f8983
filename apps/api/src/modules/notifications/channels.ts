/**
 * Where notifications go: each channel is a small interface, so a real SMS or Zalo provider plugs in without
 * touching the use case. Logs name the dossier code, the channel and the template only, never the recipient.
 */
import nodemailer, { type Transporter } from 'nodemailer';

export type ChannelKind = 'email' | 'sms' | 'zalo';
export const channelKinds: readonly ChannelKind[] = ['email', 'sms', 'zalo'];

export interface NotificationMessage {
  /** An e-mail address or a phone number, by channel. */
  to: string;
  /** The dossier the message is about; absent for an account's own messages (the applicants module's verification codes). */
  dossierCode?: string;
  template: string;
  /** E-mail only. */
  subject: string;
  /** The full text for e-mail; the short text for SMS and Zalo. */
  text: string;
}

export interface NotificationChannel {
  kind: ChannelKind;
  /** Only writes to the server's log (no real provider configured): the delivery is recorded as `logged`, not `sent`. */
  readonly logsOnly?: boolean;
  send(message: NotificationMessage): Promise<{ providerId?: string }>;
  close?(): Promise<void> | void;
}

export type ChannelLog = (msg: string, extra: { dossierCode?: string; channel: ChannelKind; template: string }) => void;

/** The default provider for SMS and Zalo, and for e-mail when no SMTP server is configured: writes one log line. */
export class LoggingChannel implements NotificationChannel {
  readonly logsOnly = true;

  constructor(
    readonly kind: ChannelKind,
    private readonly log: ChannelLog,
  ) {}

  async send(message: NotificationMessage): Promise<{ providerId?: string }> {
    this.log('notification logged instead of sent', { dossierCode: message.dossierCode, channel: this.kind, template: message.template });
    return { providerId: 'log' };
  }
}

/** E-mail through an SMTP server (smtp://user:pass@host:port or smtps://…). */
export class SmtpEmailChannel implements NotificationChannel {
  readonly kind = 'email' as const;
  private readonly transporter: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    // Short timeouts: a job holds its lease for a minute; a hanging server must fail the attempt, not the lease.
    this.transporter = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000, logger: false });
  }

  async send(message: NotificationMessage): Promise<{ providerId?: string }> {
    const info = (await this.transporter.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text })) as { messageId?: string };
    return info.messageId ? { providerId: info.messageId } : {};
  }

  close(): void {
    this.transporter.close();
  }
}

const EMAIL = /[^\s<>()"'@,;:]+@[^\s<>()"'@,;:]+/g;
const PHONE = /\+?\d[\d .-]{7,}\d/g;

/** A provider's error may quote the recipient ("550 <x@y>: no such user"): masked before it is stored or thrown. */
export function maskContacts(text: string): string {
  return text.replace(EMAIL, '[địa chỉ]').replace(PHONE, '[số]').slice(0, 500);
}
