/**
 * When the province edits its working calendar (a holiday added, a make-up Saturday), the appointments of
 * open dossiers whose counting window touches the changed days are recomputed from their own clocks. Each
 * moved appointment is audited with the reason; the dossier's version moves so stale screens are refused.
 */
import type { DossierState } from '@motcua/shared';
import { withUnitOfWork, type AppContext } from '../../platform/context.ts';
import { loadWorkingCalendar } from '../calendar/index.ts';
import { dueAtFor, timeLimitOf } from './dossier-clock.ts';
import { openDossiersDueFrom, updateDossierIfVersion } from './dossiers.queries.ts';

const BATCH = 500;

export async function recomputeDossierDueDates(ctx: AppContext, dates: string[], reason: string): Promise<number> {
  if (dates.length === 0) return 0;
  const earliest = new Date(`${[...dates].sort()[0]}T00:00:00+07:00`).toISOString();
  const { calendar } = await loadWorkingCalendar(ctx.db);
  let moved = 0;
  let after = '';
  for (;;) {
    const rows = await openDossiersDueFrom(ctx.db, earliest, after, BATCH);
    if (rows.length === 0) break;
    after = rows.at(-1)!.id;
    const changes = rows.flatMap((row) => {
      const dueAt = dueAtFor(JSON.parse(row.state) as DossierState, timeLimitOf(row), calendar);
      return dueAt === row.due_at ? [] : [{ row, dueAt }];
    });
    if (changes.length === 0) continue;
    await withUnitOfWork(ctx, async (uow) => {
      for (const { row, dueAt } of changes) {
        if (!(await updateDossierIfVersion(uow.trx, row.id, row.row_version, { due_at: dueAt, row_version: row.row_version + 1, updated_at: uow.now }))) continue;
        await uow.audit({ actor: { kind: 'system', id: null }, action: 'dossier.due_recomputed', entityType: 'dossier', entityId: row.id, orgUnitId: row.current_unit_id, data: { code: row.code, from: row.due_at, to: dueAt, reason } });
        moved += 1;
      }
    });
  }
  return moved;
}
