import type { FastifyReply } from 'fastify';

export interface FileToSend {
  bytes: Buffer;
  fileName: string;
  mediaType?: string;
}

/** A file answer: its type, its name in UTF-8 for any browser, and never cached (files hold personal data). */
export function sendFile(reply: FastifyReply, file: FileToSend, disposition: 'inline' | 'attachment' = 'inline') {
  return reply
    .type(file.mediaType ?? 'application/pdf')
    .header('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('cache-control', 'private, no-store')
    .send(file.bytes);
}
