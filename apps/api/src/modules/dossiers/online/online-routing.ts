/**
 * Which one-stop desk answers for an online dossier. Nobody hands it in at a desk, so the desk is the public
 * service centre of the resolving agency's level (rules.md §0: a provincial centre and commune centres): the
 * centre sharing the longest branch of the unit tree with the agency, the same level first. It is the desk
 * that accepts the dossier, asks for corrections or refuses it, and later returns the result.
 */
import { AppError } from '../../../platform/errors.ts';
import type { Executor } from '../dossiers.queries.ts';
import { listServiceCentres } from './online.queries.ts';
import type { UnitInfo } from '../procedure-terms.ts';

const segments = (path: string) => path.split('/').filter(Boolean);

function sharedDepth(a: string, b: string): number {
  const x = segments(a);
  const y = segments(b);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n += 1;
  return n;
}

export function pickOnlineDesk<T extends { path: string; level_code: string; depth: number }>(centres: T[], agency: { path: string; level: string | null }): T | undefined {
  const ranked = centres
    .map((c) => ({ c, shared: sharedDepth(c.path, agency.path), sameLevel: c.level_code === agency.level ? 1 : 0 }))
    .filter((r) => r.shared > 0)
    .sort((a, b) => b.shared - a.shared || b.sameLevel - a.sameLevel || a.c.depth - b.c.depth || a.c.path.localeCompare(b.c.path));
  return ranked[0]?.c;
}

export async function onlineDeskFor(ex: Executor, agency: UnitInfo & { level: string | null }): Promise<UnitInfo> {
  const desk = pickOnlineDesk(await listServiceCentres(ex), agency);
  if (!desk) {
    throw new AppError('VALIDATION_FAILED', { detail: 'Chưa có Trung tâm Phục vụ hành chính công tiếp nhận hồ sơ trực tuyến của cơ quan giải quyết thủ tục này.' });
  }
  return { id: desk.id, name: desk.name, path: desk.path, code: desk.code, kind: desk.kind };
}
