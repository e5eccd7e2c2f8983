/** The dossier page: the reads behind it (one gate, then its records in parallel), shaped by the pure presenter. */
import type { DossierDetail } from '@motcua/shared';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { loadWorkingCalendar } from '../../calendar/index.ts';
import { loadDossierForActor } from '../dossier-access.ts';
import { presentDetail, type DetailFacts, type Names } from './dossiers.presenter.ts';
import { findDossier, type DossierRow, type Executor } from '../dossiers.queries.ts';
import { listActions } from '../action-log.queries.ts';
import { findOfficers, findUnits, listDossierRequirements } from '../catalog-units.queries.ts';
import { listDocuments } from '../dossier-documents.queries.ts';
import { listAgencies, listConsultations, listObligations, listResults } from '../dossier-records.queries.ts';
import { listHandovers } from '../handovers.queries.ts';
import { eFormAnswersOf } from '../e-form-answers.ts';

export async function loadDossierView(ctx: AppContext, actor: Actor, id: string): Promise<DossierDetail> {
  const loaded = await loadDossierForActor(ctx.db, actor, await findDossier(ctx.db, id));
  return presentDetail(actor, loaded, await readDossierDetail(ctx.db, loaded.row), ctx.clock.now().toISOString());
}

/** The names of the units and officers the rows mention (and any others given). */
export async function namesFor(ex: Executor, rows: DossierRow[], extraUnits: string[] = [], extraOfficers: string[] = []): Promise<Names> {
  const unitIds = rows.flatMap((r) => [r.receiving_unit_id, r.competent_unit_id, r.current_unit_id]).concat(extraUnits);
  const officerIds = rows.flatMap((r) => (r.assignee_id ? [r.assignee_id] : [])).concat(extraOfficers);
  const [units, officers] = await Promise.all([findUnits(ex, unitIds), findOfficers(ex, officerIds)]);
  return { units: new Map(units.map((u) => [u.id, u.name])), officers: new Map(officers.map((o) => [o.id, o.full_name])) };
}

export async function readDossierDetail(ex: Executor, row: DossierRow): Promise<DetailFacts> {
  const [{ calendar }, actions, handovers, documents, consultations, agencies, obligations, results, eFormAnswers, requirements] = await Promise.all([
    loadWorkingCalendar(ex), listActions(ex, row.id), listHandovers(ex, row.id), listDocuments(ex, row.id), listConsultations(ex, row.id),
    listAgencies(ex, row.id), listObligations(ex, row.id), listResults(ex, row.id), eFormAnswersOf(ex, row.id), listDossierRequirements(ex, row),
  ]);
  const names = await namesFor(
    ex, [row],
    [...handovers.flatMap((h) => [h.to_unit_id, ...(h.from_unit_id ? [h.from_unit_id] : [])]), ...consultations.map((c) => c.unit_id), ...agencies.map((a) => a.unit_id), ...actions.flatMap((a) => (a.unit_id ? [a.unit_id] : []))],
    handovers.flatMap((h) => [h.to_officer_id, h.from_officer_id].filter((x): x is string => x !== null)),
  );
  return { calendar, names, actions, handovers, documents, consultations, agencies, obligations, results, eFormAnswers, requirements };
}
