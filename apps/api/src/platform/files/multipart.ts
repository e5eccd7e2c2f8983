import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';

/**
 * The first file part of a multipart request with its bytes read. A body the multipart parser cannot read (no
 * boundary, a boundary the body never uses, cut short) is the client's mistake: 400, not 500. The plugin's own
 * errors (file too large, not multipart at all) carry their status and pass through.
 */
export async function readFilePart(request: FastifyRequest): Promise<{ part: MultipartFile; bytes: Buffer } | undefined> {
  try {
    const part = await request.file();
    return part ? { part, bytes: await part.toBuffer() } : undefined;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode) throw error;
    throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'body', message: 'Không đọc được dữ liệu multipart/form-data (thiếu hoặc sai boundary, dữ liệu bị cắt)' }] });
  }
}
