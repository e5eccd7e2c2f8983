/**
 * Dossier receipt throughput over HTTP (issue 5, goal ≥ 0.5 of the trivial insert): per engine a fresh database
 * with the demo province, the API in its own process, then in the same run autocannon on the foundation's
 * trivial POST /api/bench/items and on POST /api/dossiers as the demo desk officer (session cookie and CSRF
 * header), receiving Sở Tư pháp's procedure 1.000426 (5 working days, full checklist, approved workflow) for
 * a different applicant with a valid citizen ID each time. Prints req/s of each and the ratio.
 *
 *   node --import tsx bench/src/dossier-receipt.ts        BENCH_SECONDS (10) BENCH_CONNECTIONS (20) BENCH_ENGINES
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { IntakeOptions, ReceiveDossierBody } from '@motcua/shared';
import { isValidCitizenId } from '../../packages/shared/src/rules/identity/identifiers.ts';
import { DEMO_PASSWORD } from '../../apps/api/src/seed/demo-seed.ts';
import { freshPostgresDatabase } from './bench-databases.ts';
import { citizenId, personName, prng } from './dossier-generator.ts';
import { logIn, startServer, type BenchServer } from './lib/server.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const ENGINES = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',');
const PROCEDURE = '1.000426';

interface Load { rps: number; p50: number; p99: number; requests: number; errors: number; firstError?: string }

/** The first refused response of a run, to print with the figures. */
let firstError: string | undefined;
const keepFirstError = (status: number, body: string) => {
  if (status >= 300) firstError ??= `${status} ${body.slice(0, 300)}`;
};

async function load(server: BenchServer, opts: autocannon.Options): Promise<Load> {
  firstError = undefined;
  const r = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts });
  await server.times();
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total, errors: r.errors + r.non2xx, firstError };
}

/** The desk's receipt form filled in for a new applicant: the intake's checklist ticked in full. */
function receiptBodies(procedureId: string, intake: IntakeOptions): () => string {
  const variant = intake.variants[0]!;
  const rnd = prng(11);
  return () => {
    const id = citizenId(rnd);
    if (!isValidCitizenId(id)) throw new Error(`generated an invalid citizen ID ${id}`);
    const body: ReceiveDossierBody = {
      procedureId, variantKey: variant.key, channel: 'in_person', sets: 1, onTheSpot: false, cases: {},
      applicant: { kind: 'individual', fullName: personName(rnd), citizenId: id, phone: `09${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`, email: null, address: 'Phường Cẩm Thành, tỉnh Quảng Ngãi' },
      requestSummary: 'Đề nghị cấp thẻ tư vấn viên pháp luật',
      documents: variant.documents.map((d) => ({ requirement: d.position, name: d.name, originals: d.originals, copies: d.copies })),
    };
    return JSON.stringify(body);
  };
}

async function measure(engine: string, databaseUrl: string) {
  const server = await startServer(databaseUrl, { seedDemo: true });
  try {
    const desk = await logIn(server.url, 'motcua', DEMO_PASSWORD);
    const procedure = (await (await fetch(`${server.url}/api/procedures/${PROCEDURE}`)).json()) as { id: string };
    const headers = { cookie: desk.cookie, 'x-csrf-token': desk.csrf, 'content-type': 'application/json' };
    const intakeRes = await fetch(`${server.url}/api/dossiers/intake?procedureId=${procedure.id}`, { headers });
    if (!intakeRes.ok) throw new Error(`intake: ${intakeRes.status} ${await intakeRes.text()}`);
    const intake = (await intakeRes.json()) as IntakeOptions;
    const next = receiptBodies(procedure.id, intake);
    const probe = await fetch(`${server.url}/api/dossiers`, { method: 'POST', headers, body: next() });
    if (probe.status !== 201) throw new Error(`receipt: ${probe.status} ${await probe.text()}`);
    const probed = (await probe.json()) as { code: string; dueAt: string | null; workflow: unknown };
    console.log(`  ${engine}: thử một hồ sơ ${probed.code}, hẹn trả ${probed.dueAt}, quy trình ${probed.workflow ? 'có' : 'không'}`);

    const insert = await load(server, { url: `${server.url}/api/bench/items`, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ note: 'một dòng' }) });
    const receipt = await load(server, {
      url: server.url, method: 'POST',
      requests: [{ method: 'POST', path: '/api/dossiers', headers, setupRequest: (req: autocannon.Request) => ({ ...req, body: next() }), onResponse: keepFirstError }],
    });
    const result = { engine, insert, receipt, ratio: Math.round((receipt.rps / insert.rps) * 100) / 100 };
    console.log(`  ${engine}: chèn một dòng ${insert.rps} req/s, tiếp nhận hồ sơ ${receipt.rps} req/s, tỉ lệ ${result.ratio}${receipt.errors ? `; ${receipt.errors} lỗi: ${receipt.firstError}` : ''}`);
    return result;
  } finally {
    await server.stop();
  }
}

console.log(`Tiếp nhận hồ sơ qua HTTP: ${SECONDS} s mỗi phép đo, ${CONNECTIONS} kết nối`);
const results = [];
if (ENGINES.includes('sqlite')) {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-receipt-'));
  try {
    results.push(await measure('SQLite (WAL, synchronous=FULL)', `file:${join(dir, 'bench.db')}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (ENGINES.includes('postgres')) {
  const pgUrl = await freshPostgresDatabase('motcua_bench_receipt');
  if (pgUrl) results.push(await measure('PostgreSQL 15 (local)', pgUrl));
  else console.log('  (không có PostgreSQL: bỏ qua)');
}
console.log(`\n${SECONDS}s per measurement, ${CONNECTIONS} connections, server in its own process, both endpoints in the same run\n`);
console.log('| engine | trivial insert (req/s) | p50 / p99 ms | dossier receipt (req/s) | p50 / p99 ms | ratio (goal ≥ 0.5) | errors |');
console.log('|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(`| ${r.engine} | ${r.insert.rps} | ${r.insert.p50} / ${r.insert.p99} | ${r.receipt.rps} | ${r.receipt.p50} / ${r.receipt.p99} | ${r.ratio} | ${r.insert.errors + r.receipt.errors} |`);
}
