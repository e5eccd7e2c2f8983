import { sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
// A civil-service working day is 8 hours (Decision 188/1999/QĐ-TTg). The first seed held 07:30–11:30 and
// 13:30–17:00 (7.5 h), so 8 working hours ended half an hour late. Replace it only where it is still that
// seed; a province that set its own hours keeps them. The revision moves so cached calendars are rebuilt.
const oldDefault = JSON.stringify([{ start: '07:30', end: '11:30' }, { start: '13:30', end: '17:00' }]);
const newDefault = JSON.stringify([{ start: '07:30', end: '11:30' }, { start: '13:00', end: '17:00' }]);

async function replace(db: Kysely<any>, from: string, to: string): Promise<void> {
  await db
    .updateTable('calendar_settings')
    .set({ working_periods: to, revision: sql`revision + 1`, updated_at: new Date('2026-12-07T09:00:00Z').toISOString() })
    .where('id', '=', 1)
    .where('working_periods', '=', from)
    .execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  await replace(db, oldDefault, newDefault);
}

export async function down(db: Kysely<any>): Promise<void> {
  await replace(db, newDefault, oldDefault);
}
