import { readFileSync, readdirSync } from 'node:fs';
import { parseCrawlerRecord } from './crawler-record.ts';
const dir = '/work/main/apps/api/src/modules/catalog/test-fixtures/national-records/';
for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
  const p = parseCrawlerRecord(JSON.parse(readFileSync(dir + f, 'utf8')));
  const r = p.record;
  console.log('==', r.code, r.name.slice(0, 50), r.levels, r.subjects, r.onlineLevel, r.sector.code);
  for (const v of r.variants) {
    console.log('  V', v.name.slice(0, 60), JSON.stringify(v.timeLimit), v.channels.map((c) => `${c.channel}:${JSON.stringify(c.timeLimit)}`).join(' '));
    console.log('    fees', v.fees.map((x) => `${x.channel}/${x.kind}/${x.amount}/${(x.note ?? '').slice(0, 30)}|ex:${(x.exemptions ?? '').slice(0, 30)}`).join(' ; '));
    for (const d of v.documents.slice(0, 4)) console.log('    D', d.group, d.originals, d.copies, d.required, d.name.slice(0, 60), '|', d.formTemplate?.name, '|', d.condition?.slice(0, 30));
    console.log('    ndocs', v.documents.length);
  }
  console.log('  LB', r.legalBasis.slice(0, 3).map((b) => `${b.number}|${b.title.slice(0, 40)}|${b.issuedOn}|${b.issuer}`));
  console.log('  R', r.results, 'issues', p.issues.map((i) => i.message), p.fields);
}
