import type { FormInstance } from 'antd';
import { isApiError } from './api-client';

export type FieldNamePath = (string | number)[];

/** `body.roles.0.orgUnitId` (or `/body/roles/0/orgUnitId`) → ['roles', 0, 'orgUnitId']. */
export function toFieldNamePath(path: string): FieldNamePath {
  const segments = path.split(/[./]/).filter(Boolean);
  if (segments[0] === 'body') segments.shift();
  return segments.map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/**
 * Shows the server's field errors next to the form fields. Returns how many errors landed on a
 * field the form knows, so the caller can decide whether a general alert is still needed.
 */
export function applyServerFieldErrors(form: FormInstance, error: unknown): number {
  if (!isApiError(error) || error.errors.length === 0) return 0;
  const grouped = new Map<string, { name: FieldNamePath; errors: string[] }>();
  for (const fieldError of error.errors) {
    const name = toFieldNamePath(fieldError.path);
    if (name.length === 0) continue;
    const key = name.join('.');
    const entry = grouped.get(key) ?? { name, errors: [] };
    entry.errors.push(fieldError.message);
    grouped.set(key, entry);
  }
  const known = [...grouped.values()].filter(({ name }) => form.getFieldInstance(name) !== undefined || hasValue(form, name));
  form.setFields(known);
  return known.length;
}

function hasValue(form: FormInstance, name: FieldNamePath): boolean {
  const all = form.getFieldsValue(true) as unknown;
  let current: unknown = all;
  for (const segment of name) {
    if (current === null || typeof current !== 'object' || !(segment in current)) return false;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return true;
}
