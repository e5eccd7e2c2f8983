import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';

export type CalendarDayRow = DB['calendar_days'];
export type TrackedDeadlineRow = DB['tracked_deadlines'];

export const listAllDays = (ex: Executor) => ex.selectFrom('calendar_days').selectAll().orderBy('date').execute();

export const listDaysOfYear = (ex: Executor, year: number) =>
  ex.selectFrom('calendar_days').selectAll().where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`).orderBy('date').execute();

export const findDay = (ex: Executor, date: string) => ex.selectFrom('calendar_days').selectAll().where('date', '=', date).executeTakeFirst();

export async function upsertDay(ex: Executor, row: CalendarDayRow): Promise<void> {
  await ex
    .insertInto('calendar_days')
    .values(row)
    .onConflict((oc) => oc.column('date').doUpdateSet({ kind: row.kind, name: row.name, source: row.source, is_draft: row.is_draft, updated_at: row.updated_at, updated_by: row.updated_by }))
    .execute();
}

export const insertDays = (ex: Executor, rows: CalendarDayRow[]) =>
  rows.length ? ex.insertInto('calendar_days').values(rows).onConflict((oc) => oc.column('date').doNothing()).execute() : Promise.resolve([]);

export const deleteDay = (ex: Executor, date: string) => ex.deleteFrom('calendar_days').where('date', '=', date).execute();

export const yearsWithDays = async (ex: Executor): Promise<Set<string>> =>
  new Set((await ex.selectFrom('calendar_days').select('date').execute()).map((r) => r.date.slice(0, 4)));

export const getSettings = (ex: Executor) => ex.selectFrom('calendar_settings').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();

export const bumpRevision = (ex: Executor, now: string, patch: { working_periods?: string; receipt_cutoff?: string } = {}) =>
  ex
    .updateTable('calendar_settings')
    .set((eb) => ({ ...patch, revision: eb('revision', '+', 1), updated_at: now }))
    .where('id', '=', 1)
    .execute();

export const insertTrackedDeadline = (ex: Executor, row: TrackedDeadlineRow) => ex.insertInto('tracked_deadlines').values(row).execute();

export const findTrackedDeadline = (ex: Executor, subjectType: string, subjectId: string) =>
  ex.selectFrom('tracked_deadlines').selectAll().where('subject_type', '=', subjectType).where('subject_id', '=', subjectId).executeTakeFirst();

/** Open deadlines that started on or before the latest changed day: only those can be affected. */
export const openDeadlinesStartedBefore = (ex: Executor, instant: string) =>
  ex.selectFrom('tracked_deadlines').selectAll().where('state', '=', 'open').where('start_at', '<=', instant).orderBy('start_at').execute();

export const updateDeadline = (ex: Executor, id: string, patch: Partial<TrackedDeadlineRow>) =>
  ex.updateTable('tracked_deadlines').set(patch).where('id', '=', id).execute();

export const insertDeadlineChange = (ex: Executor, row: DB['deadline_changes']) => ex.insertInto('deadline_changes').values(row).execute();

export const listDeadlineChanges = (ex: Executor, limit: number) =>
  ex
    .selectFrom('deadline_changes')
    .innerJoin('tracked_deadlines', 'tracked_deadlines.id', 'deadline_changes.deadline_id')
    .select(['deadline_changes.id', 'tracked_deadlines.subject_type', 'tracked_deadlines.subject_id', 'deadline_changes.old_due_at', 'deadline_changes.new_due_at', 'deadline_changes.reason', 'deadline_changes.changed_at'])
    .orderBy('deadline_changes.changed_at', 'desc')
    .limit(limit)
    .execute();
