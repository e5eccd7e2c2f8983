import { randomBytes } from 'node:crypto';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { countActiveOfficersWithRole, findOfficerByUsername, findRootUnits, insertOfficer, insertOrgUnit, replaceOfficerRoles } from '../identity.queries.ts';
import { assertAcceptablePassword, hashPassword } from '../password.ts';

export interface FirstAdminInput {
  username: string;
  fullName: string;
  /** Needed only on an empty database: the province's root unit (e.g. code 51, "Ủy ban nhân dân tỉnh Quảng Ngãi"). */
  province?: { code: string; name: string };
}

export interface FirstAdmin {
  username: string;
  oneTimePassword: string;
  rootUnit: string;
}

/**
 * The first system administrator of a production database (the demo accounts are refused there): created with a
 * random password printed once, at the root unit (created too on an empty database). The role requires a TOTP
 * second factor, so the account can do nothing but enrol one before anything else. Refused once an active
 * administrator exists: later ones are created by an administrator in the back office.
 */
export async function createFirstAdmin(ctx: Pick<AppContext, 'db' | 'engine' | 'clock'>, input: FirstAdminInput): Promise<FirstAdmin> {
  const oneTimePassword = randomBytes(18).toString('base64url');
  await assertAcceptablePassword(oneTimePassword);
  const passwordHash = await hashPassword(oneTimePassword);
  return withUnitOfWork(ctx, async (uow) => {
    if ((await countActiveOfficersWithRole(uow.trx, 'system_admin')) > 0) {
      throw new AppError('CONFLICT', { detail: 'Đã có quản trị hệ thống; hãy tạo tài khoản mới trong trang quản trị.' });
    }
    if (await findOfficerByUsername(uow.trx, input.username)) throw new AppError('CONFLICT', { detail: `Tên đăng nhập ${input.username} đã tồn tại.` });
    const roots = await findRootUnits(uow.trx);
    let root = roots[0];
    if (roots.length > 1) throw new AppError('CONFLICT', { detail: 'Cơ sở dữ liệu có nhiều đơn vị gốc; không xác định được cấp tỉnh.' });
    if (!root) {
      if (!input.province) throw new AppError('VALIDATION_FAILED', { detail: 'Cơ sở dữ liệu trống: cần mã và tên đơn vị cấp tỉnh (--province-code, --province-name).' });
      const id = newId();
      root = {
        id, parent_id: null, path: `/${id}/`, depth: 0, code: input.province.code, name: input.province.name, short_name: null, kind: 'committee',
        level_code: 'province', is_active: 1, created_at: uow.now, updated_at: uow.now,
      };
      await insertOrgUnit(uow.trx, root);
    }
    const id = newId();
    await insertOfficer(uow.trx, {
      id, username: input.username, full_name: input.fullName, email: null, password_hash: passwordHash, totp_secret: null, totp_enabled: 0, totp_last_step: null,
      failed_login_count: 0, locked_until: null, is_active: 1, created_at: uow.now, updated_at: uow.now,
    });
    await replaceOfficerRoles(uow.trx, id, [{ role: 'system_admin', orgUnitId: root.id }], uow.now);
    await uow.audit({
      actor: { kind: 'system', id: null }, action: 'officer.first_admin_created', entityType: 'officer', entityId: id, orgUnitId: root.id,
      data: { username: input.username, rootUnit: root.code },
    });
    return { username: input.username, oneTimePassword, rootUnit: root.name };
  });
}
