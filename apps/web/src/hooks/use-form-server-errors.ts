import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { applyServerFieldErrors } from '@/lib/form-errors';

/**
 * Field errors from the server go next to their fields; anything else (conflict, forbidden,
 * network) becomes the form's general error, shown above the fields.
 */
export function useFormServerErrors(form: FormInstance) {
  const [generalError, setGeneralError] = useState<unknown>(null);
  const handleError = useCallback(
    (error: unknown) => {
      const placed = applyServerFieldErrors(form, error);
      setGeneralError(placed > 0 ? null : error);
    },
    [form],
  );
  const clearError = useCallback(() => setGeneralError(null), []);
  return { generalError, handleError, clearError };
}
