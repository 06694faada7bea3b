import DataLoader from 'dataloader';
import type { RequestScope } from '../context/request-scope.js';
import { todayInVietnam, type IsoDate } from '../dates.js';
import type { UnitKey } from '../units/unit-directory.js';
import { figureBasis, type FigureBasis } from './figure-status.js';
import type { IndicatorSet, IndicatorSpec, Measures } from './indicator-spec.js';
import { IndicatorStatus, type IndicatorValue, type ValueScope } from './indicator.types.js';
import { checkPeriod, seriesPeriods, type DatePeriod, type SeriesStep } from './period.js';

/** The recorded unit codes whose measures are wanted for a period. */
export interface MeasureRequest {
  readonly codes: readonly string[];
  readonly period: DatePeriod;
}

/**
 * Loads the sums of measures per recorded unit code for each of several periods: ONE aggregate
 * statement (GROUP BY period and unit code) for all the codes and periods of a whole batch.
 */
export type MeasureLoader = (requests: readonly MeasureRequest[]) => Promise<ReadonlyArray<ReadonlyMap<string, Measures>>>;

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

type Part = ValueScope['part'];

interface Request {
  unit: UnitKey;
  period: DatePeriod;
  part: Part;
}

const periodKey = (p: DatePeriod) => `${p.from}/${p.to}`;
const UNATTRIBUTED = 'Phần số liệu ghi dưới mã của chính đơn vị (hoặc đơn vị cũ đã giải thể), không thuộc đơn vị trực thuộc nào.';

/** The same period one year earlier (29 February becomes 28 February). */
export function yearBefore(period: DatePeriod): DatePeriod {
  const shift = (day: IsoDate): IsoDate => {
    const year = String(Number(day.slice(0, 4)) - 1).padStart(4, '0');
    const candidate = `${year}${day.slice(4)}`;
    return day.slice(5) === '02-29' ? `${year}-02-28` : candidate;
  };
  return { from: shift(period.from), to: shift(period.to) };
}

/**
 * A sector's indicators for any number of units in one request: every `indicators(period)` (and
 * `unattributedIndicators`, `previousYear`) field of the request joins one DataLoader batch,
 * answered with one aggregate query for all its periods. Which records make each figure, and how
 * certain it is, is decided by the status rules (figure-status.ts) from the units' lineage.
 */
export class IndicatorService {
  private readonly today: IsoDate;
  private readonly loader: DataLoader<Request, IndicatorValue[], string>;

  constructor(private readonly options: IndicatorServiceOptions) {
    this.today = options.today ?? todayInVietnam(options.scope.now);
    this.loader = new DataLoader((requests) => this.batch(requests), {
      cacheKeyFn: (r) => `${r.unit.code}@${r.unit.validFrom}|${periodKey(r.period)}|${r.part}`,
    });
  }

  /** The unit's figures for the period. */
  indicators(unit: UnitKey, period: DatePeriod): Promise<IndicatorValue[]> {
    return this.loader.load({ unit, period: checkPeriod(period), part: 'WHOLE' });
  }

  /**
   * The unit's figures for each calendar month, quarter or year of the period, in order: every value
   * with its own period and status. All sub-periods of all units of the request join one batch, so
   * one aggregate statement answers them.
   */
  async series(unit: UnitKey, period: DatePeriod, every: SeriesStep): Promise<IndicatorValue[]> {
    const periods = seriesPeriods(checkPeriod(period), every);
    const values = await this.loader.loadMany(periods.map((p) => ({ unit, period: p, part: 'WHOLE' as const })));
    return values.flatMap((v) => {
      if (v instanceof Error) throw v;
      return v;
    });
  }

  /** The part of the unit's figures recorded under none of its children: unit = Σ children + this part. */
  unattributed(unit: UnitKey, period: DatePeriod): Promise<IndicatorValue[]> {
    return this.loader.load({ unit, period: checkPeriod(period), part: 'UNATTRIBUTED' });
  }

  /** The same indicator of the same unit (or part) for the period one year before. */
  async previousYear(value: IndicatorValue): Promise<IndicatorValue | null> {
    if (!value.scope) return null;
    const values = await this.loader.load({ unit: value.scope.unit, period: yearBefore(value.period), part: value.scope.part });
    return values.find((v) => v.code === value.code) ?? null;
  }

  private basisOf({ unit, period, part }: Request): FigureBasis {
    const { directory } = this.options.scope;
    const source = this.options.set.coverage;
    const areaKey = source.areas;
    const whole = figureBasis({
      facts: directory.lineageFacts(unit, period, areaKey),
      period,
      today: this.today,
      source,
      factsOf: (other) => directory.lineageFacts(other, period, areaKey),
    });
    if (part === 'WHOLE' || whole.codes.length === 0) return whole;
    const underChildren = new Set(directory.childrenOf(unit).flatMap((child) => directory.lineageFacts(child, period, areaKey).codes));
    return { ...whole, codes: whole.codes.filter((c) => !underChildren.has(c)), reason: [UNATTRIBUTED, whole.reason].filter(Boolean).join(' ') };
  }

  private async batch(requests: readonly Request[]): Promise<IndicatorValue[][]> {
    const bases = requests.map((r) => this.basisOf(r));
    const codesByPeriod = new Map<string, { period: DatePeriod; codes: Set<string> }>();
    requests.forEach((r, i) => {
      let entry = codesByPeriod.get(periodKey(r.period));
      if (!entry) codesByPeriod.set(periodKey(r.period), (entry = { period: r.period, codes: new Set() }));
      for (const c of bases[i]!.codes) entry.codes.add(c);
    });
    const wanted = [...codesByPeriod.values()];
    const loaded = await this.options.load(wanted.map(({ period, codes }) => ({ period, codes: [...codes] })));
    const measures = new Map<string, ReadonlyMap<string, Measures>>(wanted.map(({ period }, i) => [periodKey(period), loaded[i]!]));
    const observedAt = new Date();
    const { set } = this.options;
    return requests.map((r, i) => {
      const basis = bases[i]!;
      const sums = sumMeasures(basis.codes, measures.get(periodKey(r.period))!);
      const scope: ValueScope = { unit: { code: r.unit.code, validFrom: r.unit.validFrom }, part: r.part };
      return set.specs.map((spec) => ({ ...toValue(spec, sums, r.period, basis, observedAt, set.source), scope }));
    });
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

function toValue(spec: IndicatorSpec, sums: ReadonlyMap<string, number>, period: DatePeriod, basis: FigureBasis, observedAt: Date, source: string): IndicatorValue {
  const base = { code: spec.code, name: spec.name, unitOfMeasure: spec.unitOfMeasure, period, status: basis.status, statusReason: basis.reason, observedAt, source };
  if (basis.status === IndicatorStatus.NO_DATA || basis.status === IndicatorStatus.NOT_COMPARABLE) {
    return { ...base, value: null, numerator: null, denominator: null };
  }
  if (spec.kind === 'TOTAL') {
    // Sums of decimal measures (areas) carry float noise: six decimals are more than any source has.
    return { ...base, value: round(sums.get(spec.measure) ?? 0, 6), numerator: null, denominator: null };
  }
  const numerator = sums.get(spec.numerator) ?? 0;
  const denominator = sums.get(spec.denominator) ?? 0;
  return { ...base, value: denominator === 0 ? null : round((100 * numerator) / denominator, 2), numerator, denominator };
}
