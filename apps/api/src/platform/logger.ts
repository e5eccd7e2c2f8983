import type { FastifyServerOptions } from 'fastify';
import { randomUUID } from 'node:crypto';

/**
 * Personal identifiers never reach the logs: cookies, credentials, and any field that may hold a citizen ID,
 * tax code, phone, email or password are censored wherever pino sees them.
 */
export const redactPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.totpCode',
  '*.citizenId',
  '*.citizen_id',
  '*.taxCode',
  '*.phone',
  '*.email',
];

export function loggerOptions(level: string, stream?: { write(line: string): void }): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: { paths: redactPaths, censor: '[redacted]' },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({ method: req.method, url: req.url.split('?')[0], id: req.id }),
    },
  };
}

export const genReqId = (req: { headers: Record<string, unknown> }): string => {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(incoming) ? incoming : randomUUID();
};
