import fc from 'fast-check';

/** The subset of JSON Schema (as the OpenAPI document of our zod contracts uses it) the fuzzer understands. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  default?: unknown;
}

export interface ArbitraryOptions {
  /** components.schemas of the OpenAPI document, for `$ref`s. */
  components: Record<string, JsonSchema>;
  /** Values that exist in the database (ids, codes), so that some requests get past "not found". */
  known: readonly string[];
  /** Weight of hostile values against well-formed ones at each node (0 = only well-formed). */
  hostility: number;
}

const NUL = '\u0000';
const hostileStrings = [
  NUL, `abc${NUL}def`, `${NUL}`.repeat(3), '\u0001\u001f\u007f', 'Nguyễn Văn A\u0000', '0001-01-01', '9999-12-31', '0000-00-00',
  '2026-02-30', '+275760-09-13T00:00:00.000Z', '-000001-01-01T00:00:00Z', '1e308', 'NaN', '-1', '../../etc/passwd', '%00', "' or 1=1 --",
  '\ud800', '𝕍𝕚ệ𝕥', '\u202e\u0301', ' ', '',
];
const hostileNumbers = [0, -1, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, -(2 ** 63), 0.5, 1e-300];
const farDates = ['0001-01-01', '9999-12-31', '1000-06-15', '2200-01-01', '1899-12-31', '2026-13-45', '0000-00-00'];

/** Anything of the wrong type, including nothing at all. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null), fc.boolean(), fc.constantFrom(...hostileNumbers), fc.constantFrom(...hostileStrings),
  fc.constant([]), fc.constant({}), fc.constant([NUL]), fc.constant({ [NUL]: NUL }),
);

export function hostileString(maxLength = 20_000): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...hostileStrings),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.string({ maxLength: 10 }).map((s) => `${s}${NUL}${s}`),
    fc.integer({ min: 256, max: Math.max(257, maxLength) }).map((n) => 'ả'.repeat(n)),
  );
}

function resolve(schema: JsonSchema, options: ArbitraryOptions): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  return options.components[name] ?? {};
}

function stringArbitrary(schema: JsonSchema, options: ArbitraryOptions): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 40, Math.max(min, 40));
  if (schema.pattern) {
    const regex = new RegExp(schema.pattern);
    const matching = fc.stringMatching(regex);
    const dates = regex.test('2026-01-01') ? [fc.constantFrom(...farDates)] : [];
    return fc.oneof(matching, ...dates);
  }
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.format === 'uri') return fc.webUrl();
  const plain = fc.string({ minLength: min, maxLength: max });
  const known = options.known.filter((k) => k.length >= min && k.length <= (schema.maxLength ?? Infinity));
  return known.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 2 }, { arbitrary: plain, weight: 1 }) : plain;
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const low = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + (integer ? 1 : 1e-9) : -1e6);
  const high = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - (integer ? 1 : 1e-9) : 1e9);
  if (integer) {
    const min = Math.max(Math.ceil(low), Number.MIN_SAFE_INTEGER);
    const max = Math.min(Math.floor(high), Number.MAX_SAFE_INTEGER);
    // Small values are the ones that mean something (versions, page numbers, amounts in tests).
    return fc.oneof(fc.integer({ min, max: Math.min(max, min + 20) }), fc.integer({ min, max }));
  }
  return fc.double({ min: low, max: high, noNaN: true, noDefaultInfinity: true });
}

function wellFormed(schema: JsonSchema, options: ArbitraryOptions, depth: number): fc.Arbitrary<unknown> {
  const s = resolve(schema, options);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((a) => valueOf(a, options, depth)));
  if (s.allOf) return valueOf(Object.assign({}, ...s.allOf.map((a) => resolve(a, options))) as JsonSchema, options, depth);
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : s.properties ? ['object'] : [];
  if (types.length > 1) return fc.oneof(...types.map((type) => wellFormed({ ...s, type }, options, depth)));
  switch (types[0]) {
    case 'string': return stringArbitrary(s, options);
    case 'integer': return numberArbitrary(s, true);
    case 'number': return numberArbitrary(s, false);
    case 'boolean': return fc.boolean();
    case 'null': return fc.constant(null);
    case 'array': {
      if (depth > 4) return fc.constant([]);
      const minLength = s.minItems ?? 0;
      return fc.array(valueOf(s.items ?? {}, options, depth + 1), { minLength, maxLength: Math.min(s.maxItems ?? 3, minLength + 3) });
    }
    case 'object': return objectArbitrary(s, options, depth);
    default: return fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant(null));
  }
}

function objectArbitrary(s: JsonSchema, options: ArbitraryOptions, depth: number): fc.Arbitrary<unknown> {
  if (depth > 5) return fc.constant({});
  const props = Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, valueOf(v, options, depth + 1)]));
  const required = (s.required ?? []).filter((k) => k in props);
  const record = fc.record(props, { requiredKeys: required });
  if (typeof s.additionalProperties !== 'object' || Object.keys(props).length > 0) return record;
  return fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), valueOf(s.additionalProperties, options, depth + 1), { maxKeys: 3 });
}

/** A value for the schema: mostly well-formed, now and then hostile (NUL, far dates, huge numbers, wrong types). */
export function valueOf(schema: JsonSchema, options: ArbitraryOptions, depth = 0): fc.Arbitrary<unknown> {
  const good = wellFormed(schema, options, depth);
  if (options.hostility <= 0) return good;
  const s = resolve(schema, options);
  const bad = s.type === 'string' || s.pattern ? fc.oneof(hostileString(), wrongType) : wrongType;
  return fc.oneof({ arbitrary: good, weight: 10 }, { arbitrary: bad, weight: Math.round(10 * options.hostility) });
}
