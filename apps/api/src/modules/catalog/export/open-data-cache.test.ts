import { describe, expect, it } from 'vitest';
import { OpenDataCache } from './open-data-cache.ts';

describe('the open-data export per catalog revision', () => {
  const counting = () => {
    const builds: string[] = [];
    const cache = new OpenDataCache(async (sectors, levels) => {
      const key = `${sectors?.join('+') ?? '*'}/${levels?.join('+') ?? '*'}#${builds.length}`;
      builds.push(key);
      return key;
    });
    return { cache, builds };
  };

  it('builds the whole catalog once per revision, however many clients ask at once or in turn', async () => {
    const { cache, builds } = counting();
    const answers = await Promise.all(Array.from({ length: 30 }, () => cache.document(7, undefined, undefined)));
    expect(new Set(answers)).toEqual(new Set(['*/*#0']));
    expect(await cache.document(7, [], [])).toBe('*/*#0');
    expect(await cache.document(7, ['ho-tich', 'dat-dai'], undefined)).toBe('dat-dai+ho-tich/*#1');
    expect(await cache.document(7, ['dat-dai', 'ho-tich', 'ho-tich'], undefined)).toBe('dat-dai+ho-tich/*#1');
    expect(builds).toHaveLength(2);
  });

  it('builds again once the catalog changed', async () => {
    const { cache } = counting();
    expect(await cache.document(7, undefined, undefined)).toBe('*/*#0');
    expect(await cache.document(8, undefined, undefined)).toBe('*/*#1');
  });

  it('keeps at most eight documents, the least recently asked going first', async () => {
    const { cache, builds } = counting();
    await cache.document(1, undefined, undefined);
    for (let i = 0; i < 8; i++) {
      await cache.document(1, [`s${i}`], undefined);
      await cache.document(1, undefined, undefined);
    }
    expect(builds).toHaveLength(9);
    await cache.document(1, ['s0'], undefined);
    expect(builds).toHaveLength(10);
  });

  it('forgets a failed build so the next request tries again', async () => {
    let calls = 0;
    const cache = new OpenDataCache(async () => {
      calls += 1;
      if (calls === 1) throw new Error('database gone');
      return 'doc';
    });
    await expect(cache.document(1, undefined, undefined)).rejects.toThrow('database gone');
    expect(await cache.document(1, undefined, undefined)).toBe('doc');
  });
});
