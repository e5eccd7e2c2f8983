import { readFileSync, readdirSync } from 'node:fs';
import { parseCrawlerRecord } from './crawler-record.ts';
import { fromNationalPackage, toNationalPackage } from './national-package.ts';
import { diffRecords } from '../version-diff.ts';
import { canonicalRecord } from '../procedure-record.ts';
const dir = '/work/main/apps/api/src/modules/catalog/test-fixtures/national-records/';
for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
  const r = canonicalRecord(parseCrawlerRecord(JSON.parse(readFileSync(dir + f, 'utf8'))).record);
  const back = canonicalRecord(fromNationalPackage(JSON.parse(JSON.stringify(toNationalPackage(r)))).record);
  console.log(f, diffRecords(r, back).map((c) => `${c.path} ${JSON.stringify(c.before)?.slice(0, 60)} -> ${JSON.stringify(c.after)?.slice(0, 60)}`).slice(0, 6));
}
