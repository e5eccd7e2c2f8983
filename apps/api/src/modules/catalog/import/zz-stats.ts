import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseCrawlerRecord, reportedFields } from '/work/main/apps/api/src/modules/catalog/import/crawler-record.ts';
const root = '/work/shared/data/national-procedures';
const files: string[] = [];
const walk = (d: string) => { for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (p.endsWith('.json')) files.push(p); } };
walk(root);
const counts: Record<string, Record<string, number>> = {};
const samples: Record<string, string[]> = {};
const t0 = Date.now();
for (const f of files) {
  const p = parseCrawlerRecord(JSON.parse(readFileSync(f, 'utf8')));
  for (const k of reportedFields) { counts[k] ??= {}; counts[k][p.fields[k]] = (counts[k][p.fields[k]] ?? 0) + 1; }
  for (const i of p.issues) { const key = i.field + ': ' + i.message.replace(/^(in_person|online|postal): /, ''); (samples[key] ??= []).push(`${f.split('/').slice(-2).join('/')} ${i.excerpt ?? ''}`); }
}
console.log(Date.now() - t0, 'ms');
console.log(counts);
for (const [k, v] of Object.entries(samples).sort((a, b) => b[1].length - a[1].length)) { console.log(v.length, k); for (const s of v.slice(0, Number(process.env.N ?? 2))) console.log('    ', s.slice(0, 200)); }
