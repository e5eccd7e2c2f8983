import type { ActionRefusal } from '@motcua/shared';
import { AppError } from '../../../platform/errors.ts';

/** A refused action: 403 when the role may never do it here, else 409; both list what is allowed now. */
export function actionRefused(refusal: ActionRefusal): AppError {
  return new AppError(refusal.code === 'role_not_permitted' ? 'FORBIDDEN' : 'ACTION_NOT_ALLOWED', {
    detail: refusal.message,
    extensions: { action: refusal.action, status: refusal.status, reason: refusal.code, allowed: refusal.allowed },
  });
}
