/**
 * A real SMTP server on loopback for tests (integration and browser): it accepts every message without
 * authentication or TLS and keeps it, decoded, so a test can read the recipient, the subject and the Vietnamese
 * text. Not used by the application itself.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CapturedMail {
  /** Envelope recipients (RCPT TO). */
  to: string[];
  from: string | null;
  /** Header names in lower case, values unfolded and decoded. */
  headers: Record<string, string>;
  subject: string;
  /** The text/plain body, decoded from quoted-printable or base64 into UTF-8. */
  text: string;
  raw: string;
}

export interface TestSmtpServer {
  /** smtp://127.0.0.1:<port>, for the SMTP_URL setting. */
  url: string;
  port: number;
  messages: CapturedMail[];
  /** The next n recipients are refused with a temporary error (450) that quotes the address. */
  refuseNext(n: number): void;
  /** Resolves once at least `count` messages have arrived (default 5 s). */
  waitForMessages(count: number, timeoutMs?: number): Promise<CapturedMail[]>;
  close(): Promise<void>;
}

export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const messages: CapturedMail[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refusals > 0) {
        refusals -= 1;
        return callback(Object.assign(new Error(`Mailbox <${address.address}> temporarily unavailable`), { responseCode: 450 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('latin1');
        const parsed = decodeMail(raw);
        const from = session.envelope.mailFrom;
        messages.push({ ...parsed, raw, to: session.envelope.rcptTo.map((r) => r.address), from: from ? from.address : null });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    refuseNext: (n) => void (refusals = n),
    async waitForMessages(count, timeoutMs = 5_000) {
      const until = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > until) throw new Error(`expected ${count} e-mails at the test SMTP server, got ${messages.length}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      return messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// ---------------------------------------------------------------- a small MIME reader (mailparser is not a dependency)

function splitHead(raw: string): { head: string; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  if (at < 0) return { head: raw, body: '' };
  const sep = /\r?\n\r?\n/.exec(raw.slice(at))![0];
  return { head: raw.slice(0, at), body: raw.slice(at + sep.length) };
}

function parseHeaders(head: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!(name in out)) out[name] = line.slice(colon + 1).trim();
  }
  return out;
}

/** Quoted-printable to bytes; `header` also turns "_" into a space (RFC 2047 "Q"). */
export function decodeQuotedPrintable(text: string, header = false): Buffer {
  const s = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const hex = s.slice(i + 1, i + 3);
    if (s[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (header && s[i] === '_') bytes.push(0x20);
    else bytes.push(s.charCodeAt(i) & 0xff);
  }
  return Buffer.from(bytes);
}

/** Raw 8-bit header text was read as latin1 with the rest of the message. */
const utf8 = (latin1: string) => Buffer.from(latin1, 'latin1').toString('utf8');

/** RFC 2047 encoded words; adjacent words are joined before decoding (a character may span two). */
export function decodeHeaderValue(value: string): string {
  const word = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;
  let out = '';
  let pending: Buffer[] = [];
  let last = 0;
  const flush = () => {
    if (pending.length) out += Buffer.concat(pending).toString('utf8');
    pending = [];
  };
  for (let m = word.exec(value); m; m = word.exec(value)) {
    const between = value.slice(last, m.index);
    if (!(pending.length && /^\s*$/.test(between))) {
      flush();
      out += utf8(between);
    }
    pending.push(m[2]!.toUpperCase() === 'B' ? Buffer.from(m[3]!, 'base64') : decodeQuotedPrintable(m[3]!, true));
    last = m.index + m[0].length;
  }
  flush();
  return out + utf8(value.slice(last));
}

function decodeBody(body: string, encoding: string | undefined): string {
  const e = (encoding ?? '7bit').toLowerCase();
  const bytes = e === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64') : e === 'quoted-printable' ? decodeQuotedPrintable(body) : Buffer.from(body, 'latin1');
  return bytes.toString('utf8');
}

function textPart(headers: Record<string, string>, body: string): string {
  const type = headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    const parts = body.split(`--${boundary}`).slice(1).filter((p) => !p.startsWith('--'));
    for (const part of parts) {
      const { head, body: partBody } = splitHead(part.replace(/^\r?\n/, ''));
      const text = textPart(parseHeaders(head), partBody);
      if (text) return text;
    }
    return '';
  }
  return /^text\/plain/i.test(type) ? decodeBody(body, headers['content-transfer-encoding']).replace(/\r\n/g, '\n').replace(/\n$/, '') : '';
}

/** Headers, subject and plain text of a raw message (as received, bytes read as latin1). */
export function decodeMail(raw: string): { headers: Record<string, string>; subject: string; text: string } {
  const { head, body } = splitHead(raw);
  const rawHeaders = parseHeaders(head);
  const headers = Object.fromEntries(Object.entries(rawHeaders).map(([k, v]) => [k, decodeHeaderValue(v)]));
  return { headers, subject: headers.subject ?? '', text: textPart(rawHeaders, body) };
}
