import type { ActionRefusal, ActionRefusalCode } from '@motcua/shared';
import { AppError } from '../../../platform/errors.ts';

/** Refusals about what the officer typed, not about the dossier: a field error on the form, not a conflict. */
const inputFields: Partial<Record<ActionRefusalCode, string>> = {
  reason_required: 'body.reason',
  new_due_date_required: 'body.newDueAt',
  new_due_date_not_later: 'body.newDueAt',
};

/**
 * A refused action: 400 with the field when the input is missing or wrong, 403 when the role may never do it
 * here, else 409; all list what is allowed now.
 */
export function actionRefused(refusal: ActionRefusal): AppError {
  // Not `status`: in a problem document that is the HTTP status.
  const extensions = { action: refusal.action, dossierStatus: refusal.status, reason: refusal.code, allowed: refusal.allowed };
  const field = inputFields[refusal.code];
  if (field) return new AppError('VALIDATION_FAILED', { detail: refusal.message, errors: [{ path: field, message: refusal.message }], extensions });
  return new AppError(refusal.code === 'role_not_permitted' ? 'FORBIDDEN' : 'ACTION_NOT_ALLOWED', { detail: refusal.message, extensions });
}
