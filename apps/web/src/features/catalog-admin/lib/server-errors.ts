import { ApiError, isApiError } from '@/lib/api-client';

/**
 * The server reports e-form problems inside the schema (`body.eForm.properties.x.type`); the form has one
 * text area for the whole schema, so those errors move onto it, prefixed with where in the schema they are.
 */
export function moveEFormErrors(error: unknown, fieldPath = 'body.eFormText'): unknown {
  if (!isApiError(error) || !error.errors.some((item) => item.path.startsWith('body.eForm'))) return error;
  return new ApiError({
    status: error.status,
    code: error.code,
    title: error.title,
    detail: error.detail,
    errors: error.errors.map((item) => {
      if (!item.path.startsWith('body.eForm')) return item;
      const inner = item.path.slice('body.eForm'.length).replace(/^\./, '');
      return { ...item, path: fieldPath, message: inner ? `${inner}: ${item.message}` : item.message };
    }),
  });
}
