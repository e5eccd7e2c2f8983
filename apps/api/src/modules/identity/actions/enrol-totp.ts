import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { AppError } from '../../../platform/errors.ts';
import { findOfficer, updateOfficer } from '../identity.queries.ts';
import { checkTotp, newTotpSecret, totpUri } from '../totp.ts';

/** Step 1: a fresh secret is stored but not enabled until the officer proves their app produces valid codes. */
export async function setUpTotp(ctx: AppContext, actor: Actor, requestId: string) {
  if (actor.totpEnabled) throw new AppError('CONFLICT', { detail: 'Xác thực hai lớp đã được bật.' });
  const secret = newTotpSecret();
  await withUnitOfWork(ctx, async (uow) => {
    await updateOfficer(uow.trx, actor.id, { totp_secret: secret, updated_at: uow.now });
    await uow.audit({ actor: { kind: 'officer', id: actor.id }, action: 'auth.totp_setup', entityType: 'officer', entityId: actor.id, requestId });
  });
  return { secret, otpauthUrl: totpUri(secret, actor.username) };
}

export async function enableTotp(ctx: AppContext, actor: Actor, code: string, requestId: string): Promise<void> {
  const officer = await findOfficer(ctx.db, actor.id);
  if (!officer?.totp_secret) throw new AppError('CONFLICT', { detail: 'Hãy tạo mã bí mật trước khi bật xác thực hai lớp.' });
  const step = await checkTotp(officer.totp_secret, code, ctx.clock.now());
  if (step === null) throw new AppError('TOTP_INVALID', { errors: [{ path: 'body.code', message: 'Mã xác thực không đúng' }] });
  await withUnitOfWork(ctx, async (uow) => {
    // The enrolment code is spent: it cannot sign in as well.
    await updateOfficer(uow.trx, actor.id, { totp_enabled: 1, totp_last_step: step, updated_at: uow.now });
    await uow.audit({ actor: { kind: 'officer', id: actor.id }, action: 'auth.totp_enabled', entityType: 'officer', entityId: actor.id, requestId });
  });
}
