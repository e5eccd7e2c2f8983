/**
 * A JSON Schema (2020-12) checker that interprets the schema instead of compiling it to code: the application's
 * Content-Security-Policy (`script-src 'self'`, no `'unsafe-eval'`) forbids what ajv does in a browser. It covers the
 * keywords e-forms use and reports errors in ajv's shape (instancePath, schemaPath, keyword, params), so rjsf places
 * them on the fields. The server checks every submission again with ajv, and its word is final.
 */
import type { ErrorObject } from 'ajv';

type Schema = Record<string, unknown> | boolean;
type Json = unknown;

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const pointer = (segment: string | number) => String(segment).replaceAll('~', '~0').replaceAll('/', '~1');

function typeOf(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const matchesType = (value: Json, type: string) => {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
};

function equal(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as Json[]).length && a.every((item, i) => equal(item, (b as Json[])[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b as object);
  return ka.length === kb.length && ka.every((k) => equal((a as Record<string, Json>)[k], (b as Record<string, Json>)[k]));
}

function validDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

const formats: Record<string, (value: string) => boolean> = {
  date: validDate,
  time: (v) => /^([01]\d|2[0-3]):[0-5]\d(:([0-5]\d|60)(\.\d+)?)?(z|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/i.test(v),
  'date-time': (v) => { const [d, t] = v.split(/t|\s/i); return d !== undefined && t !== undefined && validDate(d) && formats.time!(t); },
  email: (v) => /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(v),
  uri: (v) => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(v),
  'uri-reference': (v) => !/\s/.test(v),
  uuid: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  ipv4: (v) => /^((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)$/.test(v),
};

function resolveRef(ref: string, root: Schema): Schema | undefined {
  const local = ref.replace(/^__rjsf_rootSchema/, '');
  if (!local.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const raw of local.slice(1).split('/').filter(Boolean)) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (!isObject(node)) return undefined;
    node = node[key];
  }
  return isObject(node) || typeof node === 'boolean' ? node : undefined;
}

interface Walk {
  root: Schema;
  errors: ErrorObject[];
}

function fail(w: Walk, instancePath: string, schemaPath: string, keyword: string, params: Record<string, unknown>, parentSchema: Record<string, unknown>): void {
  w.errors.push({ instancePath, schemaPath: `${schemaPath}/${keyword}`, keyword, params, message: keyword, parentSchema } as ErrorObject);
}

/** The checks of one schema against one value; errors accumulate in `w` (allErrors, as the server runs ajv). */
function check(schema: Schema, value: Json, path: string, schemaPath: string, w: Walk): void {
  if (schema === true) return;
  if (schema === false) return fail(w, path, schemaPath, 'false schema', {}, {});
  const s = schema;
  const err = (keyword: string, params: Record<string, unknown> = {}) => fail(w, path, schemaPath, keyword, params, s);

  if (typeof s.$ref === 'string') {
    const target = resolveRef(s.$ref, w.root);
    if (target !== undefined) check(target, value, path, `${schemaPath}/$ref`, w);
  }
  if (s.type !== undefined) {
    const types = (Array.isArray(s.type) ? s.type : [s.type]) as string[];
    if (!types.some((type) => matchesType(value, type))) return err('type', { type: types.join(',') });
  }
  if (Array.isArray(s.enum) && !s.enum.some((option) => equal(option, value))) err('enum', { allowedValues: s.enum });
  if ('const' in s && !equal(s.const, value)) err('const', { allowedValue: s.const });

  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof s.minLength === 'number' && length < s.minLength) err('minLength', { limit: s.minLength });
    if (typeof s.maxLength === 'number' && length > s.maxLength) err('maxLength', { limit: s.maxLength });
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value)) err('pattern', { pattern: s.pattern });
    if (typeof s.format === 'string' && formats[s.format] && !formats[s.format]!(value)) err('format', { format: s.format });
  }
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) err('minimum', { comparison: '>=', limit: s.minimum });
    if (typeof s.maximum === 'number' && value > s.maximum) err('maximum', { comparison: '<=', limit: s.maximum });
    if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum) err('exclusiveMinimum', { comparison: '>', limit: s.exclusiveMinimum });
    if (typeof s.exclusiveMaximum === 'number' && value >= s.exclusiveMaximum) err('exclusiveMaximum', { comparison: '<', limit: s.exclusiveMaximum });
    if (typeof s.multipleOf === 'number' && s.multipleOf > 0 && Math.abs(value / s.multipleOf - Math.round(value / s.multipleOf)) > 1e-8) err('multipleOf', { multipleOf: s.multipleOf });
  }
  if (isObject(value)) checkObject(s, value, path, schemaPath, w, err);
  if (Array.isArray(value)) checkArray(s, value, path, schemaPath, w, err);
  checkCombinators(s, value, path, schemaPath, w, err);
}

type Fail = (keyword: string, params?: Record<string, unknown>) => void;

function checkObject(s: Record<string, unknown>, value: Record<string, Json>, path: string, schemaPath: string, w: Walk, err: Fail): void {
  const present = (key: string) => Object.hasOwn(value, key) && value[key] !== undefined;
  for (const key of Array.isArray(s.required) ? (s.required as string[]) : []) if (!present(key)) err('required', { missingProperty: key });
  const properties = isObject(s.properties) ? (s.properties as Record<string, Schema>) : {};
  for (const [key, sub] of Object.entries(properties)) {
    if (present(key)) check(sub, value[key], `${path}/${pointer(key)}`, `${schemaPath}/properties/${pointer(key)}`, w);
  }
  const patterns = isObject(s.patternProperties) ? Object.entries(s.patternProperties as Record<string, Schema>) : [];
  for (const key of Object.keys(value)) {
    if (!present(key)) continue;
    const byPattern = patterns.filter(([pattern]) => new RegExp(pattern, 'u').test(key));
    for (const [pattern, sub] of byPattern) check(sub, value[key], `${path}/${pointer(key)}`, `${schemaPath}/patternProperties/${pointer(pattern)}`, w);
    if (key in properties || byPattern.length > 0 || s.additionalProperties === undefined) continue;
    if (s.additionalProperties === false) err('additionalProperties', { additionalProperty: key });
    else check(s.additionalProperties as Schema, value[key], `${path}/${pointer(key)}`, `${schemaPath}/additionalProperties`, w);
  }
  const count = Object.keys(value).filter(present).length;
  if (typeof s.minProperties === 'number' && count < s.minProperties) err('minProperties', { limit: s.minProperties });
  if (typeof s.maxProperties === 'number' && count > s.maxProperties) err('maxProperties', { limit: s.maxProperties });
  if (isObject(s.dependentRequired)) {
    for (const [key, needed] of Object.entries(s.dependentRequired as Record<string, string[]>)) {
      if (!present(key)) continue;
      const missing = needed.filter((n) => !present(n));
      if (missing.length > 0) err('dependentRequired', { property: key, missingProperty: missing[0], deps: missing.join(', '), depsCount: missing.length });
    }
  }
}

function checkArray(s: Record<string, unknown>, value: Json[], path: string, schemaPath: string, w: Walk, err: Fail): void {
  const prefix = Array.isArray(s.prefixItems) ? (s.prefixItems as Schema[]) : [];
  value.forEach((item, i) => {
    if (i < prefix.length) check(prefix[i]!, item, `${path}/${i}`, `${schemaPath}/prefixItems/${i}`, w);
    else if (s.items !== undefined && !Array.isArray(s.items)) check(s.items as Schema, item, `${path}/${i}`, `${schemaPath}/items`, w);
  });
  if (typeof s.minItems === 'number' && value.length < s.minItems) err('minItems', { limit: s.minItems });
  if (typeof s.maxItems === 'number' && value.length > s.maxItems) err('maxItems', { limit: s.maxItems });
  if (s.uniqueItems === true && value.some((item, i) => value.findIndex((other) => equal(other, item)) !== i)) err('uniqueItems', {});
}

const passes = (schema: Schema, value: Json, root: Schema) => {
  const w: Walk = { root, errors: [] };
  check(schema, value, '', '', w);
  return w.errors.length === 0;
};

function checkCombinators(s: Record<string, unknown>, value: Json, path: string, schemaPath: string, w: Walk, err: Fail): void {
  if (Array.isArray(s.allOf)) (s.allOf as Schema[]).forEach((sub, i) => check(sub, value, path, `${schemaPath}/allOf/${i}`, w));
  if (Array.isArray(s.anyOf) && !(s.anyOf as Schema[]).some((sub) => passes(sub, value, w.root))) err('anyOf');
  if (Array.isArray(s.oneOf) && (s.oneOf as Schema[]).filter((sub) => passes(sub, value, w.root)).length !== 1) err('oneOf', { passingSchemas: null });
  if (s.not !== undefined && passes(s.not as Schema, value, w.root)) err('not');
  if (s.if !== undefined) {
    const branch = passes(s.if as Schema, value, w.root) ? 'then' : 'else';
    if (s[branch] !== undefined) check(s[branch] as Schema, value, path, `${schemaPath}/${branch}`, w);
  }
}

/** Every error of `value` against `schema` ($refs resolved in `root`), in ajv's shape. */
export function checkJsonSchema(schema: Schema, value: Json, root: Schema = schema): ErrorObject[] {
  const w: Walk = { root, errors: [] };
  check(schema, value, '', '#', w);
  return w.errors;
}
