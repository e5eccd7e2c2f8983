import { sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Engine } from '../../db/database.ts';
import type { Executor } from '../../db/executor.ts';

/** Locks the chain head for the rest of the transaction so concurrent writers extend one chain. */
export async function lockChainHead(ex: Executor, engine: Engine) {
  const query = ex.selectFrom('audit_chain_head').select(['last_seq', 'last_hash']).where('id', '=', 1);
  const head = engine === 'postgres' ? await query.forUpdate().executeTakeFirstOrThrow() : await query.executeTakeFirstOrThrow();
  return { lastSeq: Number(head.last_seq), lastHash: head.last_hash };
}

export async function insertEntry(ex: Executor, row: DB['audit_entries']) {
  await ex.insertInto('audit_entries').values(row).execute();
  await ex.updateTable('audit_chain_head').set({ last_seq: row.seq, last_hash: row.hash }).where('id', '=', 1).execute();
}

export async function* streamEntries(ex: Executor, batch = 1000) {
  let after = 0;
  for (;;) {
    const rows = await ex.selectFrom('audit_entries').selectAll().where('seq', '>', after).orderBy('seq').limit(batch).execute();
    if (rows.length === 0) return;
    for (const r of rows) yield { ...r, seq: Number(r.seq) };
    after = Number(rows.at(-1)!.seq);
  }
}

export async function chainHead(ex: Executor) {
  return ex.selectFrom('audit_chain_head').select(['last_seq', 'last_hash']).where('id', '=', 1).executeTakeFirstOrThrow();
}

export async function listEntries(ex: Executor, opts: { limit: number; offset: number; unitPaths: string[] | 'all' }) {
  let q = ex.selectFrom('audit_entries').leftJoin('org_units', 'org_units.id', 'audit_entries.org_unit_id');
  if (opts.unitPaths !== 'all') {
    const paths = opts.unitPaths;
    q = q.where((eb) => eb.or(paths.map((p) => eb('org_units.path', 'like', `${p}%`))));
  }
  const [rows, count] = await Promise.all([
    q.selectAll('audit_entries').orderBy('audit_entries.seq', 'desc').limit(opts.limit).offset(opts.offset).execute(),
    q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function entryHashAt(ex: Executor, seq: number): Promise<string | undefined> {
  const row = await ex.selectFrom('audit_entries').select('hash').where('seq', '=', seq).executeTakeFirst();
  return row?.hash;
}

/** The first entry written with a key; entries before it are the legacy (plain sha256) part of the chain. */
export async function firstKeyedSeq(ex: Executor): Promise<number | null> {
  const row = await ex.selectFrom('audit_entries').select((eb) => eb.fn.min('seq').as('seq')).where('key_id', 'is not', null).executeTakeFirst();
  return row?.seq == null ? null : Number(row.seq);
}
