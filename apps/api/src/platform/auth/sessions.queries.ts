import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';

export type SessionRow = DB['sessions'];

export const insertSession = (ex: Executor, row: SessionRow) => ex.insertInto('sessions').values(row).execute();

export const findSession = (ex: Executor, id: string) => ex.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();

export const touchSession = (ex: Executor, id: string, lastSeenAt: string, idleExpiresAt: string) =>
  ex.updateTable('sessions').set({ last_seen_at: lastSeenAt, idle_expires_at: idleExpiresAt }).where('id', '=', id).execute();

export const deleteSession = (ex: Executor, id: string) => ex.deleteFrom('sessions').where('id', '=', id).execute();

export const deletePrincipalSessions = (ex: Executor, kind: string, principalId: string) =>
  ex.deleteFrom('sessions').where('principal_kind', '=', kind).where('principal_id', '=', principalId).execute();

export const deleteExpiredSessions = (ex: Executor, now: string) =>
  ex.deleteFrom('sessions').where((eb) => eb.or([eb('idle_expires_at', '<', now), eb('absolute_expires_at', '<', now)])).execute();
