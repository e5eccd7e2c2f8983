/** The kinds of field the e-form builder offers, each written as one plain JSON Schema property and read back. */

export const eFormFieldKinds = ['shortText', 'longText', 'number', 'date', 'yesNo', 'singleChoice', 'multipleChoice', 'citizenId', 'phone', 'email'] as const;
export type EFormFieldKind = (typeof eFormFieldKinds)[number];

/**
 * What the portal can fill in from the signed-in applicant's profile (`"x-prefill": "fullName"` on a property). The
 * population database, when connected, will offer more keys through the same annotation (see prefill.ts).
 */
export const eFormPrefillKeys = ['fullName', 'citizenId', 'birthDate', 'phone', 'email', 'address'] as const;
export type EFormPrefillKey = (typeof eFormPrefillKeys)[number];

/** Số định danh cá nhân (citizen ID): 12 digits. */
export const CITIZEN_ID_PATTERN = '^[0-9]{12}$';
/** A Vietnamese phone number: 0 or +84, then 9 or 10 digits. */
export const PHONE_PATTERN = '^(0|\\+84)[0-9]{9,10}$';

export interface BuilderChoice {
  value: string;
  label: string;
}

export interface BuilderField {
  type: 'field';
  key: string;
  kind: EFormFieldKind;
  title: string;
  description?: string | undefined;
  required: boolean;
  /** Texts: length limits; numbers: `minimum`/`maximum`. */
  minLength?: number | undefined;
  maxLength?: number | undefined;
  minimum?: number | undefined;
  maximum?: number | undefined;
  /** Numbers: whole numbers only. */
  integer?: boolean | undefined;
  /** Short texts: a regular expression the answer must match. */
  pattern?: string | undefined;
  choices?: BuilderChoice[] | undefined;
  prefill?: EFormPrefillKey | undefined;
  condition?: { field: string; equals: string | number | boolean } | undefined;
}

type Schema = Record<string, unknown>;
const isObject = (value: unknown): value is Schema => value !== null && typeof value === 'object' && !Array.isArray(value);
const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const defined = (entries: Record<string, unknown>): Schema => Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined));

const options = (choices: BuilderChoice[] | undefined) => (choices ?? []).map((c) => ({ const: c.value, title: c.label }));

function typed(field: BuilderField): Schema {
  const text = { type: 'string', minLength: field.minLength, maxLength: field.maxLength };
  switch (field.kind) {
    case 'shortText':
      return { ...text, pattern: field.pattern };
    case 'longText':
      return { ...text, 'x-widget': 'textarea' };
    case 'number':
      return { type: field.integer ? 'integer' : 'number', minimum: field.minimum, maximum: field.maximum };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'yesNo':
      return { type: 'boolean' };
    case 'singleChoice':
      return { type: 'string', oneOf: options(field.choices) };
    case 'multipleChoice':
      return { type: 'array', uniqueItems: true, minItems: field.required ? 1 : undefined, items: { type: 'string', oneOf: options(field.choices) } };
    case 'citizenId':
      return { type: 'string', pattern: CITIZEN_ID_PATTERN };
    case 'phone':
      return { type: 'string', pattern: PHONE_PATTERN };
    case 'email':
      return { type: 'string', format: 'email', maxLength: 254 };
  }
}

/** One field as a JSON Schema property (its `required` and condition belong to the container). */
export function fieldSchema(field: BuilderField): Schema {
  const { type, ...rest } = typed(field);
  return defined({ type, title: field.title, description: field.description || undefined, ...rest, 'x-prefill': field.prefill });
}

const readChoices = (list: unknown): BuilderChoice[] | null => {
  if (!Array.isArray(list)) return null;
  const choices = list.map((o) => (isObject(o) && typeof o.const === 'string' ? { value: o.const, label: str(o.title) ?? o.const } : null));
  return choices.every((c) => c !== null) ? (choices as BuilderChoice[]) : null;
};

function kindOfString(s: Schema): EFormFieldKind | null {
  if (s.oneOf !== undefined) return readChoices(s.oneOf) ? 'singleChoice' : null;
  if (s.format === 'date') return 'date';
  if (s.format === 'email') return 'email';
  if (s.pattern === CITIZEN_ID_PATTERN) return 'citizenId';
  if (s.pattern === PHONE_PATTERN) return 'phone';
  if (s.format !== undefined) return null;
  return s['x-widget'] === 'textarea' ? 'longText' : 'shortText';
}

function detectKind(s: Schema): EFormFieldKind | null {
  if (s.type === 'boolean') return 'yesNo';
  if (s.type === 'number' || s.type === 'integer') return 'number';
  if (s.type === 'array') return isObject(s.items) && s.items.type === 'string' && readChoices(s.items.oneOf) ? 'multipleChoice' : null;
  return s.type === 'string' ? kindOfString(s) : null;
}

/** A JSON Schema property read as a builder field (key, required and condition are filled in by the caller). */
export function kindOf(s: Schema): { ok: true; field: BuilderField } | { ok: false; problem: string } {
  const kind = detectKind(s);
  if (!kind) return { ok: false, problem: 'kiểu trường chưa dựng được bằng trình thiết kế' };
  const prefill = str(s['x-prefill']);
  const text = kind === 'shortText' || kind === 'longText';
  const field: BuilderField = {
    type: 'field', key: '', kind, title: str(s.title) ?? '', required: false,
    ...defined({
      description: str(s.description),
      minLength: text ? num(s.minLength) : undefined,
      maxLength: text ? num(s.maxLength) : undefined,
      minimum: kind === 'number' ? num(s.minimum) : undefined,
      maximum: kind === 'number' ? num(s.maximum) : undefined,
      integer: s.type === 'integer' ? true : undefined,
      pattern: kind === 'shortText' ? str(s.pattern) : undefined,
      choices: kind === 'singleChoice' ? readChoices(s.oneOf) : kind === 'multipleChoice' ? readChoices((s.items as Schema).oneOf) : undefined,
      prefill: (eFormPrefillKeys as readonly string[]).includes(prefill ?? '') ? prefill : undefined,
    }),
  };
  return { ok: true, field };
}
