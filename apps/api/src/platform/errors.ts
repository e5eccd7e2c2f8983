import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { errorCatalog, PROBLEM_TYPE_BASE, type ErrorCode, type FieldError, type Problem } from '@motcua/shared';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

/** The one error type use cases throw: a stable code, an optional user-facing detail and field errors. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly options: { detail?: string; errors?: FieldError[]; extensions?: Record<string, unknown>; internal?: string } = {},
  ) {
    super(options.internal ?? options.detail ?? code);
  }
}

export const notFound = (detail?: string) => new AppError('NOT_FOUND', detail ? { detail } : {});
export const fieldError = (path: string, message: string, code: ErrorCode = 'VALIDATION_FAILED') =>
  new AppError(code, { errors: [{ path, message }] });

/** `instance` is left out where the URL is what the framework rejected: a problem never echoes it. */
export function problemOf(code: ErrorCode, instance: string | undefined, options: AppError['options'] = {}): Problem {
  const entry = errorCatalog[code];
  return {
    type: `${PROBLEM_TYPE_BASE}${code.toLowerCase().replaceAll('_', '-')}`,
    title: entry.vi,
    status: entry.status,
    code,
    ...(options.detail ? { detail: options.detail } : {}),
    ...(instance !== undefined ? { instance } : {}),
    ...(options.errors ? { errors: options.errors } : {}),
    ...options.extensions,
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type('application/problem+json').send(problem);
}

function validationProblem(error: FastifyError, request: FastifyRequest): Problem {
  const context = error.validationContext ?? 'body';
  const errors = (error.validation ?? []).map((v) => ({
    path: [context, ...v.instancePath.split('/').filter(Boolean)].join('.'),
    message: v.message ?? 'không hợp lệ',
  }));
  return problemOf('VALIDATION_FAILED', request.url, { errors });
}

export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export function registerErrorHandling(app: FastifyInstance, spaIndex: boolean): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      const retryAfter = error.options.extensions?.retryAfterSeconds;
      if (typeof retryAfter === 'number') void reply.header('retry-after', String(retryAfter));
      return sendProblem(reply, problemOf(error.code, request.url, error.options));
    }
    if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
      return sendProblem(reply, validationProblem(error, request));
    }
    if (isUniqueViolation(error)) return sendProblem(reply, problemOf('DUPLICATE', request.url));
    if (error.statusCode === 429) return sendProblem(reply, problemOf('RATE_LIMITED', request.url));
    if (error.code === 'FST_REQ_FILE_TOO_LARGE') return sendProblem(reply, problemOf('FILE_TOO_LARGE', request.url));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own rejections (body parsing, content type) quote what they refused; the problem says only what failed.
      const code: ErrorCode = error.statusCode === 404 ? 'NOT_FOUND' : error.statusCode === 413 ? 'FILE_TOO_LARGE' : error.statusCode === 415 ? 'UNSUPPORTED_FILE_TYPE' : 'BAD_REQUEST';
      return sendProblem(reply, problemOf(code, undefined));
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, problemOf('INTERNAL', request.url));
  });
  // With the web shells built, every non-API GET is a route of the single-page app (portal at /, back office at /admin).
  app.setNotFoundHandler((request, reply) => {
    if (spaIndex && request.method === 'GET' && !request.url.startsWith('/api/')) return reply.type('text/html').sendFile('index.html');
    return sendProblem(reply, problemOf('NOT_FOUND', undefined));
  });
}

/** Fastify's `frameworkErrors`: a URL the router cannot decode, or a path parameter over `maxParamLength`. */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const code: ErrorCode = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'URI_TOO_LONG' : error.code === 'FST_ERR_BAD_URL' ? 'BAD_REQUEST' : 'INTERNAL';
  if (code === 'INTERNAL') request.log.error({ err: error }, 'framework error');
  return sendProblem(reply, problemOf(code, undefined));
}

/** Past this length an overflowing request is blamed on its address rather than its headers. */
const REQUEST_LINE_MAX = 8 * 1024;

function overflowCode(rawPacket: unknown): ErrorCode {
  if (!Buffer.isBuffer(rawPacket)) return 'HEADERS_TOO_LARGE';
  const lineEnd = rawPacket.indexOf('\r\n');
  const startsRequest = /^[A-Z]+ /.test(rawPacket.subarray(0, 16).toString('latin1'));
  return startsRequest && (lineEnd === -1 ? rawPacket.length : lineEnd) > REQUEST_LINE_MAX ? 'URI_TOO_LONG' : 'HEADERS_TOO_LARGE';
}

/**
 * Node's `clientError`: requests its HTTP parser refuses before Fastify sees them (headers or request line over
 * maxHeaderSize, malformed request lines, slow senders). Answers problem+json and closes the connection.
 */
export function clientErrorHandler(this: FastifyInstance, error: Error & { code?: string; rawPacket?: unknown }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const code: ErrorCode = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 'REQUEST_TIMEOUT' : error.code === 'HPE_HEADER_OVERFLOW' ? overflowCode(error.rawPacket) : 'BAD_REQUEST';
  this.log.debug({ code: error.code }, 'client error');
  if (socket.writable) {
    const body = JSON.stringify(problemOf(code, undefined));
    const status = errorCatalog[code].status;
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy(error);
}
