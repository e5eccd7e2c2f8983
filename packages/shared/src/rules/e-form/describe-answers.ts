/**
 * The applicant's e-form answers as people read them: a tree of labelled values in the order of the form, so a page
 * can show what was declared without knowing JSON Schema. Used by the officer's and the applicant's dossier pages.
 */
import { formatDateVi, formatInstantVi, parseInstant } from '../calendar/index.ts';

export interface EFormAnswer {
  /** Where the answer sits in the answers: keys and item indexes joined by dots (`centre.name`, `members.0.fullName`). */
  path: string;
  /** The field's `title`, else its key; "1", "2"… for the items of a list of groups. */
  label: string;
  /** The answer in words; null for a group (a nested object, an item of a list of objects). */
  value: string | null;
  children?: EFormAnswer[];
}

type Schema = Record<string, unknown>;

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
// A schema whose parts refer back to themselves (`allOf: [{ $ref: '#' }]`) must not send the walk round for ever.
const MAX_DEPTH = 24;

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => equal(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => equal(a[k], b[k]));
  }
  return false;
}

function pointerTarget(ref: string, root: Schema): unknown {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    if (!isObject(node)) return undefined;
    node = node[decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return node;
}

/** The schema with local `$ref`s followed; words next to a `$ref` (its `title`) win over the target's. */
function resolve(schema: unknown, root: Schema): Schema | null {
  let node = schema;
  for (let hops = 0; isObject(node) && typeof node.$ref === 'string' && hops < MAX_DEPTH; hops++) {
    const { $ref, ...siblings } = node;
    const target = pointerTarget($ref as string, root);
    if (!isObject(target)) return siblings;
    node = { ...target, ...siblings };
  }
  return isObject(node) ? node : null;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Whether the answers satisfy what tells a form's branches apart (`const`, `enum`, `required`, nested properties),
 * enough to pick the `then` of an `if` or the `oneOf` branch the applicant filled in. Not a validator.
 */
function matches(schema: Schema, value: unknown, root: Schema, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if ('const' in schema && !equal(schema.const, value)) return false;
  if (Array.isArray(schema.enum) && !schema.enum.some((option) => equal(option, value))) return false;
  if (isObject(value)) {
    if (list(schema.required).some((key) => typeof key === 'string' && value[key] === undefined)) return false;
    const properties = isObject(schema.properties) ? schema.properties : {};
    for (const [key, sub] of Object.entries(properties)) {
      const resolved = resolve(sub, root);
      if (value[key] !== undefined && resolved && !matches(resolved, value[key], root, depth + 1)) return false;
    }
  }
  return list(schema.allOf).every((sub) => {
    const resolved = resolve(sub, root);
    return !resolved || matches(resolved, value, root, depth + 1);
  });
}

/**
 * The fields an object schema knows, in the form's order: its own `properties`, then those of its combined and
 * conditional parts (`allOf`, `if`/`then`/`else`, `oneOf`/`anyOf`, `dependentSchemas`/`dependencies`), the parts that
 * apply to these answers first so a field defined in several branches takes the words of the branch filled in.
 */
function collectProperties(schema: Schema, answers: Record<string, unknown>, root: Schema, into: Map<string, Schema>, depth = 0): Map<string, Schema> {
  if (depth > MAX_DEPTH) return into;
  for (const [key, sub] of Object.entries(isObject(schema.properties) ? schema.properties : {})) {
    if (!into.has(key)) into.set(key, resolve(sub, root) ?? {});
  }
  const parts: { schema: Schema; applies: boolean }[] = [];
  const add = (sub: unknown, applies: (s: Schema) => boolean) => {
    const resolved = resolve(sub, root);
    if (resolved) parts.push({ schema: resolved, applies: applies(resolved) });
  };
  for (const sub of list(schema.allOf)) add(sub, () => true);
  const condition = resolve(schema.if, root);
  if (condition) {
    const holds = matches(condition, answers, root, depth + 1);
    add(schema.then, () => holds);
    add(schema.else, () => !holds);
  }
  for (const sub of [...list(schema.oneOf), ...list(schema.anyOf)]) add(sub, (s) => matches(s, answers, root, depth + 1));
  for (const [key, sub] of [...Object.entries(isObject(schema.dependentSchemas) ? schema.dependentSchemas : {}), ...Object.entries(isObject(schema.dependencies) ? schema.dependencies : {})]) {
    if (isObject(sub)) add(sub, () => answers[key] !== undefined);
  }
  for (const part of [...parts.filter((p) => p.applies), ...parts.filter((p) => !p.applies)]) collectProperties(part.schema, answers, root, into, depth + 1);
  return into;
}

/** The schema of a key the object's `properties` do not list: `patternProperties`, else `additionalProperties`. */
function extraSchemaOf(schema: Schema | null, key: string, root: Schema): Schema | null {
  if (!schema) return null;
  for (const [pattern, sub] of Object.entries(isObject(schema.patternProperties) ? schema.patternProperties : {})) {
    try {
      if (new RegExp(pattern, 'u').test(key)) return resolve(sub, root);
    } catch {
      // A pattern this engine cannot read names nothing here.
    }
  }
  return resolve(schema.additionalProperties, root);
}

/** The schema of the item at `index` of an array: `prefixItems` (or an `items` tuple), else `items`. */
function itemSchemaOf(schema: Schema | null, index: number, root: Schema): Schema | null {
  if (!schema) return null;
  const tuple = Array.isArray(schema.prefixItems) ? schema.prefixItems : Array.isArray(schema.items) ? schema.items : null;
  if (tuple && index < tuple.length) return resolve(tuple[index], root);
  return resolve(Array.isArray(schema.items) ? schema.additionalItems : schema.items, root);
}

/** Thousands grouped with dots, decimals after a comma, as Vietnamese writes numbers (1.234.567,5). */
function groupedNumber(n: number): string {
  const plain = String(n);
  if (!Number.isFinite(n) || /e/i.test(plain)) return plain.replace('.', ',');
  const [whole = '', fraction] = plain.replace('-', '').split('.');
  return `${n < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${fraction ? `,${fraction}` : ''}`;
}

// A year ("Năm sinh", `graduationYear`) is written 1990, not 1.990.
const isYear = (n: number, key: string, label: string) => Number.isInteger(n) && n >= 1000 && n <= 9999 && (/year/i.test(key) || /^năm(\s|$)/iu.test(label));

/** The words of an option: its `title` among `oneOf`/`anyOf` constants, or its `enumNames` entry. */
function optionTitle(schema: Schema, value: unknown, root: Schema): string | null {
  for (const option of [...list(schema.oneOf), ...list(schema.anyOf)]) {
    const o = resolve(option, root);
    if (!o || typeof o.title !== 'string') continue;
    const single = 'const' in o ? [o.const] : Array.isArray(o.enum) && o.enum.length === 1 ? o.enum : [];
    if (single.some((c) => equal(c, value))) return o.title;
  }
  if (Array.isArray(schema.enum) && Array.isArray(schema.enumNames)) {
    const name = schema.enumNames[schema.enum.findIndex((option) => equal(option, value))];
    if (typeof name === 'string') return name;
  }
  return null;
}

/** The `format` of a string field, also when it is written as one branch of a nullable `anyOf`/`oneOf`. */
function formatOf(schema: Schema | null, root: Schema): unknown {
  if (!schema) return undefined;
  if (schema.format !== undefined) return schema.format;
  return [...list(schema.anyOf), ...list(schema.oneOf)].map((s) => resolve(s, root)?.format).find((f) => f !== undefined);
}

function formatString(schema: Schema | null, value: string, root: Schema): string {
  const format = formatOf(schema, root);
  try {
    if (format === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDateVi(value);
    if (format === 'date-time') return formatInstantVi(parseInstant(value));
  } catch {
    // Not a real date after all: shown as typed.
  }
  return value;
}

function formatScalar(schema: Schema | null, value: unknown, root: Schema, key: string, label: string): string {
  const title = schema ? optionTitle(schema, value, root) : null;
  if (title !== null) return title;
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return isYear(value, key, label) ? String(value) : groupedNumber(value);
  if (typeof value === 'string') return formatString(schema, value, root);
  return String(value);
}

const isMissing = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
const isScalar = (value: unknown) => value === null || typeof value !== 'object';

function labelOf(schema: Schema | null, key: string): string {
  const title = typeof schema?.title === 'string' ? schema.title.trim() : '';
  return title || key;
}

function describeValue(key: string, label: string, schema: Schema | null, value: unknown, path: string, root: Schema): EFormAnswer | null {
  if (isMissing(value)) return null;
  if (Array.isArray(value)) {
    const present = value.map((item, i) => ({ item, i })).filter(({ item }) => !isMissing(item));
    if (present.every(({ item }) => isScalar(item))) {
      const words = present.map(({ item, i }) => formatScalar(itemSchemaOf(schema, i, root), item, root, key, label));
      return words.length > 0 ? { path, label, value: words.join(', ') } : null;
    }
    const children = present.flatMap(({ item, i }) => describeValue(key, String(i + 1), itemSchemaOf(schema, i, root), item, `${path}.${i}`, root) ?? []);
    return children.length > 0 ? { path, label, value: null, children } : null;
  }
  if (isObject(value)) {
    const children = describeObject(schema, value, path, root);
    return children.length > 0 ? { path, label, value: null, children } : null;
  }
  return { path, label, value: formatScalar(schema, value, root, key, label) };
}

/** The fields in the order the form shows them: its `x-order` (conditional fields included), else as collected. */
function inFormOrder(schema: Schema | null, known: Map<string, Schema>): [string, Schema][] {
  const order = Array.isArray(schema?.['x-order']) ? (schema['x-order'] as unknown[]) : [];
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return [...known].map((entry, i) => ({ entry, i })).sort((a, b) => rank(a.entry[0]) - rank(b.entry[0]) || a.i - b.i).map(({ entry }) => entry);
}

function describeObject(schema: Schema | null, answers: Record<string, unknown>, prefix: string, root: Schema): EFormAnswer[] {
  const known = schema ? collectProperties(schema, answers, root, new Map()) : new Map<string, Schema>();
  const at = (key: string) => (prefix ? `${prefix}.${key}` : key);
  const entries: EFormAnswer[] = [];
  for (const [key, sub] of inFormOrder(schema, known)) {
    if (!Object.hasOwn(answers, key)) continue;
    const entry = describeValue(key, labelOf(sub, key), sub, answers[key], at(key), root);
    if (entry) entries.push(entry);
  }
  // What the form does not list is still part of what was declared: kept, at the end, under its own key.
  for (const key of Object.keys(answers)) {
    if (known.has(key)) continue;
    const entry = describeValue(key, key, extraSchemaOf(schema, key, root), answers[key], at(key), root);
    if (entry) entries.push(entry);
  }
  return entries;
}

/**
 * The answers (`formData`) against the e-form's JSON Schema, as a readable tree: fields in the schema's order (its
 * `x-order` when it has one),
 * labelled by their `title` (else their key); options by their title (`oneOf`/`anyOf` constants, `enumNames`);
 * yes/no as "Có"/"Không"; `format: date` as dd/MM/yyyy; numbers grouped the Vietnamese way; lists of values joined,
 * lists of groups numbered "1", "2"…; nested objects as groups. Answers the schema does not know come last under
 * their key; empty answers are left out. Without a usable schema every answer is shown under its key.
 */
export function describeEFormAnswers(schema: unknown, answers: unknown): EFormAnswer[] {
  if (!isObject(answers)) return [];
  const root = isObject(schema) ? schema : {};
  return describeObject(resolve(root, root), answers, '', root);
}
