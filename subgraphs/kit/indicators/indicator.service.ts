import DataLoader from 'dataloader';
import type { RequestScope } from '../context/request-scope.js';
import { todayInVietnam, type IsoDate } from '../dates.js';
import type { UnitKey } from '../units/unit-directory.js';
import { badUserInput } from '../../../lib/errors.js';
import { figureBasis, vnDate, type FigureBasis } from './figure-status.js';
import type { IndicatorSet, IndicatorSpec, Measures, PublicationRule } from './indicator-spec.js';
import { IndicatorStatus, type IndicatorChange, type IndicatorRevision, type IndicatorValue, type ValueScope } from './indicator.types.js';
import { checkPeriod, seriesPeriods, type DatePeriod, type SeriesStep } from './period.js';

/** The recorded unit codes whose measures are wanted for a period (as published on a day, for a revised source). */
export interface MeasureRequest {
  readonly codes: readonly string[];
  readonly period: DatePeriod;
  /** Only for a source with publications: read each row as published on this day; null: the newest. */
  readonly publishedOn?: IsoDate | null;
}

/**
 * Loads the sums of measures per recorded unit code for each of several periods: ONE aggregate
 * statement (GROUP BY period and unit code) for all the codes and periods of a whole batch.
 */
export type MeasureLoader = (requests: readonly MeasureRequest[]) => Promise<ReadonlyArray<ReadonlyMap<string, Measures>>>;

/** For a source with publications: the days on which rows of these codes for the period were published, per request, ascending. */
export type PublicationDatesLoader = (requests: readonly MeasureRequest[]) => Promise<ReadonlyArray<readonly IsoDate[]>>;

export interface IndicatorServiceOptions {
  set: IndicatorSet;
  load: MeasureLoader;
  /** Required when the set has `publications`: the days a figure's rows were published (its revisions). */
  publicationDates?: PublicationDatesLoader;
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
  /** A revised source read as published on this day; null: as published now. */
  publishedOn: IsoDate | null;
}

const periodKey = (p: DatePeriod, publishedOn: IsoDate | null = null) => `${p.from}/${p.to}${publishedOn ? `@${publishedOn}` : ''}`;
const requestKey = (r: Request) => `${r.unit.code}@${r.unit.validFrom}|${periodKey(r.period, r.publishedOn)}|${r.part}`;
const ONLY_PROVINCE = 'Chỉ tiêu chỉ được công bố cho cấp tỉnh; dưới cấp tỉnh không có số liệu.';
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
  private readonly dates: DataLoader<Request, readonly IsoDate[], string>;

  constructor(private readonly options: IndicatorServiceOptions) {
    this.today = options.today ?? todayInVietnam(options.scope.now);
    this.loader = new DataLoader((requests) => this.batch(requests), { cacheKeyFn: requestKey });
    this.dates = new DataLoader((requests) => this.publicationDates(requests), { cacheKeyFn: requestKey });
  }

  /** Whether the source publishes and revises its figures (`asPublishedOn`, `revisions`). */
  get revised(): boolean {
    return this.options.set.publications !== undefined;
  }

  /** The unit's figures for the period; for a revised source, as published on a day (default: now). */
  async indicators(unit: UnitKey, period: DatePeriod, publishedOn: IsoDate | null = null): Promise<IndicatorValue[]> {
    return this.loader.load({ unit, period: checkPeriod(period), part: 'WHOLE', publishedOn: this.publishedOn(publishedOn) });
  }

  /**
   * Each version of a value the source published, oldest first: the value as published on each day
   * one of its rows was published or revised (up to the day the value itself was read as of). Null
   * for a source that keeps no publications. Two statements for all the values of a request.
   */
  async revisions(value: IndicatorValue): Promise<IndicatorRevision[] | null> {
    if (!this.revised || !value.scope) return null;
    const request: Request = { unit: value.scope.unit, period: value.period, part: value.scope.part, publishedOn: value.scope.publishedOn };
    const days = (await this.dates.load(request)).filter((day) => request.publishedOn === null || day <= request.publishedOn);
    const versions = await this.loader.loadMany(days.map((day) => ({ ...request, publishedOn: day })));
    return versions.map((values, i) => {
      if (values instanceof Error) throw values;
      const v = values.find((x) => x.code === value.code)!;
      return { publishedOn: days[i]!, value: v.value, numerator: v.numerator, denominator: v.denominator, status: v.status, statusReason: v.statusReason };
    });
  }

  /** The same indicator of the same unit (or part) from 1 January of the period's last year to its last day. */
  async yearToDate(value: IndicatorValue): Promise<IndicatorValue | null> {
    if (!value.scope) return null;
    const { unit, part, publishedOn } = value.scope;
    const values = await this.loader.load({ unit, period: { from: `${value.period.to.slice(0, 4)}-01-01`, to: value.period.to }, part, publishedOn });
    return values.find((v) => v.code === value.code) ?? null;
  }

  /** The change against the same period one year before, as certain as the less certain of the two values. */
  async changeFromPreviousYear(value: IndicatorValue): Promise<IndicatorChange | null> {
    const before = await this.previousYear(value);
    if (!before) return null;
    return changeBetween(value, before);
  }

  /** A day asked for a source that keeps no publications is an error, not a silent "now". */
  private publishedOn(day: IsoDate | null): IsoDate | null {
    if (day === null) return null;
    if (!this.revised) throw badUserInput(`${this.options.set.source} keeps no publication history; asPublishedOn is not available`, 'asPublishedOn');
    return day > this.today ? null : day;
  }

  /**
   * The unit's figures for each calendar month, quarter or year of the period, in order: every value
   * with its own period and status. All sub-periods of all units of the request join one batch, so
   * one aggregate statement answers them.
   */
  async series(unit: UnitKey, period: DatePeriod, every: SeriesStep): Promise<IndicatorValue[]> {
    const periods = seriesPeriods(checkPeriod(period), every);
    const values = await this.loader.loadMany(periods.map((p) => ({ unit, period: p, part: 'WHOLE' as const, publishedOn: null })));
    return values.flatMap((v) => {
      if (v instanceof Error) throw v;
      return v;
    });
  }

  /** The part of the unit's figures recorded under none of its children: unit = Σ children + this part. */
  unattributed(unit: UnitKey, period: DatePeriod): Promise<IndicatorValue[]> {
    return this.loader.load({ unit, period: checkPeriod(period), part: 'UNATTRIBUTED', publishedOn: null });
  }

  /** The same indicator of the same unit (or part) for the period one year before. */
  async previousYear(value: IndicatorValue): Promise<IndicatorValue | null> {
    if (!value.scope) return null;
    const { unit, part, publishedOn } = value.scope;
    const values = await this.loader.load({ unit, period: yearBefore(value.period), part, publishedOn });
    return values.find((v) => v.code === value.code) ?? null;
  }

  private basisOf({ unit, period, part, publishedOn }: Request): FigureBasis {
    const { directory } = this.options.scope;
    const source = this.options.set.coverage;
    const areaKey = source.areas;
    const whole = figureBasis({
      facts: directory.lineageFacts(unit, period, areaKey),
      period,
      // Read as published on a day, a figure is as certain as it was that day.
      today: publishedOn ?? this.today,
      source,
      factsOf: (other) => directory.lineageFacts(other, period, areaKey),
    });
    if (part === 'WHOLE' || whole.codes.length === 0) return whole;
    const underChildren = new Set(directory.childrenOf(unit).flatMap((child) => directory.lineageFacts(child, period, areaKey).codes));
    return { ...whole, codes: whole.codes.filter((c) => !underChildren.has(c)), reason: [UNATTRIBUTED, whole.reason].filter(Boolean).join(' ') };
  }

  /** The requests' codes grouped by period (and publication day): one measure request each. */
  private grouped(requests: readonly Request[], bases: readonly FigureBasis[]) {
    const byPeriod = new Map<string, { period: DatePeriod; publishedOn: IsoDate | null; codes: Set<string> }>();
    requests.forEach((r, i) => {
      const key = periodKey(r.period, r.publishedOn);
      let entry = byPeriod.get(key);
      if (!entry) byPeriod.set(key, (entry = { period: r.period, publishedOn: r.publishedOn, codes: new Set() }));
      for (const c of bases[i]!.codes) entry.codes.add(c);
    });
    const wanted = [...byPeriod.values()].map(({ period, publishedOn, codes }) => ({ period, publishedOn, codes: [...codes] }));
    return { wanted, keys: [...byPeriod.keys()] };
  }

  private async batch(requests: readonly Request[]): Promise<IndicatorValue[][]> {
    const bases = requests.map((r) => this.basisOf(r));
    const { wanted, keys } = this.grouped(requests, bases);
    const loaded = await this.options.load(wanted);
    const measures = new Map<string, ReadonlyMap<string, Measures>>(keys.map((key, i) => [key, loaded[i]!]));
    const observedAt = new Date();
    const { set, scope: requestScope } = this.options;
    return requests.map((r, i) => {
      const basis = bases[i]!;
      const sums = sumMeasures(basis.codes, measures.get(periodKey(r.period, r.publishedOn))!);
      const rule = set.publications;
      const published = rule ? publishedBasis(basis, rule, sums, r.publishedOn) : basis;
      const scope: ValueScope = { unit: { code: r.unit.code, validFrom: r.unit.validFrom }, part: r.part, publishedOn: r.publishedOn };
      const provinceLevel = requestScope.directory.isProvinceLevel(r.unit);
      return set.specs.map((spec) => {
        const own = spec.onlyFor === 'PROVINCE' && !provinceLevel ? onlyForProvince(basis) : rule?.indicators.includes(spec.code) ? published : basis;
        return { ...toValue(spec, sums, r.period, own, observedAt, set.source), scope };
      });
    });
  }

  private async publicationDates(requests: readonly Request[]): Promise<Array<readonly IsoDate[]>> {
    const load = this.options.publicationDates;
    if (!load) throw new Error(`${this.options.set.source}: a set with publications needs a publicationDates loader`);
    const bases = requests.map((r) => this.basisOf(r));
    const answers = await load(requests.map((r, i) => ({ period: r.period, publishedOn: null, codes: bases[i]!.codes })));
    return [...answers];
  }
}

const CERTAINTY = [IndicatorStatus.FINAL, IndicatorStatus.PRELIMINARY, IndicatorStatus.ESTIMATE, IndicatorStatus.NOT_COMPARABLE, IndicatorStatus.NO_DATA];

/** `now` against `before`: no number unless both have one; the status of the less certain. */
export function changeBetween(now: IndicatorValue, before: IndicatorValue): IndicatorChange {
  const weaker = CERTAINTY.indexOf(now.status) >= CERTAINTY.indexOf(before.status) ? now : before;
  const reasons = [now.statusReason, before.statusReason && `Cùng kỳ năm trước: ${before.statusReason}`].filter(Boolean);
  const status = weaker.status;
  const statusReason = reasons.length > 0 && status !== IndicatorStatus.FINAL && status !== IndicatorStatus.PRELIMINARY ? reasons.join(' ') : null;
  if (now.value === null || before.value === null) return { percent: null, difference: null, status, statusReason };
  const difference = round(now.value - before.value, 6);
  return { percent: before.value === 0 ? null : round((100 * difference) / before.value, 2), difference, status, statusReason };
}

/** A figure with no data below the province: NO_DATA, unless it already has no figure. */
function onlyForProvince(basis: FigureBasis): FigureBasis {
  if (basis.status === IndicatorStatus.NO_DATA || basis.status === IndicatorStatus.NOT_COMPARABLE) return basis;
  return { codes: [], status: IndicatorStatus.NO_DATA, reason: ONLY_PROVINCE };
}

/** How certain a published figure is: nothing published yet is NO_DATA; any month still an estimate makes it an ESTIMATE. */
function publishedBasis(basis: FigureBasis, rule: PublicationRule, sums: ReadonlyMap<string, number>, publishedOn: IsoDate | null): FigureBasis {
  if (basis.status === IndicatorStatus.NO_DATA || basis.status === IndicatorStatus.NOT_COMPARABLE) return basis;
  const asOf = publishedOn ? ` (tính đến ngày ${vnDate(publishedOn)})` : '';
  if ((sums.get(rule.rows) ?? 0) === 0) return { codes: [], status: IndicatorStatus.NO_DATA, reason: `Chưa có số liệu được công bố cho kỳ này${asOf}.` };
  const estimated = sums.get(rule.estimated) ?? 0;
  if (estimated === 0) return basis;
  const reason = `Gồm số ước tính của ${estimated} kỳ (tháng) chưa được điều chỉnh thành số chính thức${asOf}.`;
  return { ...basis, status: IndicatorStatus.ESTIMATE, reason: [basis.reason, reason].filter(Boolean).join(' ') };
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
  const factor = spec.kind === 'RATE' ? 100 : 1;
  return { ...base, value: denominator === 0 ? null : round((factor * numerator) / denominator, 2), numerator, denominator };
}
