import { sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';

export type ThrottleRow = DB['login_throttles'];

export const findThrottle = (ex: Executor, key: string) => ex.selectFrom('login_throttles').selectAll().where('key', '=', key).executeTakeFirst();

export const insertThrottleIfAbsent = (ex: Executor, key: string, now: string) =>
  ex.insertInto('login_throttles').values({ key, failures: 0, next_attempt_at: null, last_attempt_at: now }).onConflict((oc) => oc.column('key').doNothing()).execute();

/** Compare-and-set on the failure count: true when this caller's change won, false when another attempt came first. */
export async function swapThrottle(ex: Executor, key: string, expectedFailures: number, change: Omit<ThrottleRow, 'key'>): Promise<boolean> {
  const result = await ex.updateTable('login_throttles').set(change).where('key', '=', key).where('failures', '=', expectedFailures).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export const deleteThrottles = (ex: Executor, keys: string[]) => ex.deleteFrom('login_throttles').where('key', 'in', keys).execute();

/** Every count of one account name: its own and its per-address ones ("name@address"); prefix compared literally. */
export const deleteThrottlesOfSubject = (ex: Executor, subject: string) =>
  ex
    .deleteFrom('login_throttles')
    .where((eb) => eb.or([eb('key', '=', subject), eb(sql<string>`substr(key, 1, ${subject.length + 1})`, '=', `${subject}@`)]))
    .execute();

export const deleteThrottlesIdleSince = (ex: Executor, before: string) => ex.deleteFrom('login_throttles').where('last_attempt_at', '<', before).execute();
