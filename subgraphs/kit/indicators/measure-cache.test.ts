import { afterEach, describe, expect, it, vi } from 'vitest';
import { MeasureCache } from './measure-cache.js';
import type { Measures } from './indicator-spec.js';

const YEAR = { from: '2024-01-01', to: '2024-12-31' };

/** A loader that records each batch of codes it is asked for. */
function recordingLoader(fail = false) {
  const batches: string[][] = [];
  const load = async (codes: readonly string[]) => {
    batches.push([...codes]);
    await new Promise((r) => setTimeout(r, 10));
    if (fail) throw new Error('database down');
    return new Map<string, Measures>(codes.map((c) => [c, { received: Number(c) }]));
  };
  return { batches, load };
}

describe('MeasureCache', () => {
  afterEach(() => vi.restoreAllMocks());

  it('answers concurrent requests for overlapping codes with one statement', async () => {
    const { batches, load } = recordingLoader();
    const cache = new MeasureCache(load);
    const [province, districts] = await Promise.all([cache.measures(['1', '2', '3'], YEAR), cache.measures(['2', '3'], YEAR)]);
    expect(batches).toEqual([['1', '2', '3']]);
    expect(province.get('1')).toEqual({ received: 1 });
    expect(districts.get('3')).toEqual({ received: 3 });
  });

  it('shares a statement still in flight however long ago it started, also with a max-age', async () => {
    for (const maxAge of [0, 1]) {
      const { batches, load } = recordingLoader();
      const cache = new MeasureCache(load, maxAge);
      let clock = 1_000_000;
      vi.spyOn(Date, 'now').mockImplementation(() => (clock += 5_000)); // 5 s pass between calls
      const [first, second] = await Promise.all([cache.measures(['1', '2'], YEAR), cache.measures(['2'], YEAR)]);
      vi.restoreAllMocks();
      expect(batches).toEqual([['1', '2']]);
      expect(first.get('2')).toEqual({ received: 2 });
      expect(second.get('2')).toEqual({ received: 2 });
    }
  });

  it('keeps nothing once settled when max-age is 0, and keeps results for the max-age otherwise', async () => {
    const none = recordingLoader();
    const fresh = new MeasureCache(none.load, 0);
    await fresh.measures(['1'], YEAR);
    await fresh.measures(['1'], YEAR);
    expect(none.batches).toHaveLength(2);

    const some = recordingLoader();
    const kept = new MeasureCache(some.load, 60);
    await kept.measures(['1', '2'], YEAR);
    await kept.measures(['2', '3'], YEAR);
    await kept.measures(['1'], { from: '2023-01-01', to: '2023-12-31' });
    expect(some.batches).toEqual([['1', '2'], ['3'], ['1']]);
  });

  it('never keeps a failure', async () => {
    const failing = recordingLoader(true);
    const cache = new MeasureCache(failing.load, 60);
    await expect(cache.measures(['1'], YEAR)).rejects.toThrow('database down');
    await expect(cache.measures(['1'], YEAR)).rejects.toThrow('database down');
    expect(failing.batches).toHaveLength(2);
  });
});
