import { describe, expect, it } from 'vitest';
import { OLD_QUANG_NGAI, referenceData } from '../../../reference/admin-units/reference-units.js';
import { createRequestScope } from '../context/request-scope.js';
import { TEST_CALLERS } from '../testing/test-credentials.js';
import { UnitDirectory } from '../units/unit-directory.js';
import { rate, ratio, total, type IndicatorSet, type Measures } from './indicator-spec.js';
import { IndicatorService, type MeasureRequest } from './indicator.service.js';
import { IndicatorStatus, type IndicatorValue } from './indicator.types.js';

const directory = new UnitDirectory(referenceData);
const scope = createRequestScope(TEST_CALLERS.province, 'test', directory, new Date('2026-06-15T03:00:00Z'));
const DISTRICT = { code: '522', validFrom: '2000-01-01' };
const YEAR_2024 = { from: '2024-01-01', to: '2024-12-31' };
const coverage = { areas: [OLD_QUANG_NGAI], since: '2020-01-01' };

/** Measures per code, the same for every period: district 522 holds 10 of 40, the province's own code 5. */
const BY_CODE: Record<string, Measures> = { '522': { a: 10, b: 40 }, '524': { a: 30, b: 60 }, '51': { a: 5, b: 0 } };
const staticLoader = async (requests: readonly MeasureRequest[]) => requests.map(({ codes }) => new Map(codes.filter((c) => BY_CODE[c]).map((c) => [c, BY_CODE[c]!])));

const find = (values: IndicatorValue[], code: string) => values.find((v) => v.code === code)!;

describe('IndicatorService: kinds and levels', () => {
  const set: IndicatorSet = {
    source: 'Nguồn thử',
    description: 'thử',
    coverage,
    specs: [total('T', 'Tổng', 'cái', 'a'), rate('R', 'Tỷ lệ', 'a', 'b'), ratio('Q', 'Bình quân', 'cái/lớp', 'a', 'b'), total('P', 'Chỉ cấp tỉnh', 'cái', 'a', { onlyFor: 'PROVINCE' })],
  };
  const service = () => new IndicatorService({ set, load: staticLoader, scope });

  it('computes a rate as 100 × Σ numerator / Σ denominator and a ratio as Σ numerator / Σ denominator', async () => {
    const values = await service().indicators(DISTRICT, YEAR_2024);
    expect(find(values, 'R')).toMatchObject({ value: 25, numerator: 10, denominator: 40, status: IndicatorStatus.FINAL });
    expect(find(values, 'Q')).toMatchObject({ value: 0.25, numerator: 10, denominator: 40, unitOfMeasure: 'cái/lớp' });
  });

  it('gives a province-only indicator NO_DATA below the province, never 0, and the province its own records', async () => {
    const district = find(await service().indicators(DISTRICT, YEAR_2024), 'P');
    expect(district).toMatchObject({ value: null, status: IndicatorStatus.NO_DATA });
    expect(district.statusReason).toMatch(/cấp tỉnh/);
    const province = find(await service().indicators(OLD_QUANG_NGAI, YEAR_2024), 'P');
    expect(province).toMatchObject({ value: 45, status: IndicatorStatus.FINAL });
    // The province's own-code part is what no child holds: Σ children (NO_DATA) + unattributed = province.
    expect(find(await service().unattributed(OLD_QUANG_NGAI, YEAR_2024), 'P').value).toBe(5);
  });

  it('refuses "as published on" for a source that keeps no publications', async () => {
    await expect(service().indicators(DISTRICT, YEAR_2024, '2024-06-01')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('compares with the same period last year and sums the year to date', async () => {
    const s = service();
    const [value] = await s.indicators(DISTRICT, { from: '2024-03-01', to: '2024-03-31' });
    expect(await s.changeFromPreviousYear(value!)).toEqual({ percent: 0, difference: 0, status: IndicatorStatus.FINAL, statusReason: null });
    expect((await s.yearToDate(value!))?.period).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    // An old district after the reform has no figure: no change either, and the comparison says why.
    const [after] = await s.indicators(DISTRICT, { from: '2026-01-01', to: '2026-12-31' });
    const change = await s.changeFromPreviousYear(after!);
    expect(change).toMatchObject({ percent: null, difference: null, status: IndicatorStatus.NOT_COMPARABLE });
    expect(change?.statusReason).toBeTruthy();
  });
});

describe('IndicatorService: a source that publishes and revises', () => {
  /** Province 51's March 2024, published as an estimate on 31/03, revised to final on 20/04. */
  const PUBLISHED = [
    { day: '2024-03-31', guests: 100, estimated: 1 },
    { day: '2024-04-20', guests: 120, estimated: 0 },
  ];
  const asOf = (publishedOn: string | null | undefined) => [...PUBLISHED].reverse().find((p) => publishedOn == null || p.day <= publishedOn);
  const set: IndicatorSet = {
    source: 'Thống kê du lịch',
    description: 'thử',
    coverage,
    specs: [total('G', 'Khách', 'lượt', 'guests', { onlyFor: 'PROVINCE' }), total('R', 'Cơ sở (sổ đăng ký)', 'cơ sở', 'guests')],
    publications: { indicators: ['G'], rows: 'months', estimated: 'estimated' },
  };
  const requests: MeasureRequest[] = [];
  const load = async (batch: readonly MeasureRequest[]) => {
    requests.push(...batch);
    return batch.map(({ codes, publishedOn }) => {
      const row = asOf(publishedOn);
      return new Map(row && codes.includes('51') ? [['51', { guests: row.guests, months: 1, estimated: row.estimated }]] : []);
    });
  };
  const publicationDates = async (batch: readonly MeasureRequest[]) => batch.map(({ codes }) => (codes.includes('51') ? PUBLISHED.map((p) => p.day) : []));
  const service = () => new IndicatorService({ set, load, publicationDates, scope });
  const MARCH = { from: '2024-03-01', to: '2024-03-31' };

  it('is NO_DATA before the first publication, ESTIMATE while an estimate, FINAL once revised', async () => {
    const s = service();
    const [before] = await s.indicators(OLD_QUANG_NGAI, MARCH, '2024-03-30');
    expect(before).toMatchObject({ value: null, status: IndicatorStatus.NO_DATA });
    const [estimate, register] = await s.indicators(OLD_QUANG_NGAI, MARCH, '2024-04-01');
    expect(estimate).toMatchObject({ value: 100, status: IndicatorStatus.ESTIMATE });
    expect(estimate!.statusReason).toMatch(/ước tính/);
    // An indicator the publication does not govern keeps the usual rules.
    expect(register).toMatchObject({ status: IndicatorStatus.FINAL, statusReason: null });
    const [final] = await s.indicators(OLD_QUANG_NGAI, MARCH);
    expect(final).toMatchObject({ value: 120, status: IndicatorStatus.FINAL, statusReason: null });
  });

  it('lists each published version of a value, up to the day it was read as of', async () => {
    const s = service();
    const [now] = await s.indicators(OLD_QUANG_NGAI, MARCH);
    expect(await s.revisions(now!)).toEqual([
      expect.objectContaining({ publishedOn: '2024-03-31', value: 100, status: IndicatorStatus.ESTIMATE }),
      expect.objectContaining({ publishedOn: '2024-04-20', value: 120, status: IndicatorStatus.FINAL }),
    ]);
    const [then] = await s.indicators(OLD_QUANG_NGAI, MARCH, '2024-04-01');
    expect((await s.revisions(then!))?.map((r) => r.publishedOn)).toEqual(['2024-03-31']);
  });

  it('reads every publication day of a request in one batch', async () => {
    requests.length = 0;
    const s = service();
    const [now] = await s.indicators(OLD_QUANG_NGAI, MARCH);
    requests.length = 0;
    await s.revisions(now!);
    expect(requests.map((r) => r.publishedOn)).toEqual(['2024-03-31', '2024-04-20']);
  });
});
