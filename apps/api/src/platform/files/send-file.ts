import type { FastifyReply } from 'fastify';
import { safeFileName } from './file-name.ts';

export interface FileToSend {
  bytes: Buffer;
  fileName: string;
  mediaType?: string;
}

/**
 * RFC 6266 Content-Disposition for a stored name (rows older than the upload sanitizer included): the UTF-8 name as
 * RFC 8187 `filename*` (only attr-chars left bare, so no quote, semicolon or parenthesis reaches the header) and a
 * plain ASCII `filename` for clients that ignore it.
 */
export function contentDisposition(disposition: 'inline' | 'attachment', fileName: string): string {
  const name = safeFileName(fileName);
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D')).replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** A file answer: its type, its name in UTF-8 for any browser, and never cached (files hold personal data). */
export function sendFile(reply: FastifyReply, file: FileToSend, disposition: 'inline' | 'attachment' = 'inline') {
  return reply
    .type(file.mediaType ?? 'application/pdf')
    .header('content-disposition', contentDisposition(disposition, file.fileName))
    .header('cache-control', 'private, no-store')
    .send(file.bytes);
}
