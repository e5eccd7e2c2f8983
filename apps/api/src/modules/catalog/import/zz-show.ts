import { readFileSync } from 'node:fs';
import { parseCrawlerRecord } from './crawler-record.ts';
for (const f of process.argv.slice(2)) {
  const p = parseCrawlerRecord(JSON.parse(readFileSync(`/work/shared/data/national-procedures/${f}.json`, 'utf8')));
  console.log(JSON.stringify({ ...p.record, steps: p.record.steps?.slice(0, 80) }, null, 1).slice(0, Number(process.env.MAX ?? 6000)));
  console.log(p.issues, p.fields);
}
