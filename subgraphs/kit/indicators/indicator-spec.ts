import type { SourceCoverage } from './figure-status.js';

/**
 * How one indicator is computed from additive measures. A sector's repository returns, per
 * recorded unit code, sums of named measures (counts, areas, numerators, denominators) from one
 * GROUP BY; the kit adds them up over each unit's coverage, so a province's count is by construction
 * the sum of its districts' counts, and a rate is recomputed from summed parts, never averaged.
 */
export type IndicatorSpec = SpecCommon &
  (
    | {
        readonly kind: 'TOTAL';
        readonly unitOfMeasure: string;
        /** The measure whose sum is the value. */
        readonly measure: string;
      }
    | {
        readonly kind: 'RATE';
        /** Always `%`: value = 100 × numerator / denominator. */
        readonly unitOfMeasure: '%';
        readonly numerator: string;
        readonly denominator: string;
      }
    | {
        /** value = numerator / denominator (students per class, beds per facility). */
        readonly kind: 'RATIO';
        readonly unitOfMeasure: string;
        readonly numerator: string;
        readonly denominator: string;
      }
  );

interface SpecCommon {
  readonly code: string;
  readonly name: string;
  /**
   * The only level the source publishes the indicator for (a province's statistics table): below
   * it the figure is NO_DATA with a reason, never 0. Unset: every level.
   */
  readonly onlyFor?: 'PROVINCE';
}

/**
 * A source that publishes its figures and later revises them (statistics tables: a month first
 * published as an estimate, later as the official figure). Its measure statement is read "as
 * published on" a day (the newest version of each row published by then), two of its measures say
 * how certain that is, and the dates a figure's rows were published give its `revisions`.
 */
export interface PublicationRule {
  /** The codes of the indicators read from the published table (others, from registers beside it, keep the usual rules). */
  readonly indicators: readonly string[];
  /** The measure counting the rows (months) in force as published; 0 means nothing published yet: NO_DATA. */
  readonly rows: string;
  /** The measure counting those rows still published as estimates: more than 0 makes the figure an ESTIMATE. */
  readonly estimated: string;
}

/**
 * A sector's indicators: the source system named on every value, the specs, and the description of
 * the `indicators` field. Declared once per sector; the kit's sector shell (the field and its
 * per-request IndicatorService) and docs/indicators.md read this one object.
 */
export interface IndicatorSet {
  /** The source system named on every value, e.g. "Hệ thống thông tin giải quyết TTHC tỉnh". */
  readonly source: string;
  readonly specs: readonly IndicatorSpec[];
  /** The `indicators` field's description in the schema: what the codes count, for GraphiQL readers. */
  readonly description: string;
  /** What the source holds (an area, from a day on): outside it figures are NO_DATA, never 0 (figure-status.ts). */
  readonly coverage: SourceCoverage;
  /** Set when the source publishes and revises its figures (see `PublicationRule`). */
  readonly publications?: PublicationRule;
}

/** Sums of measures for one recorded unit code. */
export type Measures = Readonly<Record<string, number>>;

type Options = Pick<SpecCommon, 'onlyFor'>;

export const total = (code: string, name: string, unitOfMeasure: string, measure: string, options: Options = {}): IndicatorSpec => ({
  kind: 'TOTAL',
  code,
  name,
  unitOfMeasure,
  measure,
  ...options,
});

export const ratio = (code: string, name: string, unitOfMeasure: string, numerator: string, denominator: string, options: Options = {}): IndicatorSpec => ({
  kind: 'RATIO',
  code,
  name,
  unitOfMeasure,
  numerator,
  denominator,
  ...options,
});

export const rate = (code: string, name: string, numerator: string, denominator: string, options: Options = {}): IndicatorSpec => ({
  kind: 'RATE',
  code,
  name,
  unitOfMeasure: '%',
  numerator,
  denominator,
  ...options,
});
