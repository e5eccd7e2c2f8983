/**
 * The read gate: a dossier as an actor may see it — its row, the paths of the units it touches (for the policy)
 * and its pinned workflow. Every read and every action goes through here; out of scope looks exactly like absent.
 */
import type { Actor } from '../../platform/auth/actor.ts';
import { notFound } from '../../platform/errors.ts';
import { loadWorkflowVersion, type WorkflowVersionForDossier } from '../workflow/index.ts';
import { canViewDossier, type DossierUnits } from './dossiers.policy.ts';
import { participatingUnitIds, type DossierRow, type Executor } from './dossiers.queries.ts';
import { findUnits } from './catalog-units.queries.ts';

export interface LoadedDossier {
  row: DossierRow;
  units: DossierUnits;
  workflow: WorkflowVersionForDossier | undefined;
}

/** `actor` null: the system itself (timers, inbound interfaces), which sees every dossier. */
export async function loadDossierForActor(ex: Executor, actor: Actor | null, row: DossierRow | undefined): Promise<LoadedDossier> {
  if (!row) throw notFound('Không tìm thấy hồ sơ');
  const participating = await participatingUnitIds(ex, row.id);
  const units = await findUnits(ex, [row.receiving_unit_id, row.competent_unit_id, row.current_unit_id, ...participating]);
  const pathOf = (id: string) => units.find((u) => u.id === id)?.path ?? '';
  const dossierUnits: DossierUnits = {
    receiving: pathOf(row.receiving_unit_id), competent: pathOf(row.competent_unit_id), current: pathOf(row.current_unit_id), participating: participating.map(pathOf),
  };
  // A dossier's existence is itself personal data.
  if (actor && !canViewDossier(actor, dossierUnits)) throw notFound('Không tìm thấy hồ sơ');
  const workflow = row.workflow_version_id ? await loadWorkflowVersion(ex, row.workflow_version_id) : undefined;
  return { row, units: dossierUnits, workflow };
}
