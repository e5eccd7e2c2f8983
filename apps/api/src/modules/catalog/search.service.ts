import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { buildSearchIndex, searchIndex, type IndexQuery, type SearchIndex } from './search-index.ts';
import { catalogRevision, loadSearchIndexData } from './search.queries.ts';

/** How long an index is trusted without asking the database for the revision (changes by other instances). */
const RECHECK_MS = 1000;

interface State {
  revision: number;
  index: SearchIndex;
  checkedAt: number;
  /** Set when this process changed the catalog: check the revision on every search until it moves. */
  expectAbove: { revision: number; until: number } | null;
}

const states = new WeakMap<Kysely<DB>, Promise<State>>();

async function rebuild(db: Kysely<DB>): Promise<State> {
  const revision = await catalogRevision(db);
  const index = buildSearchIndex(await loadSearchIndexData(db));
  return { revision, index, checkedAt: Date.now(), expectAbove: null };
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
