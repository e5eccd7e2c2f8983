import { searchWords } from '@motcua/shared';

/**
 * The public search over the procedures the province has adopted, held in memory and rebuilt from the database whenever the
 * catalog revision moves. The folded text (name, terms) is computed in TypeScript and stored, so the index —
 * and therefore every result and its order — is the same whichever engine it was loaded from.
 */

export interface IndexedProcedure {
  id: string;
  code: string;
  name: string;
  name_folded: string;
  code_folded: string;
  sector_code: string;
  sector_name: string;
  levels_key: string;
  subjects_key: string;
  online_level: string;
  status: string;
  time_limit_value: number | null;
  time_limit_unit: string | null;
  competent_agency: string | null;
  current_version_number: number | null;
  latest_version_number: number;
}

export interface SearchIndexData {
  procedures: IndexedProcedure[];
  terms: { term: string; procedure_id: string; in_name: number }[];
  /** Which units apply which procedure, by the unit's materialised path. */
  assignments: { procedure_id: string; path: string }[];
  /** Dossiers received per procedure id in the last 12 months (the province's use of it); absent = none. */
  usage?: Map<string, number>;
}

export interface SearchIndex {
  /** In-force procedures sorted by folded name, then code: the order without a query. */
  procedures: IndexedProcedure[];
  /** Positions by use (dossiers in the last 12 months, most first), then name length, then position: the order of equally ranked hits. */
  byRank: Int32Array;
  /** Per position, the index of its sector in `sectorWords`. */
  sectorOf: Int32Array;
  /** The folded words of each distinct sector name. */
  sectorWords: string[][];
  /** Distinct terms in byte order, for prefix ranges. */
  sortedTerms: string[];
  postings: Map<string, Int32Array>;
  /** Postings of the words of the folded names only. */
  namePostings: Map<string, Int32Array>;
  byCode: Map<string, number>;
  unitPaths: string[][];
  /** ` ${name_folded} `, for whole-word tests. */
  padded: string[];
  /** Positions per sector, level, subject and online level, in name order: the start of a filter-only list. */
  facets: Map<string, Int32Array>;
  /** Scratch space reused by every (synchronous) search: no allocation per query. */
  scratch: { hits: Uint8Array; inName: Uint8Array; seen: Int8Array };
}

export interface IndexQuery {
  /** Folded words; the last one may be a prefix. */
  words: string[];
  sectors?: string[];
  levels?: string[];
  subjects?: string[];
  onlineLevel?: string;
  agencyPaths?: string[];
  limit: number;
  offset: number;
}

/** Byte order, as SQLite's BINARY and PostgreSQL's "C" collation compare. */
const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function addPosting(lists: Map<string, number[]>, term: string, i: number): void {
  const list = lists.get(term);
  if (list) list.push(i);
  else lists.set(term, [i]);
}

const packed = (lists: Map<string, number[]>) => new Map([...lists].map(([term, list]) => [term, Int32Array.from(list).sort()]));

const facetKeys = (p: IndexedProcedure) => [
  `sector:${p.sector_code}`, `online:${p.online_level}`,
  ...p.levels_key.split('|').filter(Boolean).map((l) => `level:${l}`),
  ...p.subjects_key.split('|').filter(Boolean).map((s) => `subject:${s}`),
];

function facetsOf(procedures: IndexedProcedure[]): Map<string, Int32Array> {
  const lists = new Map<string, number[]>();
  procedures.forEach((p, i) => facetKeys(p).forEach((key) => addPosting(lists, key, i)));
  return packed(lists);
}

/** Positions by use (most first), then shorter name, then position (name, code). */
function rankOrder(procedures: IndexedProcedure[], usage: Map<string, number> | undefined): Int32Array {
  const used = Float64Array.from(procedures, (p) => usage?.get(p.id) ?? 0);
  return Int32Array.from(procedures.keys()).sort((a, b) => used[b]! - used[a]! || procedures[a]!.name_folded.length - procedures[b]!.name_folded.length || a - b);
}

/** The same index with another use count (refreshed more often than the catalog changes). */
export function withUsage(index: SearchIndex, usage: Map<string, number>): SearchIndex {
  return { ...index, byRank: rankOrder(index.procedures, usage) };
}

export function buildSearchIndex(data: SearchIndexData): SearchIndex {
  const procedures = [...data.procedures].sort((a, b) => byteOrder(a.name_folded, b.name_folded) || byteOrder(a.code, b.code));
  const position = new Map(procedures.map((p, i) => [p.id, i]));
  const all = new Map<string, number[]>();
  const inName = new Map<string, number[]>();
  for (const t of data.terms) {
    const i = position.get(t.procedure_id);
    if (i === undefined) continue;
    addPosting(all, t.term, i);
    if (Number(t.in_name) === 1) addPosting(inName, t.term, i);
  }
  const postings = packed(all);
  const unitPaths: string[][] = procedures.map(() => []);
  for (const a of data.assignments) {
    const i = position.get(a.procedure_id);
    if (i !== undefined) unitPaths[i]!.push(a.path);
  }
  const sectors = [...new Set(procedures.map((p) => p.sector_name))];
  const sectorIndex = new Map(sectors.map((name, i) => [name, i]));
  return {
    procedures,
    byRank: rankOrder(procedures, data.usage),
    sectorOf: Int32Array.from(procedures, (p) => sectorIndex.get(p.sector_name)!),
    sectorWords: sectors.map((name) => searchWords(name)),
    sortedTerms: [...postings.keys()].sort(byteOrder),
    postings,
    namePostings: packed(inName),
    byCode: new Map(procedures.map((p, i) => [p.code_folded, i])),
    unitPaths,
    padded: procedures.map((p) => ` ${p.name_folded} `),
    facets: facetsOf(procedures),
    scratch: { hits: new Uint8Array(procedures.length), inName: new Uint8Array(procedures.length), seen: new Int8Array(procedures.length) },
  };
}

function lowerBound(sorted: string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Per position: how many query words it has (the last as a prefix), counting each word once. */
function countWords(index: SearchIndex, postings: Map<string, Int32Array>, words: string[], hits: Uint8Array): Uint8Array {
  const seen = index.scratch.seen;
  hits.fill(0);
  seen.fill(-1);
  const last = words.length - 1;
  const mark = (list: Int32Array | undefined, word: number) => {
    if (!list) return;
    for (let j = 0; j < list.length; j++) {
      const p = list[j]!;
      if (seen[p] === word) continue;
      seen[p] = word;
      hits[p]! += 1;
    }
  };
  for (let w = 0; w < last; w++) mark(postings.get(words[w]!), w);
  const prefix = words[last]!;
  for (let k = lowerBound(index.sortedTerms, prefix); k < index.sortedTerms.length && index.sortedTerms[k]!.startsWith(prefix); k++) {
    mark(postings.get(index.sortedTerms[k]!), last);
  }
  return hits;
}

/** Positions [from, to) of the names starting with `prefix` (names are in byte order). */
function nameRange(index: SearchIndex, prefix: string): [number, number] {
  const names = index.procedures;
  const bound = (strict: boolean) => {
    let lo = 0;
    let hi = names.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const name = names[mid]!.name_folded;
      if (name < prefix || (strict && name.startsWith(prefix))) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return [bound(false), bound(true)];
}

function matchesFilters(index: SearchIndex, i: number, q: IndexQuery): boolean {
  const p = index.procedures[i]!;
  if (q.sectors?.length && !q.sectors.includes(p.sector_code)) return false;
  if (q.levels?.length && !q.levels.some((l) => p.levels_key.includes(`|${l}|`))) return false;
  if (q.subjects?.length && !q.subjects.some((s) => p.subjects_key.includes(`|${s}|`))) return false;
  if (q.onlineLevel && p.online_level !== q.onlineLevel) return false;
  if (q.agencyPaths && !index.unitPaths[i]!.some((path) => q.agencyPaths!.some((prefix) => path.startsWith(prefix)))) return false;
  return true;
}

/**
 * Ranks by where the query matches: exact code (100), whole name (90), name prefix (80), the phrase as
 * whole words in the name (70), the phrase anywhere in the name (60), every word in the name (50), words
 * found elsewhere — sector, result, code, "Thủ tục" (10). `allInName` says every word is a word of the name.
 */
export function tierOf(p: IndexedProcedure, padded: string, phrase: string, allInName: boolean): number {
  const name = p.name_folded;
  if (p.code_folded === phrase) return 100;
  if (name === phrase) return 90;
  if (name.startsWith(phrase)) return 80;
  if (allInName && padded.includes(` ${phrase} `)) return 70;
  if (name.includes(phrase)) return 60;
  return allInName ? 50 : 10;
}

/** The union of the positions of some facet values, or null when the filter is not set. */
function facetUnion(index: SearchIndex, kind: string, values: string[] | undefined): Int32Array | null {
  if (!values?.length) return null;
  const lists = values.map((v) => index.facets.get(`${kind}:${v}`) ?? new Int32Array(0));
  return lists.length === 1 ? lists[0]! : Int32Array.from(new Set(lists.flatMap((l) => [...l]))).sort();
}

/** Without words: the filtered procedures in name order, starting from the narrowest facet. */
function filterOnly(index: SearchIndex, q: IndexQuery): { rows: IndexedProcedure[]; total: number } {
  const starts = [
    facetUnion(index, 'sector', q.sectors), facetUnion(index, 'level', q.levels), facetUnion(index, 'subject', q.subjects),
    facetUnion(index, 'online', q.onlineLevel ? [q.onlineLevel] : undefined),
  ].filter((l): l is Int32Array => l !== null);
  // One facet and no agency: the facet's list is the answer, already in name order.
  if (starts.length === 1 && !q.agencyPaths) {
    const list = starts[0]!;
    return { rows: Array.from(list.subarray(q.offset, q.offset + q.limit), (i) => index.procedures[i]!), total: list.length };
  }
  const from = starts.length ? starts.reduce((a, b) => (a.length <= b.length ? a : b)) : null;
  const rows: IndexedProcedure[] = [];
  let total = 0;
  const n = from ? from.length : index.procedures.length;
  for (let j = 0; j < n; j++) {
    const i = from ? from[j]! : j;
    if (!matchesFilters(index, i, q)) continue;
    if (total >= q.offset && rows.length < q.limit) rows.push(index.procedures[i]!);
    total += 1;
  }
  return { rows, total };
}

/**
 * Per sector, how many query words its name also has (the last word as a prefix): within a name tier a
 * procedure whose sector names what was asked ("xây dựng" → Hoạt động xây dựng) is the nearer match.
 */
function sectorScores(index: SearchIndex, words: string[]): Int32Array {
  const last = words.length - 1;
  return Int32Array.from(index.sectorWords, (sector) => words.filter((w, i) => (i === last ? sector.some((t) => t.startsWith(w)) : sector.includes(w))).length);
}

/**
 * Ranked hits: by tier (exact code, whole name, name prefix, then the text tiers of `tierOf`), within a tier by
 * how many query words the sector also has, then by use (dossiers in the last 12 months), shorter name, name, code.
 */
export function searchIndex(index: SearchIndex, q: IndexQuery): { rows: IndexedProcedure[]; total: number } {
  if (q.words.length === 0) return filterOnly(index, q);
  const k = q.words.length;
  const hits = countWords(index, index.postings, q.words, index.scratch.hits);
  const phrase = q.words.join(' ');
  const needed = q.offset + q.limit;
  const codeAt = index.byCode.get(phrase) ?? -1;
  const [from, to] = nameRange(index, phrase);
  const scores = sectorScores(index, q.words);
  // Bucket 0 holds the hits whose sector has every query word, bucket k those whose sector has none.
  const buckets = () => Array.from({ length: k + 1 }, () => [] as number[]);
  const bucketOf = (i: number) => k - scores[index.sectorOf[i]!]!;
  const exact: number[] = [];
  const whole = buckets();
  const prefixed = buckets();
  const rest: number[] = [];
  let total = 0;
  // Positions in rank order: every bucket fills already in result order. The top tiers (code, name, name
  // prefix) need no text search; the others only when the page is not yet full.
  const order = index.byRank;
  for (let j = 0; j < order.length; j++) {
    const i = order[j]!;
    if (hits[i] !== k || !matchesFilters(index, i, q)) continue;
    total += 1;
    if (i === codeAt) exact.push(i);
    else if (i >= from && i < to) (index.procedures[i]!.name_folded === phrase ? whole : prefixed)[bucketOf(i)]!.push(i);
    else rest.push(i);
  }
  // Only the page and what precedes it is ever read: copy no further.
  const ranked: number[] = [...exact];
  const take = (groups: number[][]) => {
    for (const group of groups) for (let j = 0; j < group.length && ranked.length < needed; j++) ranked.push(group[j]!);
  };
  take(whole);
  take(prefixed);
  if (ranked.length < needed && rest.length > 0) {
    const inName = countWords(index, index.namePostings, q.words, index.scratch.inName);
    const lower = new Map<number, number[][]>([[70, buckets()], [60, buckets()], [50, buckets()], [10, buckets()]]);
    // The first group a later hit could still join: tier 70 in the best sector bucket any sector reaches.
    const best = lower.get(70)![k - Math.max(0, ...scores)]!;
    const remaining = needed - ranked.length;
    for (const i of rest) {
      const tier = tierOf(index.procedures[i]!, index.padded[i]!, phrase, inName[i] === k);
      lower.get(tier)![bucketOf(i)]!.push(i);
      if (best.length >= remaining) break;
    }
    for (const groups of lower.values()) take(groups);
  }
  return { rows: ranked.slice(q.offset, needed).map((i) => index.procedures[i]!), total };
}
