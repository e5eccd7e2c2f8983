import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchIndex, type IndexedProcedure, type IndexQuery, type SearchIndexData } from './search-index.ts';

const vocabulary = ['dang', 'ky', 'ket', 'hon', 'khai', 'sinh', 'cap', 'giay', 'phep', 'xay', 'dung', 'lai', 'thu', 'tuc', 'ho', 'tich'];

function procedure(i: number, words: string[], extra: string[], level: string, used = 0): IndexedProcedure & { extra: string[]; used: number } {
  const name = words.join(' ');
  return {
    id: `p${i}`, code: `1.${String(i).padStart(6, '0')}`, name, name_folded: name, code_folded: `1.${String(i).padStart(6, '0')}`,
    sector_code: i % 2 ? 'ho-tich' : 'xay-dung', sector_name: i % 2 ? 'Hộ tịch' : 'Hoạt động xây dựng', levels_key: `|${level}|`, subjects_key: '|citizen|', online_level: 'none',
    status: 'published', time_limit_value: null, time_limit_unit: null, competent_agency: null, current_version_number: 1, latest_version_number: 1, extra, used,
  };
}

function dataOf(list: ReturnType<typeof procedure>[]): SearchIndexData {
  const terms = list.flatMap((p) => {
    const own = [...new Set(p.name_folded.split(' '))];
    const others = [p.code_folded, ...p.extra].filter((w) => !own.includes(w));
    return [...own.map((term) => ({ term, procedure_id: p.id, in_name: 1 })), ...[...new Set(others)].map((term) => ({ term, procedure_id: p.id, in_name: 0 }))];
  });
  return { procedures: list, terms, assignments: [], usage: new Map(list.filter((p) => p.used > 0).map((p) => [p.id, p.used])) };
}

/** The ranking written the slow, obvious way: every procedure, every rule. */
function reference(list: ReturnType<typeof procedure>[], q: IndexQuery) {
  const last = q.words.length - 1;
  const hits = list.filter((p) => {
    if (q.levels?.length && !q.levels.some((l) => p.levels_key.includes(`|${l}|`))) return false;
    const terms = new Set([...p.name_folded.split(' '), p.code_folded, ...p.extra]);
    return q.words.every((w, i) => (i === last ? [...terms].some((t) => t.startsWith(w)) : terms.has(w)));
  });
  const phrase = q.words.join(' ');
  const tier = (p: IndexedProcedure) => {
    const padded = ` ${p.name_folded} `;
    if (p.code_folded === phrase) return 100;
    if (p.name_folded === phrase) return 90;
    if (p.name_folded.startsWith(phrase)) return 80;
    if (padded.includes(` ${phrase} `)) return 70;
    if (p.name_folded.includes(phrase)) return 60;
    if (q.words.every((w, i) => padded.includes(i === last ? ` ${w}` : ` ${w} `))) return 50;
    return 10;
  };
  // How many query words the sector name has too (the last as a prefix).
  const sectorScore = (p: IndexedProcedure) => {
    const sector = p.sector_name === 'Hộ tịch' ? ['ho', 'tich'] : ['hoat', 'dong', 'xay', 'dung'];
    return q.words.filter((w, i) => (i === last ? sector.some((t) => t.startsWith(w)) : sector.includes(w))).length;
  };
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  hits.sort(
    (a, b) =>
      tier(b) - tier(a) || sectorScore(b) - sectorScore(a) || b.used - a.used || a.name_folded.length - b.name_folded.length || cmp(a.name_folded, b.name_folded) || cmp(a.code, b.code),
  );
  return { codes: hits.slice(q.offset, q.offset + q.limit).map((p) => p.code), total: hits.length };
}

const word = fc.constantFrom(...vocabulary);
const procedures = fc.array(
  fc.tuple(fc.array(word, { minLength: 1, maxLength: 6 }), fc.array(word, { maxLength: 3 }), fc.constantFrom('province', 'commune'), fc.constantFrom(0, 0, 1, 5)),
  { minLength: 1, maxLength: 60 },
);
const query = fc.record({
  words: fc.array(word, { minLength: 1, maxLength: 3 }).chain((ws) => fc.nat({ max: 3 }).map((cut) => [...ws.slice(0, -1), ws.at(-1)!.slice(0, Math.max(1, ws.at(-1)!.length - cut))])),
  levels: fc.option(fc.constantFrom('province', 'commune').map((l) => [l]), { nil: undefined }),
  offset: fc.nat({ max: 10 }),
  limit: fc.integer({ min: 1, max: 20 }),
});

describe('the in-memory search index', () => {
  it('ranks, among names starting with the query, the one whose sector also matches, then the most used', () => {
    const list = [
      procedure(1, ['cap', 'giay', 'phep', 'xay', 'dung', 'duong', 'ngang'], [], 'province', 0),
      procedure(2, ['cap', 'giay', 'phep', 'xay', 'dung', 'moi', 'cong', 'trinh', 'cap', 'dac', 'biet'], [], 'province', 0),
      procedure(4, ['cap', 'giay', 'phep', 'xay', 'dung', 'sua', 'chua', 'cai', 'tao', 'cong', 'trinh'], [], 'commune', 3),
      procedure(5, ['cap', 'giay', 'phep', 'xay', 'dung', 'lai'], [], 'province', 0),
    ];
    // Odd positions are in the sector "Hộ tịch", even ones in "Hoạt động xây dựng".
    const index = buildSearchIndex(dataOf(list));
    const got = searchIndex(index, { words: ['cap', 'giay', 'phep', 'xay', 'dung'], limit: 10, offset: 0 }).rows.map((r) => r.code);
    expect(got).toEqual(['1.000004', '1.000002', '1.000005', '1.000001']);
  });


  it('returns exactly what the obvious ranking over every procedure returns, in the same order', () => {
    fc.assert(
      fc.property(procedures, query, (specs, q) => {
        const list = specs.map(([words, extra, level, used], i) => procedure(i, words, extra, level, used));
        const index = buildSearchIndex(dataOf(list));
        const got = searchIndex(index, q);
        expect({ codes: got.rows.map((r) => r.code), total: got.total }).toEqual(reference(list, q));
      }),
      { numRuns: 500 },
    );
  });

  it('finds a procedure by its code and lists filters in name order without words', () => {
    const list = [procedure(1, ['dang', 'ky', 'ket', 'hon'], [], 'commune'), procedure(2, ['cap', 'giay', 'phep'], [], 'province'), procedure(3, ['cap', 'lai'], [], 'province')];
    const index = buildSearchIndex(dataOf(list));
    expect(searchIndex(index, { words: ['1.000002'], limit: 5, offset: 0 }).rows.map((r) => r.code)).toEqual(['1.000002']);
    expect(searchIndex(index, { words: [], levels: ['province'], limit: 5, offset: 0 }).rows.map((r) => r.name)).toEqual(['cap giay phep', 'cap lai']);
  });
});
