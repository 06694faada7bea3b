import DataLoader from 'dataloader';
import type { RequestScope } from '../context/request-scope.js';
import { todayInVietnam, type IsoDate } from '../dates.js';
import type { UnitKey } from '../units/unit-directory.js';
import type { IndicatorSet, IndicatorSpec, Measures } from './indicator-spec.js';
import { IndicatorStatus, type IndicatorValue } from './indicator.types.js';
import { checkPeriod, type DatePeriod } from './period.js';

/**
 * Loads the sums of measures per recorded unit code for a period: one aggregate statement (GROUP BY
 * unit code) for all the codes of a whole batch of units. The codes are already narrowed to the
 * caller's area.
 */
export type MeasureLoader = (codes: readonly string[], period: DatePeriod) => Promise<ReadonlyMap<string, Measures>>;

export interface IndicatorServiceOptions {
  set: IndicatorSet;
  load: MeasureLoader;
  /**
   * The request's scope. Aggregates are shared data: every authenticated role reads them for any
   * unit, so indicators are never narrowed to the caller's area (records are).
   */
  scope: RequestScope;
  /** Default: today in Vietnam at the scope's "now". A period that has not ended yet is PRELIMINARY. */
  today?: IsoDate;
}

interface Request {
  unit: UnitKey;
  period: DatePeriod;
}

const periodKey = (p: DatePeriod) => `${p.from}/${p.to}`;

/**
 * A sector's indicators for any number of units in one request: every `indicators(period)` field of
 * the request joins one DataLoader batch, answered with one aggregate query per distinct period.
 */
export class IndicatorService {
  private readonly today: IsoDate;
  private readonly loader: DataLoader<Request, IndicatorValue[], string>;

  constructor(private readonly options: IndicatorServiceOptions) {
    this.today = options.today ?? todayInVietnam(options.scope.now);
    this.loader = new DataLoader((requests) => this.batch(requests), {
      cacheKeyFn: (r) => `${r.unit.code}@${r.unit.validFrom}|${periodKey(r.period)}`,
    });
  }

  indicators(unit: UnitKey, period: DatePeriod): Promise<IndicatorValue[]> {
    return this.loader.load({ unit, period: checkPeriod(period) });
  }

  private async batch(requests: readonly Request[]): Promise<IndicatorValue[][]> {
    const byPeriod = new Map<string, DatePeriod>(requests.map((r) => [periodKey(r.period), r.period]));
    const measures = new Map<string, ReadonlyMap<string, Measures>>();
    await Promise.all(
      [...byPeriod].map(async ([key, period]) => {
        const codes = new Set<string>();
        for (const r of requests) {
          if (periodKey(r.period) === key) for (const c of this.coverage(r).codes) codes.add(c);
        }
        measures.set(key, codes.size ? await this.options.load([...codes], period) : new Map());
      }),
    );
    const observedAt = new Date();
    return requests.map((r) => {
      const coverage = this.coverage(r);
      const sums = sumMeasures(coverage.codes, measures.get(periodKey(r.period))!);
      const status = this.statusOf(r.period, coverage.estimated);
      return this.options.set.specs.map((spec) => toValue(spec, sums, r.period, status, observedAt, this.options.set.source));
    });
  }

  private coverage({ unit, period }: Request) {
    return this.options.scope.directory.coverageOf(unit, period.to);
  }

  private statusOf(period: DatePeriod, estimated: boolean): IndicatorStatus {
    if (estimated) return IndicatorStatus.ESTIMATE;
    return period.to >= this.today ? IndicatorStatus.PRELIMINARY : IndicatorStatus.FINAL;
  }
}

function sumMeasures(codes: readonly string[], byCode: ReadonlyMap<string, Measures>): Map<string, number> {
  const sums = new Map<string, number>();
  for (const code of codes) {
    for (const [name, value] of Object.entries(byCode.get(code) ?? {})) sums.set(name, (sums.get(name) ?? 0) + value);
  }
  return sums;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

function toValue(
  spec: IndicatorSpec,
  sums: ReadonlyMap<string, number>,
  period: DatePeriod,
  status: IndicatorStatus,
  observedAt: Date,
  source: string,
): IndicatorValue {
  const base = { code: spec.code, name: spec.name, unitOfMeasure: spec.unitOfMeasure, period, status, observedAt, source };
  if (spec.kind === 'TOTAL') {
    return { ...base, value: sums.get(spec.measure) ?? 0, numerator: null, denominator: null };
  }
  const numerator = sums.get(spec.numerator) ?? 0;
  const denominator = sums.get(spec.denominator) ?? 0;
  return { ...base, value: denominator === 0 ? null : round((100 * numerator) / denominator, 2), numerator, denominator };
}
