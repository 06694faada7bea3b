import { describe, expect, it } from 'vitest';
import { MAX_SERIES_PERIODS, SeriesStep, seriesPeriods } from './period.js';

describe('seriesPeriods', () => {
  it('cuts a period at calendar months, quarters and years, clipping the first and the last', () => {
    expect(seriesPeriods({ from: '2024-01-15', to: '2024-03-10' }, SeriesStep.MONTH)).toEqual([
      { from: '2024-01-15', to: '2024-01-31' },
      { from: '2024-02-01', to: '2024-02-29' },
      { from: '2024-03-01', to: '2024-03-10' },
    ]);
    expect(seriesPeriods({ from: '2024-11-01', to: '2025-04-30' }, SeriesStep.QUARTER)).toEqual([
      { from: '2024-11-01', to: '2024-12-31' },
      { from: '2025-01-01', to: '2025-03-31' },
      { from: '2025-04-01', to: '2025-04-30' },
    ]);
    expect(seriesPeriods({ from: '2024-06-30', to: '2026-01-01' }, SeriesStep.YEAR)).toEqual([
      { from: '2024-06-30', to: '2024-12-31' },
      { from: '2025-01-01', to: '2025-12-31' },
      { from: '2026-01-01', to: '2026-01-01' },
    ]);
    expect(seriesPeriods({ from: '2024-12-31', to: '2024-12-31' }, SeriesStep.MONTH)).toEqual([{ from: '2024-12-31', to: '2024-12-31' }]);
  });

  it(`refuses more than ${MAX_SERIES_PERIODS} sub-periods with BAD_USER_INPUT`, () => {
    expect(seriesPeriods({ from: '2016-01-01', to: '2025-12-31' }, SeriesStep.MONTH)).toHaveLength(120);
    expect(() => seriesPeriods({ from: '2015-12-01', to: '2025-12-31' }, SeriesStep.MONTH)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });
});
