/** The work queues and the desk register. */
import { sql } from 'kysely';
import type { Executor, DossierRow } from './dossiers.queries.ts';

export interface QueueFilter {
  kind: 'mine' | 'unit' | 'due_soon' | 'overdue' | 'waiting_applicant' | 'all' | 'online_new' | 'received_here';
  officerId: string;
  /** The units holding the dossiers now; for `received_here`, the desks that received them. */
  unitIds: string[];
  now: string;
  dueSoonUntil: string;
  status?: string;
  procedureId?: string;
  q?: string;
  sort: 'due_at' | '-due_at' | 'received_at' | '-received_at';
  limit: number;
  offset: number;
}

/**
 * Waiting for the applicant, written literally (not as bound parameters) so both engines match the partial
 * index `dossiers_waiting_queue_idx`, whose WHERE clause is the same text.
 */
const waitingForApplicant = sql<boolean>`status in ('supplement_requested', 'financial_obligation_requested', 'awaiting_online_correction')`;

function queueBase(ex: Executor, f: QueueFilter) {
  let q = ex.selectFrom('dossiers');
  if (f.kind === 'mine') q = q.where('assignee_id', '=', f.officerId);
  // Wherever they are now (served by dossiers_desk_queue_idx).
  else if (f.kind === 'received_here') q = q.where('receiving_unit_id', 'in', f.unitIds.length > 0 ? f.unitIds : ['-']);
  else q = q.where('current_unit_id', 'in', f.unitIds.length > 0 ? f.unitIds : ['-']);
  // Waiting statuses are always open; leaving is_open out lets the planners pick the partial index.
  if (f.kind !== 'all' && f.kind !== 'waiting_applicant') q = q.where('is_open', '=', 1);
  if (f.kind === 'overdue') q = q.where('due_at', '<', f.now);
  if (f.kind === 'due_soon') q = q.where('due_at', '>=', f.now).where('due_at', '<=', f.dueSoonUntil);
  if (f.kind === 'waiting_applicant') q = q.where(waitingForApplicant);
  // Online dossiers awaiting acceptance (served by dossiers_unit_status_idx).
  if (f.kind === 'online_new') q = q.where('status', '=', 'newly_registered');
  if (f.status) q = q.where('status', '=', f.status);
  if (f.procedureId) q = q.where('procedure_id', '=', f.procedureId);
  if (f.q) {
    const term = f.q.trim();
    q = q.where((eb) => eb.or([eb('code', '=', term), eb('code', 'like', `${term}%`), eb('applicant_name', 'like', `%${term}%`)]));
  }
  return q;
}

export async function queryQueue(ex: Executor, f: QueueFilter): Promise<{ rows: DossierRow[]; total: number }> {
  const column = f.sort.replace('-', '') as 'due_at' | 'received_at';
  const direction = f.sort.startsWith('-') ? 'desc' : 'asc';
  const [rows, count] = await Promise.all([
    queueBase(ex, f)
      .selectAll()
      // Dossiers whose clock is paused have no due date: last either way, on both engines (they differ by default).
      // Waiting for the applicant, the clock is paused: the oldest request (closest to closing the dossier) comes first.
      .$if(f.kind !== 'waiting_applicant' && f.kind !== 'online_new', (qb) => qb.orderBy(column, (ob) => (direction === 'asc' ? ob.asc() : ob.desc()).nullsLast()))
      // Not yet accepted, they have no due date: the acceptance deadline (the open step's due) orders them.
      .$if(f.kind === 'online_new', (qb) => qb.orderBy('step_due_at', direction).orderBy('registered_at', direction))
      .$if(f.kind === 'waiting_applicant', (qb) => qb.orderBy('updated_at', direction))
      .orderBy('id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    queueBase(ex, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function queryRegister(ex: Executor, f: { unitIds: string[]; fromInstant: string; toInstant: string; limit: number; offset: number }) {
  const base = () =>
    ex
      .selectFrom('dossiers')
      .where('receiving_unit_id', 'in', f.unitIds.length > 0 ? f.unitIds : ['-'])
      .where('received_at', '>=', f.fromInstant)
      .where('received_at', '<', f.toInstant);
  const [rows, count] = await Promise.all([
    base().selectAll().orderBy('received_at').orderBy('code').limit(f.limit).offset(f.offset).execute(),
    base().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
