import type { DossierDetail } from '@motcua/shared';
import type { Actor } from '../../platform/auth/actor.ts';
import type { AppContext } from '../../platform/context.ts';
import { loadDossierForActor } from './dossier-access.ts';
import { presentDetail } from './dossiers.presenter.ts';
import { findDossier } from './dossiers.queries.ts';

export async function loadDossierView(ctx: AppContext, actor: Actor, id: string): Promise<DossierDetail> {
  const loaded = await loadDossierForActor(ctx.db, actor, await findDossier(ctx.db, id));
  return presentDetail(ctx.db, actor, loaded, ctx.clock.now().toISOString());
}
