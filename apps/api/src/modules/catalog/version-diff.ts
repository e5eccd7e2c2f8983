import type { DiffChange } from '@motcua/shared';
import { createPatch } from 'diff';
import type { ProcedureRecord } from './procedure-record.ts';

type Json = unknown;

/** How elements of a list are matched between versions (by identity, not position), per list path. */
const identities: Record<string, (item: any) => string> = {
  variants: (v) => v.key,
  channels: (c) => c.channel,
  legalBasis: (b) => b.number ?? b.title,
  results: (r) => r.code ?? r.name,
};
/** How a matched element is named in a change path, e.g. variants[Đăng ký kết hôn]. */
const labels: Record<string, (item: any) => string> = {
  variants: (v) => v.name,
  channels: (c) => c.channel,
  legalBasis: (b) => b.number ?? b.title.slice(0, 60),
  results: (r) => r.name.slice(0, 60),
};

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: Json, b: Json) => JSON.stringify(a) === JSON.stringify(b);
const isLongText = (v: Json) => typeof v === 'string' && (v.length > 160 || v.includes('\n'));

/** A unified line diff without file headers: what an officer reads to see a changed paragraph. */
function textDiff(before: string, after: string): string {
  return createPatch('text', before, after, '', '', { context: 1 }).split('\n').slice(4).join('\n').trimEnd();
}

function diffValue(path: string, name: string, a: Json, b: Json, out: DiffChange[]): void {
  if (same(a, b)) return;
  if (a === undefined || a === null) {
    if (b !== undefined && b !== null) out.push({ path, kind: 'added', before: a ?? null, after: b });
    return;
  }
  if (b === undefined || b === null) {
    out.push({ path, kind: 'removed', before: a, after: b ?? null });
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) return diffList(path, name, a, b, out);
  if (isObject(a) && isObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) diffValue(path ? `${path}.${key}` : key, key, a[key], b[key], out);
    return;
  }
  const change: DiffChange = { path, kind: 'changed', before: a, after: b };
  if (isLongText(a) || isLongText(b)) change.textDiff = textDiff(String(a), String(b));
  out.push(change);
}

function diffList(path: string, name: string, a: Json[], b: Json[], out: DiffChange[]): void {
  const identity = identities[name];
  const label = labels[name];
  if (!identity || !label) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) diffValue(`${path}[${i}]`, String(i), a[i], b[i], out);
    return;
  }
  const before = new Map(a.map((item) => [identity(item), item]));
  const after = new Map(b.map((item) => [identity(item), item]));
  for (const [id, item] of before) {
    const counterpart = after.get(id);
    diffValue(`${path}[${label(counterpart ?? item)}]`, '', item, counterpart, out);
  }
  for (const [id, item] of after) if (!before.has(id)) out.push({ path: `${path}[${label(item)}]`, kind: 'added', before: null, after: item });
}

/** Field-level changes from one version's record to another's; lists are matched by identity. */
export function diffRecords(before: ProcedureRecord, after: ProcedureRecord): DiffChange[] {
  const out: DiffChange[] = [];
  diffValue('', '', before as unknown as Json, after as unknown as Json, out);
  return out;
}
