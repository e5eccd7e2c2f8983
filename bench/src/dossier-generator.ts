/**
 * Fills a migrated database (SQLite or PostgreSQL) with N dossiers shaped like two years of a province's
 * one-stop offices, for the work-queue benchmark: the demo province and catalog (seedDemoData), a few hundred
 * officers with roles in every agency and desk, and per dossier one row in `dossiers` plus one or two rows
 * in `dossier_actions`. Most dossiers are closed; about 8 % are open, spread over the lifecycle, with due
 * dates around today (some overdue, some due soon, some paused while the applicant owes something).
 *
 *   node --import tsx bench/src/dossier-generator.ts [file:<path> | postgres://…]    (BENCH_DOSSIERS, default 1,000,000)
 *
 * Rows go in as batches inside transactions: on SQLite one prepared statement per row (better-sqlite3 is
 * synchronous, so that is the fast path), on PostgreSQL one `json_populate_recordset` statement per batch.
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { dossierStatusDefinitions, nationalStatusOf, type DossierStatus, type TimeLimitUnit } from '@motcua/shared';
import { loadConfig, type Config } from '../../apps/api/src/config.ts';
import { createDatabase, openSqlite } from '../../apps/api/src/db/database.ts';
import { migrateToLatest } from '../../apps/api/src/db/migrate.ts';
import type { DB } from '../../apps/api/src/db/schema.ts';
import { DEMO_PASSWORD, seedDemoData } from '../../apps/api/src/seed/demo-seed.ts';
import { hashPassword } from '../../apps/api/src/modules/identity/password.ts';
import { systemClock } from '../../apps/api/src/platform/clock.ts';
import { openAuditKeys } from '../../apps/api/src/platform/audit/audit-keys.ts';

const DAY = 86_400_000;
const VIETNAM_OFFSET = 7 * 3_600_000;

/** A deterministic pseudo-random sequence (mulberry32): every run generates the same province. */
export function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const middles = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Thị Thu', 'Văn Hoài'];
const givens = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hoa', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Vy', 'Yến'];
const streets = ['Quang Trung', 'Hùng Vương', 'Lê Lợi', 'Phan Đình Phùng', 'Trần Hưng Đạo', 'Nguyễn Nghiêm', 'Bà Triệu', 'Phạm Văn Đồng'];
/** Birth-registration province codes: Quảng Ngãi (051) and Kon Tum (062) mostly, then neighbours. */
const birthProvinces = ['051', '051', '051', '051', '062', '062', '049', '052', '079', '001'];
const TAX_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

export function personName(rnd: () => number): string {
  const pick = <T,>(l: readonly T[]) => l[Math.floor(rnd() * l.length)]!;
  return `${pick(families)} ${pick(middles)} ${pick(givens)}`;
}

/** A valid 12-digit citizen ID number (province of birth registration, century/sex, birth year, 6 digits). */
export function citizenId(rnd: () => number): string {
  const year = 1945 + Math.floor(rnd() * 63); // 1945–2007: adults
  const female = rnd() < 0.5 ? 1 : 0;
  const century = (year >= 2000 ? 2 : 0) + female;
  const serial = String(Math.floor(rnd() * 1_000_000)).padStart(6, '0');
  return `${birthProvinces[Math.floor(rnd() * birthProvinces.length)]}${century}${String(year % 100).padStart(2, '0')}${serial}`;
}

/** A valid 10-digit tax code (9 digits and the check digit of Circular 105/2020). */
export function taxCode(rnd: () => number): string {
  for (;;) {
    const digits = Array.from({ length: 9 }, (_, i) => (i === 0 ? 4 : Math.floor(rnd() * 10)));
    const check = 10 - (digits.reduce((acc, d, i) => acc + d * TAX_WEIGHTS[i]!, 0) % 11);
    if (check < 10) return `${digits.join('')}${check}`;
  }
}

/** Share of all dossiers in each status: 92 % closed, 8 % open across the lifecycle. */
const statusMix: [DossierStatus, number][] = [
  ['returned', 85], ['refused', 2], ['withdrawn', 2], ['stopped', 1.5], ['closed_without_supplement', 1.5],
  ['received', 0.6], ['awaiting_assignment', 0.8], ['in_progress', 3], ['consulting', 0.4], ['awaiting_approval', 0.6],
  ['awaiting_signature', 0.3], ['awaiting_issue', 0.2], ['supplement_requested', 0.8], ['financial_obligation_requested', 0.3],
  ['result_ready', 0.9], ['correcting_result', 0.1],
];
/** The action that led into a status (second row of the action log), with where it came from. */
const lastAction: Partial<Record<DossierStatus, [action: string, from: DossierStatus]>> = {
  returned: ['return_result', 'result_ready'], refused: ['refuse', 'in_progress'], withdrawn: ['withdraw', 'in_progress'],
  stopped: ['stop', 'in_progress'], closed_without_supplement: ['close_without_supplement', 'supplement_requested'],
  awaiting_assignment: ['transfer', 'received'], in_progress: ['assign', 'awaiting_assignment'], consulting: ['consult', 'in_progress'],
  awaiting_approval: ['request_approval', 'in_progress'], awaiting_signature: ['approve', 'awaiting_approval'], awaiting_issue: ['sign', 'awaiting_signature'],
  supplement_requested: ['request_supplement', 'in_progress'], financial_obligation_requested: ['request_financial_obligation', 'in_progress'],
  result_ready: ['issue_result', 'awaiting_issue'], correcting_result: ['correct_result', 'returned'],
};
const leaderStatuses = new Set<DossierStatus>(['awaiting_approval', 'awaiting_signature']);
const unassignedStatuses = new Set<DossierStatus>(['received', 'awaiting_assignment']);
const pausedStatuses = new Set<DossierStatus>(['supplement_requested', 'financial_obligation_requested']);
const atDeskStatuses = new Set<DossierStatus>(['received', 'returned', 'result_ready', 'withdrawn']);

interface Officer { id: string; name: string; role: string }
interface Agency { id: string; code: string; specialists: Officer[]; leaders: Officer[] }
interface Desk { id: string; officers: Officer[] }
interface Offer {
  procedureId: string; versionId: string; code: string; name: string; variantKey: string; variantName: string;
  limitValue: number | null; limitUnit: TimeLimitUnit | null; agency: Agency; desk: Desk;
}

/** Calendar days a time limit spans, roughly (working days and hours stretched over weekends). */
function limitDays(value: number | null, unit: string | null): number {
  if (value === null || unit === null) return 15;
  if (unit === 'working_days') return value * 1.4;
  if (unit === 'working_hours') return (value / 8) * 1.4;
  if (unit === 'months') return value * 30;
  return value;
}

function yymmdd(epochMs: number): string {
  const d = new Date(epochMs + VIETNAM_OFFSET);
  return `${String(d.getUTCFullYear() % 100).padStart(2, '0')}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** Officers of the benchmark province: the demo accounts plus specialists, leaders and desk officers everywhere. */
async function createOfficers(database: ReturnType<typeof createDatabase>, now: string) {
  const { db } = database;
  const units = await db.selectFrom('org_units').select(['id', 'code', 'kind', 'level_code']).execute();
  const existing = await db.selectFrom('officers').select('username').where('username', 'like', 'bench.%').limit(1).executeTakeFirst();
  if (!existing) {
    const hash = await hashPassword(DEMO_PASSWORD);
    const plan: { unit: string; role: string; count: number }[] = [];
    for (const u of units) {
      if (u.kind === 'department' || u.kind === 'agency') plan.push({ unit: u.id, role: 'specialist', count: 10 }, { unit: u.id, role: 'leader', count: 2 });
      else if (u.kind === 'committee' && u.level_code === 'commune') plan.push({ unit: u.id, role: 'specialist', count: 2 }, { unit: u.id, role: 'leader', count: 1 });
      else if (u.kind === 'service_centre') plan.push({ unit: u.id, role: 'desk_officer', count: u.level_code === 'province' ? 6 : 1 });
    }
    const rnd = prng(7);
    const codeOf = new Map(units.map((u) => [u.id, u.code]));
    await db.transaction().execute(async (trx) => {
      for (const p of plan) {
        for (let i = 1; i <= p.count; i++) {
          const id = randomUUID();
          const username = `bench.${codeOf.get(p.unit)}.${p.role}.${i}`.toLowerCase();
          await trx.insertInto('officers').values({
            id, username, full_name: personName(rnd), email: null, password_hash: hash, totp_secret: null, totp_enabled: 0,
            failed_login_count: 0, locked_until: null, is_active: 1, created_at: now, updated_at: now,
          }).execute();
          await trx.insertInto('officer_roles').values({ officer_id: id, role: p.role, org_unit_id: p.unit, created_at: now }).execute();
        }
      }
    });
  }
  const roles = await db.selectFrom('officer_roles').innerJoin('officers', 'officers.id', 'officer_roles.officer_id')
    .select(['officers.id', 'officers.full_name', 'officer_roles.role', 'officer_roles.org_unit_id']).execute();
  const byUnit = new Map<string, Officer[]>();
  for (const r of roles) {
    const list = byUnit.get(r.org_unit_id) ?? [];
    list.push({ id: r.id, name: r.full_name, role: r.role });
    byUnit.set(r.org_unit_id, list);
  }
  return { units, byUnit, officers: roles.length };
}

/** What can be received where: each published procedure's first variant, at each implementing agency, with its desk. */
async function loadOffers(database: ReturnType<typeof createDatabase>, units: { id: string; code: string; kind: string; level_code: string }[], byUnit: Map<string, Officer[]>) {
  const { db } = database;
  const rows = await db.selectFrom('procedures')
    .innerJoin('procedure_variants', 'procedure_variants.version_id', 'procedures.current_version_id')
    .innerJoin('procedure_units', 'procedure_units.procedure_id', 'procedures.id')
    .where('procedure_variants.position', '=', 0).where('procedure_units.role', '=', 'implementing')
    .select(['procedures.id', 'procedures.current_version_id', 'procedures.code', 'procedures.name', 'procedure_variants.key', 'procedure_variants.name as variant_name',
      'procedure_variants.time_limit_value', 'procedure_variants.time_limit_unit', 'procedure_units.unit_id'])
    .orderBy('procedures.code').orderBy('procedure_units.unit_id').execute();
  const byCode = new Map(units.map((u) => [u.code, u]));
  const provincialDesk = units.find((u) => u.kind === 'service_centre' && u.level_code === 'province')!;
  const agencies = new Map<string, Agency>();
  const desks = new Map<string, Desk>();
  const deskOf = (unitId: string): Desk => {
    const d = desks.get(unitId) ?? { id: unitId, officers: (byUnit.get(unitId) ?? []).filter((o) => o.role === 'desk_officer') };
    desks.set(unitId, d);
    return d;
  };
  const unitById = new Map(units.map((u) => [u.id, u]));
  const provincial: Offer[] = [];
  const commune: Offer[] = [];
  for (const r of rows) {
    const unit = unitById.get(r.unit_id)!;
    const agency = agencies.get(unit.id) ?? {
      id: unit.id, code: unit.code,
      specialists: (byUnit.get(unit.id) ?? []).filter((o) => o.role === 'specialist'),
      leaders: (byUnit.get(unit.id) ?? []).filter((o) => o.role === 'leader'),
    };
    agencies.set(unit.id, agency);
    const isCommune = unit.level_code === 'commune';
    const desk = deskOf(isCommune ? byCode.get(`${unit.code}.TTPVHCC`)!.id : provincialDesk.id);
    (isCommune ? commune : provincial).push({
      procedureId: r.id, versionId: r.current_version_id!, code: r.code, name: r.name, variantKey: r.key, variantName: r.variant_name,
      limitValue: r.time_limit_value, limitUnit: r.time_limit_unit, agency, desk,
    });
  }
  return { provincial, commune };
}

type DossierRow = DB['dossiers'];
type ActionRow = DB['dossier_actions'];

/** Where the rows go; each batch is one transaction. */
interface Writer {
  /** Drops what makes a bulk load slow (secondary indexes; on PostgreSQL also keys), for `finish` to rebuild. */
  prepare(): Promise<void>;
  batch(dossiers: DossierRow[], actions: ActionRow[]): Promise<void>;
  sequences(rows: DB['dossier_code_sequences'][]): Promise<void>;
  /** Recreates what `prepare` dropped exactly as the migrations made it, then ANALYZE (VACUUM ANALYZE on PostgreSQL). */
  finish(): Promise<void>;
  close(): Promise<void>;
}

const LOADED_TABLES = ['dossiers', 'dossier_actions'];

function sqliteWriter(file: string): Writer {
  const sqlite = openSqlite(file);
  sqlite.pragma('cache_size = -1000000'); // 1 GB for the loader: the random-id keys stay in memory
  sqlite.pragma('foreign_keys = OFF'); // the generator's references are right by construction
  const insert = (table: string, row: object) =>
    sqlite.prepare(`insert into ${table} (${Object.keys(row).join(', ')}) values (${Object.keys(row).map((c) => `@${c}`).join(', ')})`);
  let statements: { dossiers: ReturnType<typeof insert>; actions: ReturnType<typeof insert> } | undefined;
  let dropped: { name: string; sql: string }[] = [];
  return {
    prepare: async () => {
      dropped = sqlite.prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${LOADED_TABLES.map(() => '?').join(', ')})`).all(...LOADED_TABLES) as { name: string; sql: string }[];
      for (const i of dropped) sqlite.exec(`drop index "${i.name}"`);
    },
    batch: async (dossiers, actions) => {
      statements ??= { dossiers: insert('dossiers', dossiers[0]!), actions: insert('dossier_actions', actions[0]!) };
      const s = statements;
      sqlite.transaction(() => {
        for (const row of dossiers) s.dossiers.run(row);
        for (const row of actions) s.actions.run(row);
      })();
    },
    sequences: async (rows) => {
      const s = sqlite.prepare('insert into dossier_code_sequences (agency_code, receipt_date, last_value) values (@agency_code, @receipt_date, @last_value) on conflict do update set last_value = max(last_value, excluded.last_value)');
      sqlite.transaction(() => rows.forEach((r) => s.run(r)))();
    },
    finish: async () => {
      for (const i of dropped) sqlite.exec(i.sql);
      sqlite.exec('analyze');
    },
    close: async () => void sqlite.close(),
  };
}

function postgresWriter(url: string): Writer {
  const client = new pg.Client({ connectionString: url });
  let connected: Promise<void> | undefined;
  const c = async () => {
    connected ??= client.connect().then(() => undefined);
    await connected;
    return client;
  };
  let droppedIndexes: string[] = [];
  let droppedKeys: { tbl: string; conname: string; def: string; contype: string }[] = [];
  return {
    prepare: async () => {
      const cl = await c();
      // Foreign-key triggers off for this session only: the generator's references are right by construction.
      await cl.query(`set session_replication_role = replica`);
      await cl.query(`set maintenance_work_mem = '512MB'`);
      // The loaded tables' primary and unique keys, and the foreign keys that lean on them (dropped first, added last).
      droppedKeys = (await cl.query(`select conrelid::regclass::text as tbl, conname, pg_get_constraintdef(oid) as def, contype from pg_constraint
        where (conrelid = any($1::regclass[]) and contype in ('p', 'u')) or (confrelid = any($1::regclass[]) and contype = 'f')
        order by contype = 'f' desc`, [LOADED_TABLES])).rows;
      const indexes = (await cl.query(`select i.indexname, i.indexdef from pg_indexes i where i.schemaname = current_schema() and i.tablename = any($1)
        and not exists (select 1 from pg_constraint k where k.conname = i.indexname)`, [LOADED_TABLES])).rows as { indexname: string; indexdef: string }[];
      for (const k of droppedKeys) await cl.query(`alter table ${k.tbl} drop constraint "${k.conname}"`);
      for (const i of indexes) await cl.query(`drop index "${i.indexname}"`);
      droppedIndexes = indexes.map((i) => i.indexdef);
    },
    batch: async (dossiers, actions) => {
      const cl = await c();
      const d = JSON.stringify(dossiers);
      const a = JSON.stringify(actions);
      await cl.query('begin');
      await cl.query(`insert into dossiers select * from json_populate_recordset(null::dossiers, $1::json)`, [d]);
      await cl.query(`insert into dossier_actions select * from json_populate_recordset(null::dossier_actions, $1::json)`, [a]);
      await cl.query('commit');
    },
    sequences: async (rows) => {
      const cl = await c();
      for (let i = 0; i < rows.length; i += 5000) {
        await cl.query(`insert into dossier_code_sequences select * from json_populate_recordset(null::dossier_code_sequences, $1::json)
          on conflict (agency_code, receipt_date) do update set last_value = greatest(dossier_code_sequences.last_value, excluded.last_value)`, [JSON.stringify(rows.slice(i, i + 5000))]);
      }
    },
    finish: async () => {
      const cl = await c();
      for (const k of [...droppedKeys].reverse()) await cl.query(`alter table ${k.tbl} add constraint "${k.conname}" ${k.def}`);
      for (const def of droppedIndexes) await cl.query(def);
      await cl.query('set session_replication_role = origin');
      // What autovacuum would have done on a live system: statistics and the visibility map (index-only scans).
      await cl.query('vacuum analyze');
    },
    close: async () => void (await client.end()),
  };
}

export interface GenerateResult { dossiers: number; actions: number; officers: number; seconds: number; rowsPerSecond: number; open: number }

/**
 * Seeds the demo province (if the database is empty), creates the benchmark officers and adds `count`
 * dossiers received over the two years before `now`.
 */
export async function generateDossiers(config: Config['database'], count: number, options: { now?: number; seed?: number; log?: (line: string) => void } = {}): Promise<GenerateResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const now = options.now ?? Date.now();
  const nowIso = new Date(now).toISOString();
  const database = createDatabase(config);
  await migrateToLatest(database.db);
  openAuditKeys(loadConfig());
  await seedDemoData(database.db, database.engine, systemClock);
  const { units, byUnit, officers } = await createOfficers(database, nowIso);
  const offers = await loadOffers(database, units, byUnit);
  await database.destroy();
  log(`  ${config.engine}: tỉnh mẫu ${units.length} đơn vị, ${officers} vai trò cán bộ, ${offers.provincial.length} thủ tục cấp tỉnh, ${offers.commune.length} cặp thủ tục cấp xã × xã`);

  const rnd = prng(options.seed ?? 2026);
  const cumulative: [DossierStatus, number][] = [];
  let total = 0;
  for (const [s, w] of statusMix) cumulative.push([s, (total += w)]);
  const pickStatus = () => {
    const x = rnd() * total;
    return cumulative.find(([, c]) => x < c)![0];
  };
  // Popularity is skewed: a few procedures take most of the traffic (r² puts weight on the first ones).
  const pickOffer = (list: Offer[]) => list[Math.floor(list.length * rnd() * rnd())]!;
  const pickFrom = <T,>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const sequences = new Map<string, number>();

  const writer = config.engine === 'sqlite' ? sqliteWriter(config.file) : postgresWriter(config.url);
  const BATCH = config.engine === 'sqlite' ? 50_000 : 10_000;
  const started = performance.now();
  await writer.prepare();
  let pending = Promise.resolve();
  let actions = 0;
  let open = 0;
  for (let done = 0; done < count;) {
    const n = Math.min(BATCH, count - done);
    const dossiers: DossierRow[] = [];
    const actionRows: ActionRow[] = [];
    for (let k = 0; k < n; k++) {
      const offer = rnd() < 0.35 ? pickOffer(offers.provincial) : pickOffer(offers.commune);
      const status = pickStatus();
      const def = dossierStatusDefinitions[status];
      const isOpen = !def.terminal;
      const channel = rnd() < 0.7 ? 'in_person' : rnd() < 0.85 ? 'online' : 'postal';
      const span = limitDays(offer.limitValue, offer.limitUnit) * DAY;
      // Closed dossiers over two years; open ones received in the last weeks (older ones more likely overdue).
      const received = isOpen ? now - (0.2 + 45 * rnd() * rnd()) * DAY : now - (20 + 710 * rnd()) * DAY;
      const registered = channel === 'online' ? received - rnd() * 2 * DAY : null;
      const due = received + span;
      const ended = def.clock === 'ended' ? Math.min(received + span * (0.3 + 0.85 * rnd()), now - 0.1 * DAY) : null;
      const returned = status === 'returned' || status === 'correcting_result' ? Math.min(ended! + rnd() * 3 * DAY, now - 0.05 * DAY) : null;
      const desk = offer.desk;
      const deskOfficer = pickFrom(desk.officers);
      const assignee = unassignedStatuses.has(status) ? undefined : leaderStatuses.has(status) ? pickFrom(offer.agency.leaders) : pickFrom(offer.agency.specialists);
      const individual = rnd() < 0.9;
      const day = yymmdd(received);
      const seqKey = `${offer.agency.code}|${day}`;
      const sequence = (sequences.get(seqKey) ?? 0) + 1;
      sequences.set(seqKey, sequence);
      const id = randomUUID();
      const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
      const last = lastAction[status];
      const lastAt = returned ?? ended ?? received + Math.min(now - received, span) * rnd();
      const paused = pausedStatuses.has(status);
      const receivedIso = iso(received)!;
      const state = {
        status, channel, registeredAt: iso(registered), receivedAt: receivedIso,
        clockEvents: [{ at: receivedIso, type: 'start' }, ...(paused ? [{ at: iso(lastAt), type: 'pause' }] : []), ...(ended !== null ? [{ at: iso(ended), type: 'end' }] : [])],
        endedAt: iso(ended), supplementRequests: status === 'supplement_requested' || status === 'closed_without_supplement' ? 1 : 0, onlineCorrections: 0,
        supplementRequestedAt: status === 'supplement_requested' ? iso(lastAt) : null, apologies: 0, stepOpen: false, flags: [],
      };
      const name = individual ? personName(rnd) : `Công ty TNHH ${pickFrom(givens)} ${pickFrom(families)}`;
      dossiers.push({
        id, code: `${offer.agency.code}-${day}-${String(sequence).padStart(4, '0')}`,
        procedure_id: offer.procedureId, procedure_version_id: offer.versionId, procedure_code: offer.code, procedure_name: offer.name,
        variant_key: offer.variantKey, variant_name: offer.variantName, workflow_version_id: null,
        receiving_unit_id: desk.id, competent_unit_id: offer.agency.id,
        current_unit_id: atDeskStatuses.has(status) ? desk.id : offer.agency.id, assignee_id: assignee?.id ?? null,
        channel, status, national_status: nationalStatusOf(status).code, is_open: isOpen ? 1 : 0, on_the_spot: 0,
        applicant_kind: individual ? 'individual' : 'organisation', applicant_name: name,
        applicant_identifier: individual ? citizenId(rnd) : taxCode(rnd),
        applicant_phone: `09${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`, applicant_email: null,
        applicant_address: `${1 + Math.floor(rnd() * 300)} ${pickFrom(streets)}, Quảng Ngãi`, request_summary: null, sets: 1,
        time_limit_value: offer.limitValue, time_limit_unit: offer.limitUnit,
        registered_at: iso(registered), received_at: receivedIso, due_at: paused ? null : iso(due), ended_at: iso(ended), returned_at: iso(returned),
        return_method: returned === null ? null : 'desk', current_step_index: null, step_due_at: null,
        supplement_requests: state.supplementRequests, apologies: 0, flags: '[]', state: JSON.stringify(state),
        row_version: last ? 2 : 1, created_at: iso(registered ?? received)!, updated_at: iso(last ? lastAt : received)!,
        applicant_account_id: null, source_system: null, source_reference: null, source_content_sha256: null, applied_cases: null,
      });
      const actor = (o: Officer | undefined) => ({ actor_kind: 'officer', actor_id: o?.id ?? null, actor_name: o?.name ?? null, actor_role: o?.role ?? null });
      actionRows.push({
        id: randomUUID(), dossier_id: id, seq: 1, action: channel === 'online' ? 'accept_online' : 'receive', from_status: channel === 'online' ? 'newly_registered' : null,
        to_status: 'received', ...actor(deskOfficer), unit_id: desk.id, at: receivedIso, reason: null, data: '{}', flags: '[]', due_at_after: iso(due),
      });
      if (last) {
        const [action, from] = last;
        const by = action === 'return_result' || action === 'transfer' || action === 'withdraw' ? deskOfficer : assignee ?? pickFrom(offer.agency.specialists);
        actionRows.push({
          id: randomUUID(), dossier_id: id, seq: 2, action, from_status: from, to_status: status, ...actor(by),
          unit_id: action === 'return_result' || action === 'transfer' ? desk.id : offer.agency.id, at: iso(lastAt)!,
          reason: action === 'refuse' || action === 'stop' || action === 'withdraw' ? 'Theo đề nghị của người nộp hồ sơ' : null, data: '{}', flags: '[]', due_at_after: paused ? null : iso(due),
        });
      }
      if (isOpen) open++;
    }
    // PostgreSQL works on this batch while the next one is generated.
    await pending;
    pending = writer.batch(dossiers, actionRows);
    actions += actionRows.length;
    done += n;
    if (done % (BATCH * 4) === 0 || done === count) {
      const s = (performance.now() - started) / 1000;
      log(`    ${done.toLocaleString('en')} hồ sơ, ${s.toFixed(0)} s, ${Math.round(done / s).toLocaleString('en')} hồ sơ/s`);
    }
  }
  await pending;
  await writer.sequences([...sequences].map(([k, last_value]) => {
    const [agency_code, d] = k.split('|') as [string, string];
    return { agency_code, receipt_date: `20${d.slice(0, 2)}-${d.slice(2, 4)}-${d.slice(4, 6)}`, last_value };
  }));
  const loaded = (performance.now() - started) / 1000;
  await writer.finish();
  const seconds = (performance.now() - started) / 1000;
  log(`  ${config.engine}: ${count.toLocaleString('en')} hồ sơ + ${actions.toLocaleString('en')} dòng nhật ký trong ${seconds.toFixed(1)} s, gồm dựng lại chỉ mục và ANALYZE ${(seconds - loaded).toFixed(1)} s (${Math.round(count / seconds).toLocaleString('en')} hồ sơ/s, ${Math.round((count + actions) / seconds).toLocaleString('en')} dòng/s)`);
  await writer.close();
  return { dossiers: count, actions, officers, seconds, rowsPerSecond: Math.round((count + actions) / seconds), open };
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const url = process.argv[2] ?? process.env.DATABASE_URL;
  if (!url) {
    console.error('usage: node --import tsx bench/src/dossier-generator.ts <file:path | postgres://…>');
    process.exit(2);
  }
  const config = loadConfig({ DATABASE_URL: url }).database;
  await generateDossiers(config, Number(process.env.BENCH_DOSSIERS ?? 1_000_000));
}
