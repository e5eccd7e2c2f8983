/**
 * The e-form builder's model: an ordered list of fields and sections (one level of grouping), each field of one of
 * the kinds a Vietnamese declaration asks for, with conditions ("show when another field has this value"). It is
 * written to plain JSON Schema 2020-12 (what the server compiles with ajv and the portal renders with rjsf) and read
 * back from it. Conditions are standard `allOf: [{ if, then }]`; the order of fields is kept in `x-order` and the
 * long-text widget in `x-widget`, annotations that validators ignore. See docs/E-FORMS.md.
 */
import { fieldSchema, kindOf, type BuilderField } from './builder-fields.ts';

export * from './builder-fields.ts';

export interface BuilderCondition {
  /** The key of a field in the same container (the form for a top-level item, the section for a field in it). */
  field: string;
  equals: string | number | boolean;
}

export interface BuilderSection {
  type: 'section';
  key: string;
  title: string;
  description?: string | undefined;
  fields: BuilderField[];
  condition?: BuilderCondition | undefined;
}

export type BuilderItem = BuilderField | BuilderSection;

export interface BuilderForm {
  title: string;
  description?: string | undefined;
  items: BuilderItem[];
}

export const E_FORM_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

type Schema = Record<string, unknown>;
const isObject = (value: unknown): value is Schema => value !== null && typeof value === 'object' && !Array.isArray(value);

function itemSchema(item: BuilderItem): Schema {
  if (item.type === 'field') return fieldSchema(item);
  const inner = containerSchema(item.fields);
  return { type: 'object', title: item.title, ...(item.description ? { description: item.description } : {}), ...inner };
}

const isRequired = (item: BuilderItem): boolean => (item.type === 'field' ? item.required : item.fields.some((f) => f.required));

/** `properties`, `required`, the `if`/`then` of conditional items (one per distinct condition) and `x-order`. */
function containerSchema(items: readonly BuilderItem[]): Schema {
  const properties: Schema = {};
  const required: string[] = [];
  const branches = new Map<string, { condition: BuilderCondition; properties: Schema; required: string[] }>();
  for (const item of items) {
    if (!item.condition) {
      properties[item.key] = itemSchema(item);
      if (isRequired(item)) required.push(item.key);
      continue;
    }
    const id = JSON.stringify([item.condition.field, item.condition.equals]);
    const branch = branches.get(id) ?? { condition: item.condition, properties: {}, required: [] };
    branch.properties[item.key] = itemSchema(item);
    if (isRequired(item)) branch.required.push(item.key);
    branches.set(id, branch);
  }
  const allOf = [...branches.values()].map((b) => ({
    if: { properties: { [b.condition.field]: { const: b.condition.equals } }, required: [b.condition.field] },
    then: { properties: b.properties, ...(b.required.length > 0 ? { required: b.required } : {}) },
  }));
  return {
    'x-order': items.map((i) => i.key),
    properties,
    ...(required.length > 0 ? { required } : {}),
    ...(allOf.length > 0 ? { allOf } : {}),
  };
}

/** The builder's form as the JSON Schema stored on the variant. */
export function builderToSchema(form: BuilderForm): Schema {
  return {
    $schema: E_FORM_DIALECT,
    type: 'object',
    title: form.title,
    ...(form.description ? { description: form.description } : {}),
    ...containerSchema(form.items),
  };
}

export type SchemaReading = { ok: true; form: BuilderForm } | { ok: false; problems: string[] };

const KNOWN_OBJECT_KEYS = new Set(['$schema', 'type', 'title', 'description', 'properties', 'required', 'allOf', 'x-order']);

/** The condition of one `allOf` entry written by `containerSchema`, or null when it is of another shape. */
function readBranch(entry: unknown): { condition: BuilderCondition; then: Schema } | null {
  if (!isObject(entry) || !isObject(entry.if) || !isObject(entry.then) || 'else' in entry) return null;
  const ifProps = isObject(entry.if.properties) ? Object.entries(entry.if.properties) : [];
  if (ifProps.length !== 1) return null;
  const [field, test] = ifProps[0]!;
  if (!isObject(test) || !('const' in test)) return null;
  const equals = test.const;
  if (typeof equals !== 'string' && typeof equals !== 'number' && typeof equals !== 'boolean') return null;
  return { condition: { field, equals }, then: entry.then };
}

interface Entry {
  key: string;
  schema: Schema;
  required: boolean;
  condition?: BuilderCondition;
}

function containerEntries(schema: Schema, where: string, problems: string[]): Entry[] {
  for (const key of Object.keys(schema)) if (!KNOWN_OBJECT_KEYS.has(key)) problems.push(`${where}: từ khóa "${key}" chưa dựng được bằng trình thiết kế`);
  const entries: Entry[] = [];
  const add = (properties: unknown, required: unknown, condition?: BuilderCondition) => {
    const needed = new Set(Array.isArray(required) ? required : []);
    for (const [key, sub] of Object.entries(isObject(properties) ? properties : {})) {
      if (!isObject(sub)) problems.push(`${where}.${key}: không phải một trường`);
      else entries.push({ key, schema: sub, required: needed.has(key), ...(condition ? { condition } : {}) });
    }
  };
  add(schema.properties, schema.required);
  for (const entry of Array.isArray(schema.allOf) ? schema.allOf : []) {
    const branch = readBranch(entry);
    if (branch) add(branch.then.properties, branch.then.required, branch.condition);
    else problems.push(`${where}: điều kiện hiển thị chưa dựng được bằng trình thiết kế (chỉ "hiện khi trường … bằng …")`);
  }
  const order = Array.isArray(schema['x-order']) ? (schema['x-order'] as unknown[]) : [];
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return entries.map((e, i) => ({ e, i })).sort((a, b) => rank(a.e.key) - rank(b.e.key) || a.i - b.i).map(({ e }) => e);
}

function readField(entry: Entry, where: string, problems: string[]): BuilderField | null {
  const read = kindOf(entry.schema);
  if (!read.ok) {
    problems.push(`${where}: ${read.problem}`);
    return null;
  }
  return { ...read.field, key: entry.key, required: entry.required, ...(entry.condition ? { condition: entry.condition } : {}) };
}

/**
 * Reads a stored e-form back into the builder's model; a schema using what the builder cannot show (nested groups,
 * lists of groups, `$ref`, `else`…) is refused with the reasons, and stays editable in the JSON tab.
 */
export function schemaToBuilder(schema: Record<string, unknown>): SchemaReading {
  const problems: string[] = [];
  if (schema.type !== 'object') return { ok: false, problems: ['Biểu mẫu phải là JSON Schema kiểu "object"'] };
  const items: BuilderItem[] = [];
  for (const entry of containerEntries(schema, 'biểu mẫu', problems)) {
    const s = entry.schema;
    if (s.type !== 'object') {
      const field = readField(entry, entry.key, problems);
      if (field) items.push(field);
      continue;
    }
    const fields: BuilderField[] = [];
    for (const inner of containerEntries(s, entry.key, problems)) {
      const field = readField(inner, `${entry.key}.${inner.key}`, problems);
      if (field) fields.push(field);
    }
    items.push({
      type: 'section', key: entry.key, title: typeof s.title === 'string' ? s.title : entry.key,
      ...(typeof s.description === 'string' ? { description: s.description } : {}),
      fields, ...(entry.condition ? { condition: entry.condition } : {}),
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    form: { title: typeof schema.title === 'string' ? schema.title : '', ...(typeof schema.description === 'string' ? { description: schema.description } : {}), items },
  };
}

const KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** What keeps the builder's form from being saved, in Vietnamese, each with where it is. Empty when it can be. */
export function builderProblems(form: BuilderForm): string[] {
  const problems: string[] = [];
  if (!form.title.trim()) problems.push('Nhập tên biểu mẫu');
  checkContainer(form.items, 'biểu mẫu', problems);
  for (const item of form.items) {
    if (item.type !== 'section') continue;
    if (!item.title.trim()) problems.push(`Phần "${item.key}": nhập tiêu đề`);
    if (item.fields.length === 0) problems.push(`Phần "${item.title || item.key}": chưa có trường nào`);
    checkContainer(item.fields, `phần "${item.title || item.key}"`, problems);
  }
  return problems;
}

function checkContainer(items: readonly BuilderItem[], where: string, problems: string[]): void {
  const seen = new Set<string>();
  for (const item of items) {
    const name = `"${item.title || item.key}"`;
    if (!KEY.test(item.key)) problems.push(`${name}: mã trường chỉ gồm chữ cái không dấu, chữ số và "_", bắt đầu bằng chữ cái`);
    if (seen.has(item.key)) problems.push(`${name}: mã "${item.key}" bị trùng trong ${where}`);
    seen.add(item.key);
    if (item.type === 'field') problems.push(...fieldProblems(item, name));
    if (!item.condition) continue;
    const target = items.find((other) => other.key === item.condition!.field && other !== item);
    if (!target || target.type !== 'field') problems.push(`${name}: điều kiện hiển thị phải dựa vào một trường khác trong ${where}`);
  }
}

function fieldProblems(field: BuilderField, name: string): string[] {
  const problems: string[] = [];
  if (!field.title.trim()) problems.push(`${name}: nhập nhãn của trường`);
  if (field.kind === 'singleChoice' || field.kind === 'multipleChoice') {
    const choices = field.choices ?? [];
    if (choices.length === 0) problems.push(`${name}: thêm ít nhất một lựa chọn`);
    if (new Set(choices.map((c) => c.value)).size !== choices.length) problems.push(`${name}: giá trị các lựa chọn bị trùng`);
    if (choices.some((c) => !c.value.trim() || !c.label.trim())) problems.push(`${name}: lựa chọn thiếu giá trị hoặc nhãn`);
  }
  if (field.pattern) {
    try {
      new RegExp(field.pattern, 'u');
    } catch {
      problems.push(`${name}: mẫu kiểm tra (biểu thức chính quy) không hợp lệ`);
    }
  }
  const pairs: [number | undefined, number | undefined][] = [[field.minLength, field.maxLength], [field.minimum, field.maximum]];
  if (pairs.some(([min, max]) => min !== undefined && max !== undefined && min > max)) problems.push(`${name}: giá trị nhỏ nhất lớn hơn giá trị lớn nhất`);
  return problems;
}
