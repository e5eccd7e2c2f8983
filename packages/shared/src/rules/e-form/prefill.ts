/**
 * Prefill of an e-form from what is known about the applicant: a property annotated `"x-prefill": "<key>"` starts
 * with that value when a new application is opened; the applicant can change it. The values come from a
 * `PrefillSource`: today the portal account's profile; the population database, when connected, is one more source
 * merged in front of it (a `PrefillSource` too), without changing the forms.
 */
import type { EFormPrefillKey } from './builder-fields.ts';

export type PrefillSource = Partial<Record<EFormPrefillKey, string | null | undefined>>;

type Schema = Record<string, unknown>;
const isObject = (value: unknown): value is Schema => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The first non-empty value per key, sources in order of trust (e.g. population database, then the profile). */
export function mergePrefillSources(...sources: PrefillSource[]): PrefillSource {
  const merged: PrefillSource = {};
  for (const source of sources) {
    for (const [key, value] of Object.entries(source) as [EFormPrefillKey, string | null | undefined][]) {
      if (merged[key] === undefined && typeof value === 'string' && value.trim()) merged[key] = value.trim();
    }
  }
  return merged;
}

/**
 * The answers to start a new application with: each always-shown property annotated `x-prefill` (in the form or in
 * one of its sections) gets the source's value when it has one and nothing has been typed there yet.
 * Conditional fields are not filled: they appear only once the applicant has answered what they depend on.
 */
export function prefillEFormData(schema: Record<string, unknown> | null, source: PrefillSource, current: Record<string, unknown> = {}, depth = 0): Record<string, unknown> {
  if (!schema || depth > 4 || !isObject(schema.properties)) return current;
  const data: Record<string, unknown> = { ...current };
  for (const [key, sub] of Object.entries(schema.properties)) {
    if (!isObject(sub)) continue;
    if (sub.type === 'object') {
      const inner = prefillEFormData(sub, source, isObject(data[key]) ? data[key] : {}, depth + 1);
      if (Object.keys(inner).length > 0) data[key] = inner;
      continue;
    }
    const from = typeof sub['x-prefill'] === 'string' ? source[sub['x-prefill'] as EFormPrefillKey] : undefined;
    if (typeof from === 'string' && from.trim() && (data[key] === undefined || data[key] === '')) data[key] = from.trim();
  }
  return data;
}
