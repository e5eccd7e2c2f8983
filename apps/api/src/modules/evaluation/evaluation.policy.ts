/** Who may rate a dossier, and when (rules.md §4; the statuses are data in packages/shared rules/evaluation). */
import { isRatableStatus } from '@motcua/shared';
import { canAccessUnit, type Actor } from '../../platform/auth/actor.ts';
import type { AppError } from '../../platform/errors.ts';

export interface RatingRefusal {
  code: Extract<AppError['code'], 'ACTION_NOT_ALLOWED' | 'DUPLICATE'>;
  detail: string;
}

export const alreadyRatedDetail = (code: string) => `Hồ sơ ${code} đã được đánh giá. Mỗi hồ sơ chỉ được đánh giá một lần.`;

const endedWithoutResult = ['withdrawn', 'stopped', 'closed_without_supplement'];

/** Why this dossier may not be rated now; null when it may. */
export function ratingRefusal(dossier: { code: string; status: string }, alreadyRated: boolean): RatingRefusal | null {
  if (alreadyRated) return { code: 'DUPLICATE', detail: alreadyRatedDetail(dossier.code) };
  if (isRatableStatus(dossier.status)) return null;
  if (endedWithoutResult.includes(dossier.status)) {
    return { code: 'ACTION_NOT_ALLOWED', detail: 'Hồ sơ đã dừng giải quyết hoặc đã được rút nên không có kết quả để đánh giá.' };
  }
  return { code: 'ACTION_NOT_ALLOWED', detail: 'Hồ sơ chưa có kết quả giải quyết. Ông/Bà có thể đánh giá khi hồ sơ đã có kết quả.' };
}

/** A desk officer of the desk that received the dossier, or holds it now, enters a rating made at the counter. */
export function canRecordAtDesk(actor: Actor, units: { receiving: string; current: string }): boolean {
  return canAccessUnit(actor, 'dossier.receive', units.receiving) || canAccessUnit(actor, 'dossier.receive', units.current);
}

/** An online dossier is rated by its owner on the portal; the desk enters ratings only for dossiers without an account. */
export const ownedOnlineRefusal: RatingRefusal = {
  code: 'ACTION_NOT_ALLOWED',
  detail: 'Hồ sơ thuộc một tài khoản trên Cổng dịch vụ công: người nộp tự đánh giá trên Cổng.',
};
