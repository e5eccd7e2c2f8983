/** The e-form of a variant is a JSON Schema; the server compiles it with ajv, the client only checks it is a JSON object. */
export type EFormParse = { ok: true; schema: Record<string, unknown> | null } | { ok: false; reason: 'syntax' | 'notObject'; message?: string };

export function parseEFormText(text: string | undefined): EFormParse {
  const trimmed = text?.trim() ?? '';
  if (!trimmed) return { ok: true, schema: null };
  try {
    const value: unknown = JSON.parse(trimmed);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, reason: 'notObject' };
    return { ok: true, schema: value as Record<string, unknown> };
  } catch (error) {
    return { ok: false, reason: 'syntax', message: error instanceof Error ? error.message : undefined };
  }
}

export interface EFormField {
  name: string;
  title: string | null;
  type: string;
  required: boolean;
  description: string | null;
}

const asRecord = (value: unknown): Record<string, unknown> | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null);

/**
 * The top-level fields a citizen would fill, read from `properties` (a preview without a form renderer:
 * the @rjsf packages are not installed).
 */
export function eFormFields(schema: Record<string, unknown>): EFormField[] {
  const properties = asRecord(schema.properties) ?? {};
  const required = Array.isArray(schema.required) ? schema.required.filter((item): item is string => typeof item === 'string') : [];
  return Object.entries(properties).map(([name, raw]) => {
    const property = asRecord(raw) ?? {};
    const type = Array.isArray(property.type) ? property.type.join(' | ') : typeof property.type === 'string' ? property.type : property.enum ? 'enum' : '—';
    const format = typeof property.format === 'string' ? ` (${property.format})` : '';
    return {
      name,
      title: typeof property.title === 'string' ? property.title : null,
      type: `${type}${format}`,
      required: required.includes(name),
      description: typeof property.description === 'string' ? property.description : null,
    };
  });
}
