import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { buildSearchIndex, searchIndex, type IndexQuery, type SearchIndex } from './search-index.ts';
import { catalogRevision, loadSearchIndexData } from './search.queries.ts';

interface Loaded {
  revision: number;
  index: SearchIndex;
}

const cache = new WeakMap<Kysely<DB>, Promise<Loaded>>();

/**
 * The search index of this database, rebuilt when the catalog revision moves: each request reads one
 * row to learn the revision, so several API instances on one PostgreSQL see a publication at once.
 */
async function currentIndex(db: Kysely<DB>): Promise<SearchIndex> {
  const revision = await catalogRevision(db);
  const cached = cache.get(db);
  if (cached) {
    const loaded = await cached;
    if (loaded.revision >= revision) return loaded.index;
    if (cache.get(db) !== cached) return (await cache.get(db)!).index;
  }
  // Requests arriving during a rebuild share it instead of loading the catalog again each.
  const rebuilding = loadSearchIndexData(db).then((data) => ({ revision, index: buildSearchIndex(data) }));
  cache.set(db, rebuilding);
  rebuilding.catch(() => cache.delete(db));
  return (await rebuilding).index;
}

export async function searchCatalog(db: Kysely<DB>, query: IndexQuery) {
  return searchIndex(await currentIndex(db), query);
}
