import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

const NUL = '\u0000';
const MESSAGE = 'Không được chứa ký tự NUL (U+0000)';

/** The path (body.applicant.fullName, querystring.q, params.id: the contexts a validation problem names) of the first string or key holding a NUL, if any. */
export function findNul(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return value.includes(NUL) ? path : undefined;
  if (value === null || typeof value !== 'object' || depth > 64) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const childPath = Array.isArray(value) ? `${path}.${key}` : `${path}.${key.replaceAll(NUL, '\\0')}`;
    if (key.includes(NUL)) return childPath;
    const found = findNul(child, childPath, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * PostgreSQL refuses U+0000 in text and answers an error the app would report as a 500. The contracts reject it
 * in ids and dates; this check covers every other string, so a contract with a plain z.string() cannot pass one on.
 */
export function registerNulGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const path = findNul(request.params, 'params') ?? findNul(request.query, 'querystring') ?? findNul(request.body, 'body');
    if (path) throw new AppError('VALIDATION_FAILED', { errors: [{ path, message: MESSAGE }] });
  });
}
