/** Edits of the builder's model, pure: every change returns a new form (the editor turns it into JSON Schema). */
import type { BuilderField, BuilderForm, BuilderItem, BuilderSection, EFormFieldKind } from '@motcua/shared';

export const emptyBuilderForm = (): BuilderForm => ({ title: '', items: [] });

function freeKey(base: string, taken: readonly { key: string }[]): string {
  for (let n = taken.length + 1; ; n++) if (!taken.some((item) => item.key === `${base}${n}`)) return `${base}${n}`;
}

export const newField = (siblings: readonly BuilderItem[], kind: EFormFieldKind = 'shortText'): BuilderField => ({
  type: 'field', key: freeKey('truong', siblings), kind, title: '', required: false,
});

export const newSection = (siblings: readonly BuilderItem[]): BuilderSection => ({ type: 'section', key: freeKey('phan', siblings), title: '', fields: [] });

export function moved<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export const replacedAt = <T,>(list: readonly T[], index: number, item: T): T[] => list.map((current, i) => (i === index ? item : current));
export const removedAt = <T,>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);

/** A field changed to another kind keeps what still applies (label, key, help, required, condition) and drops the rest. */
export function withKind(field: BuilderField, kind: EFormFieldKind): BuilderField {
  const { type, key, title, description, required, condition, prefill } = field;
  const choices = kind === 'singleChoice' || kind === 'multipleChoice' ? (field.choices ?? [{ value: 'lua_chon_1', label: '' }]) : undefined;
  const keepsPrefill = prefillKinds.has(kind) ? prefill : undefined;
  return { type, key, kind, title, description, required, condition, ...(choices ? { choices } : {}), ...(keepsPrefill ? { prefill: keepsPrefill } : {}) };
}

/** The kinds whose answer can come from the applicant's profile. */
export const prefillKinds = new Set<EFormFieldKind>(['shortText', 'longText', 'date', 'citizenId', 'phone', 'email']);

/** The fields a condition can look at: yes/no and single choices next to it. */
export const conditionTargets = (siblings: readonly BuilderItem[], self: BuilderItem): BuilderField[] =>
  siblings.filter((s): s is BuilderField => s !== self && s.type === 'field' && (s.kind === 'yesNo' || s.kind === 'singleChoice'));

/** A field or section no longer shown on a field that was removed or renamed loses its condition. */
export function dropDanglingConditions(items: BuilderItem[]): BuilderItem[] {
  return items.map((item) => {
    const cleaned = item.type === 'section' ? { ...item, fields: dropDanglingConditions(item.fields) as BuilderField[] } : item;
    return cleaned.condition && !items.some((other) => other !== item && other.key === cleaned.condition!.field) ? { ...cleaned, condition: undefined } : cleaned;
  });
}

/** One item replaced; when its key changed, the conditions of its siblings that looked at it follow the new key. */
export function updatedItem<T extends BuilderItem>(items: readonly T[], index: number, next: T): T[] {
  const before = items[index]!.key;
  return items.map((item, i) => {
    if (i === index) return next;
    if (before !== next.key && item.condition?.field === before) return { ...item, condition: { ...item.condition, field: next.key } };
    return item;
  });
}
