/**
 * Per-account limits on uploads, so one logged-in account cannot fill the disk: a rate (uploads per minute, keyed by
 * the account, higher for officers scanning at the desk) and, for applicants, a byte quota over the last 24 hours
 * computed from the files they stored.
 */
import type { FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import type { Actor } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { sumUploadedBytesSince } from './files.queries.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Route config for an upload route: counted per account (the session layer has already named the actor). */
export function uploadRateLimit(config: Config) {
  const { applicant, officer } = config.uploads.ratePerMinute;
  return {
    timeWindow: '1 minute',
    keyGenerator: (request: FastifyRequest) => (request.actor ? `upload:${request.actor.kind}:${request.actor.id}` : `upload:ip:${request.ip}`),
    max: (request: FastifyRequest) => (request.actor?.kind === 'officer' ? officer : applicant),
  };
}

/** Refuses (429) an applicant's upload that would take their last 24 hours over UPLOAD_QUOTA_MB_PER_DAY. */
export async function checkUploadQuota(ctx: AppContext, actor: Pick<Actor, 'kind' | 'id'>, size: number): Promise<void> {
  if (actor.kind !== 'applicant') return;
  const quota = ctx.config.uploads.applicantBytesPerDay;
  const used = await sumUploadedBytesSince(ctx.db, actor.kind, actor.id, new Date(ctx.clock.now().getTime() - DAY_MS).toISOString());
  if (used + size > quota) {
    throw new AppError('UPLOAD_QUOTA_EXCEEDED', {
      detail: `Trong 24 giờ qua tài khoản đã tải lên ${mb(used)} MB; mỗi tài khoản được tải lên tối đa ${mb(quota)} MB trong 24 giờ.`,
      extensions: { usedBytes: used, quotaBytes: quota },
    });
  }
}
