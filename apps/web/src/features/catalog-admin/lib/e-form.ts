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
