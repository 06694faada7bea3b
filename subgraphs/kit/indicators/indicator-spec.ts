import type { SourceCoverage } from './figure-status.js';

/**
 * How one indicator is computed from additive measures. A sector's repository returns, per
 * recorded unit code, sums of named measures (counts, areas, numerators, denominators) from one
 * GROUP BY; the kit adds them up over each unit's coverage, so a province's count is by construction
 * the sum of its districts' counts, and a rate is recomputed from summed parts, never averaged.
 */
export type IndicatorSpec =
  | {
      readonly kind: 'TOTAL';
      readonly code: string;
      readonly name: string;
      readonly unitOfMeasure: string;
      /** The measure whose sum is the value. */
      readonly measure: string;
    }
  | {
      readonly kind: 'RATE';
      readonly code: string;
      readonly name: string;
      /** Always `%`: value = 100 × numerator / denominator. */
      readonly unitOfMeasure: '%';
      readonly numerator: string;
      readonly denominator: string;
    };

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
}

/** Sums of measures for one recorded unit code. */
export type Measures = Readonly<Record<string, number>>;

export const total = (code: string, name: string, unitOfMeasure: string, measure: string): IndicatorSpec => ({ kind: 'TOTAL', code, name, unitOfMeasure, measure });

export const rate = (code: string, name: string, numerator: string, denominator: string): IndicatorSpec => ({
  kind: 'RATE',
  code,
  name,
  unitOfMeasure: '%',
  numerator,
  denominator,
});
