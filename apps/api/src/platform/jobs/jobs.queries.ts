import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Engine } from '../../db/database.ts';
import type { Executor } from '../../db/executor.ts';

export type JobRow = DB['jobs'];

export async function insertJob(ex: Executor, row: JobRow): Promise<void> {
  await ex.insertInto('jobs').values(row).execute();
}

/**
 * Claims due jobs (and running ones whose lease expired). On PostgreSQL, FOR UPDATE SKIP LOCKED lets several
 * API instances poll one table without taking the same job; SQLite has a single writer, so a plain update suffices.
 */
export async function claimDueJobs(db: Kysely<DB>, engine: Engine, opts: { now: string; leaseUntil: string; workerId: string; limit: number }): Promise<JobRow[]> {
  return db.transaction().execute(async (trx) => {
    let pick = trx
      .selectFrom('jobs')
      .select('id')
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'pending'), eb('run_at', '<=', opts.now)]),
          eb.and([eb('status', '=', 'running'), eb('locked_until', '<', opts.now)]),
        ]),
      )
      .orderBy('run_at')
      .limit(opts.limit);
    if (engine === 'postgres') pick = pick.forUpdate().skipLocked();
    const ids = (await pick.execute()).map((r) => r.id);
    if (ids.length === 0) return [];
    return trx
      .updateTable('jobs')
      .set({ status: 'running', locked_by: opts.workerId, locked_until: opts.leaseUntil, attempts: sql`attempts + 1` })
      .where('id', 'in', ids)
      .returningAll()
      .execute();
  });
}

export async function completeJob(ex: Executor, id: string, workerId: string, now: string): Promise<void> {
  await ex
    .updateTable('jobs')
    .set({ status: 'done', finished_at: now, locked_by: null, locked_until: null, last_error: null })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .execute();
}

export async function failJob(ex: Executor, id: string, workerId: string, fields: { status: 'pending' | 'dead'; runAt: string; error: string; now: string }) {
  await ex
    .updateTable('jobs')
    .set({
      status: fields.status,
      run_at: fields.runAt,
      last_error: fields.error.slice(0, 2000),
      locked_by: null,
      locked_until: null,
      finished_at: fields.status === 'dead' ? fields.now : null,
    })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .execute();
}

export async function findJob(ex: Executor, id: string) {
  return ex.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countJobsByStatus(ex: Executor) {
  const rows = await ex.selectFrom('jobs').select(['status', sql<number>`count(*)`.as('n')]).groupBy('status').execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** Counts over the live part of the queue (done jobs are not read) and the oldest job that is due and not running. */
export async function queueDepth(ex: Executor, now: string) {
  const row = await ex
    .selectFrom('jobs')
    .where('status', 'in', ['pending', 'running', 'dead'])
    .select([
      sql<number>`count(case when status = 'pending' then 1 end)`.as('pending'),
      sql<number>`count(case when status = 'pending' and run_at <= ${now} then 1 end)`.as('due'),
      sql<number>`count(case when status = 'pending' and attempts > 0 then 1 end)`.as('retrying'),
      sql<number>`count(case when status = 'running' then 1 end)`.as('running'),
      sql<number>`count(case when status = 'dead' then 1 end)`.as('dead'),
    ])
    .executeTakeFirstOrThrow();
  return { pending: Number(row.pending), due: Number(row.due), retrying: Number(row.retrying), running: Number(row.running), dead: Number(row.dead) };
}

/** The run_at of the longest-waiting due job (index-only on jobs_due_idx): cheap enough for every health check. */
export async function oldestDueRunAt(ex: Executor, now: string): Promise<string | null> {
  const row = await ex.selectFrom('jobs').select((eb) => eb.fn.min('run_at').as('oldest')).where('status', '=', 'pending').where('run_at', '<=', now).executeTakeFirst();
  return (row?.oldest as string | null | undefined) ?? null;
}
