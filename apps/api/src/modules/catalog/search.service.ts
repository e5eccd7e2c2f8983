import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { buildSearchIndex, searchIndex, withUsage, type IndexQuery, type SearchIndex } from './search-index.ts';
import { catalogRevision, loadSearchIndexData } from './search.queries.ts';

/** How long an index is trusted without asking the database for the revision (changes by other instances). */
const RECHECK_MS = 1000;
/** How often the use counts (dossiers per procedure in the last 12 months) are read again: they move slowly. */
const USAGE_REFRESH_MS = 10 * 60 * 1000;

/**
 * Dossiers received per procedure id in the last 12 months. The dossiers module owns them; the app wires its
 * reader in (`catalogModule(app, ctx, { procedureUsage })`), so the catalog never reads dossier tables.
 */
export type ProcedureUsageSource = () => Promise<Map<string, number>>;
const usageSources = new WeakMap<Kysely<DB>, ProcedureUsageSource>();

export function useProcedureUsage(db: Kysely<DB>, source: ProcedureUsageSource): void {
  usageSources.set(db, source);
}

interface State {
  revision: number;
  index: SearchIndex;
  checkedAt: number;
  usageAt: number;
  /** Set when this process changed the catalog: check the revision on every search until it moves. */
  expectAbove: { revision: number; until: number } | null;
}

const states = new WeakMap<Kysely<DB>, Promise<State>>();

async function rebuild(db: Kysely<DB>): Promise<State> {
  const revision = await catalogRevision(db);
  const [data, usage] = await Promise.all([loadSearchIndexData(db), usageSources.get(db)?.()]);
  const index = buildSearchIndex({ ...data, usage });
  const now = Date.now();
  return { revision, index, checkedAt: now, usageAt: now, expectAbove: null };
}

/** Re-reads the use counts in the background when they are old; searches meanwhile use the previous ones. */
function refreshUsage(db: Kysely<DB>, state: State, now: number): void {
  const source = usageSources.get(db);
  if (!source || now - state.usageAt < USAGE_REFRESH_MS) return;
  state.usageAt = now;
  void source().then((usage) => {
    state.index = withUsage(state.index, usage);
  }, () => undefined);
}

/**
 * The search index of this database, rebuilt when the catalog revision moves. A change made through this
 * process is seen by its next search; a change made by another instance within a second.
 */
async function currentIndex(db: Kysely<DB>): Promise<SearchIndex> {
  let pending = states.get(db);
  if (!pending) {
    pending = rebuild(db);
    states.set(db, pending);
    pending.catch(() => states.delete(db));
  }
  const state = await pending;
  const now = Date.now();
  refreshUsage(db, state, now);
  const forced = state.expectAbove !== null && now < state.expectAbove.until;
  if (!forced && now - state.checkedAt < RECHECK_MS) return state.index;
  const revision = await catalogRevision(db);
  if (revision <= state.revision) {
    state.checkedAt = now;
    if (state.expectAbove && now >= state.expectAbove.until) state.expectAbove = null;
    return state.index;
  }
  // Concurrent searches share one rebuild.
  if (states.get(db) === pending) {
    const next = rebuild(db);
    states.set(db, next);
    next.catch(() => states.set(db, pending!));
  }
  return (await states.get(db)!).index;
}

/** Called inside a transaction that changes the public catalog: this process re-reads the revision until it moves. */
export function expectCatalogChange(db: Kysely<DB>): void {
  void states.get(db)?.then((s) => {
    s.expectAbove = { revision: s.revision, until: Date.now() + 5 * RECHECK_MS };
  });
}

export async function searchCatalog(db: Kysely<DB>, query: IndexQuery) {
  return searchIndex(await currentIndex(db), query);
}

/** The sectors of the indexed (adopted) procedures with how many each has, by name: the portal's sector tiles. */
function sectorCounts(index: SearchIndex): { code: string; name: string; procedureCount: number }[] {
  const counts = new Map<string, { code: string; name: string; procedureCount: number }>();
  for (const p of index.procedures) {
    const entry = counts.get(p.sector_code) ?? counts.set(p.sector_code, { code: p.sector_code, name: p.sector_name, procedureCount: 0 }).get(p.sector_code)!;
    entry.procedureCount += 1;
  }
  return [...counts.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi') || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The sectors of the province's adopted procedures, with their counts (the portal's tiles). */
export async function listAdoptedSectors(db: Kysely<DB>) {
  return sectorCounts(await currentIndex(db));
}
