import { afterEach, describe, expect, it, vi } from 'vitest';
import { MeasureCache } from './measure-cache.js';
import type { Measures } from './indicator-spec.js';
import type { MeasureRequest } from './indicator.service.js';
import type { DatePeriod } from './period.js';

const YEAR = { from: '2024-01-01', to: '2024-12-31' };

/** A loader that records each batch it is asked for: the codes of its one period, or every period's. */
function recordingLoader(fail = false) {
  const batches: unknown[] = [];
  const load = async (requests: readonly MeasureRequest[]) => {
    batches.push(requests.length === 1 ? [...requests[0]!.codes] : requests.map((r) => [r.period.from, [...r.codes]]));
    await new Promise((r) => setTimeout(r, 10));
    if (fail) throw new Error('database down');
    return requests.map((r) => new Map<string, Measures>(r.codes.map((c) => [c, { received: Number(c) + Number(r.period.from.slice(0, 4)) }])));
  };
  return { batches, load };
}

/** One period's measures through the cache. */
const one = async (cache: MeasureCache, codes: string[], period: DatePeriod = YEAR) => (await cache.measures([{ codes, period }]))[0]!;

describe('MeasureCache', () => {
  afterEach(() => vi.restoreAllMocks());

  it('answers concurrent requests for overlapping codes with one statement', async () => {
    const { batches, load } = recordingLoader();
    const cache = new MeasureCache(load);
    const [province, districts] = await Promise.all([one(cache, ['1', '2', '3']), one(cache, ['2', '3'])]);
    expect(batches).toEqual([['1', '2', '3']]);
    expect(province.get('1')).toEqual({ received: 2025 });
    expect(districts.get('3')).toEqual({ received: 2027 });
  });

  it('shares a statement still in flight however long ago it started, also with a max-age', async () => {
    for (const maxAge of [0, 1]) {
      const { batches, load } = recordingLoader();
      const cache = new MeasureCache(load, maxAge);
      let clock = 1_000_000;
      vi.spyOn(Date, 'now').mockImplementation(() => (clock += 5_000)); // 5 s pass between calls
      const [first, second] = await Promise.all([one(cache, ['1', '2']), one(cache, ['2'])]);
      vi.restoreAllMocks();
      expect(batches).toEqual([['1', '2']]);
      expect(first.get('2')).toEqual({ received: 2026 });
      expect(second.get('2')).toEqual({ received: 2026 });
    }
  });

  it('keeps nothing once settled when max-age is 0, and keeps results for the max-age otherwise', async () => {
    const none = recordingLoader();
    const fresh = new MeasureCache(none.load, 0);
    await one(fresh, ['1']);
    await one(fresh, ['1']);
    expect(none.batches).toHaveLength(2);

    const some = recordingLoader();
    const kept = new MeasureCache(some.load, 60);
    await one(kept, ['1', '2']);
    await one(kept, ['2', '3']);
    await one(kept, ['1'], { from: '2023-01-01', to: '2023-12-31' });
    expect(some.batches).toEqual([['1', '2'], ['3'], ['1']]);
  });

  it('never keeps a failure', async () => {
    const failing = recordingLoader(true);
    const cache = new MeasureCache(failing.load, 60);
    await expect(one(cache, ['1'])).rejects.toThrow('database down');
    await expect(one(cache, ['1'])).rejects.toThrow('database down');
    expect(failing.batches).toHaveLength(2);
  });

  it('loads every missing period of a request in one statement', async () => {
    const { batches, load } = recordingLoader();
    const cache = new MeasureCache(load, 60);
    await one(cache, ['1'], { from: '2024-01-01', to: '2024-01-31' });
    const [january, february] = await cache.measures([
      { codes: ['1', '2'], period: { from: '2024-01-01', to: '2024-01-31' } },
      { codes: ['1'], period: { from: '2024-02-01', to: '2024-02-29' } },
    ]);
    expect(batches).toEqual([['1'], [['2024-01-01', ['2']], ['2024-02-01', ['1']]]]);
    expect(january!.get('2')).toEqual({ received: 2026 });
    expect(february!.get('1')).toEqual({ received: 2025 });
  });
});
