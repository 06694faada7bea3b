import { addDays, type IsoDate } from '../dates.js';
import { listNames } from '../text.js';
import type { LineageFacts, NamedUnit, UnitKey } from '../units/unit-directory.js';
import { IndicatorStatus } from './indicator.types.js';
import type { DatePeriod } from './period.js';

/**
 * The one place that decides how certain a figure is (docs/figures.md). A figure never claims more
 * than its data has: no data is NO_DATA (never 0), a number that has no honest meaning is
 * NOT_COMPARABLE, a number that is meaningful but not exact is ESTIMATE with the lineage or gap
 * that makes it so, and only the rest is PRELIMINARY (the period has not ended) or FINAL.
 */

/** What a sector's source system holds: the records of some areas, from a day on. */
export interface SourceCoverage {
  /**
   * The units whose areas the source covers, each with what was formed only from it (e.g. old
   * Quảng Ngãi, `51` as of 2000-01-01, and the new province as of 2025-07-01).
   */
  readonly areas: readonly UnitKey[];
  /** The first day the source holds records of. */
  readonly since: IsoDate;
}

/** Which records make a figure, and how certain it is. */
export interface FigureBasis {
  /** The recorded unit codes whose records are summed; empty when there is no figure. */
  readonly codes: readonly string[];
  readonly status: IndicatorStatus;
  /** Why the status is ESTIMATE, NOT_COMPARABLE or NO_DATA, in Vietnamese; null otherwise. */
  readonly reason: string | null;
}

export interface FigureRuleInput {
  readonly facts: LineageFacts;
  readonly period: DatePeriod;
  readonly today: IsoDate;
  readonly source: SourceCoverage;
  /** The lineage facts of another unit over the same period (a successor that carries the unit on). */
  readonly factsOf: (unit: UnitKey) => LineageFacts;
}

/** 2025-07-01 → 01/07/2025. */
export const vnDate = (day: IsoDate): string => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

const names = (units: readonly NamedUnit[]): string => listNames(units.map((u) => u.name));

const noFigure = (status: IndicatorStatus.NO_DATA | IndicatorStatus.NOT_COMPARABLE, reason: string): FigureBasis => ({ codes: [], status, reason });

export function figureBasis({ facts, period, today, source, factsOf }: FigureRuleInput): FigureBasis {
  const { unit } = facts;
  if (!unit) return noFigure(IndicatorStatus.NO_DATA, 'Không có đơn vị hành chính này trong danh mục.');
  if (period.from > today) return noFigure(IndicatorStatus.NO_DATA, `Kỳ số liệu chưa bắt đầu (hôm nay là ${vnDate(today)}).`);
  if (period.to < source.since) return noFigure(IndicatorStatus.NO_DATA, `Hệ thống nguồn chỉ có số liệu từ ngày ${vnDate(source.since)}.`);

  let basis = facts;
  const estimates: string[] = [];
  if (facts.ended) {
    const { on, successors, orphaned } = facts.ended;
    const next = addDays(on, 1);
    const only = successors.length === 1 ? successors[0]! : null;
    if (successors.length > 0 && !orphaned && successors.every((s) => s.formedOnlyFromIt)) {
      // Renamed or carried on whole (Lý Sơn, Ba Xa; an area's members merged among themselves):
      // the successors' records are this unit's.
      basis = successors.reduce((joined, successor) => {
        const carried = factsOf(successor);
        return {
          ...joined,
          codes: [...new Set([...joined.codes, ...carried.codes])].sort(),
          splitLeftOut: [...joined.splitLeftOut, ...carried.splitLeftOut],
          sharedCodes: [...new Set([...joined.sharedCodes, ...carried.sharedCodes])],
          covered: joined.covered + carried.covered,
          outsideSource: [...joined.outsideSource, ...carried.outsideSource],
        };
      }, facts);
      const by = names(successors);
      estimates.push(`${unit.name} được tiếp nối nguyên trạng bởi ${by} từ ngày ${vnDate(next)}; số liệu từ ngày đó là của ${by}.`);
    } else if (successors.length === 0 || orphaned) {
      return noFigure(IndicatorStatus.NOT_COMPARABLE, `${unit.name} không còn từ ngày ${vnDate(next)}; không có đơn vị kế tục để tính tiếp.`);
    } else if (only) {
      return noFigure(
        IndicatorStatus.NOT_COMPARABLE,
        `${unit.name} đã nhập vào ${only.name} cùng ${only.predecessors - 1} đơn vị khác từ ngày ${vnDate(next)}; số liệu sau ngày đó không tách riêng được cho ${unit.name}.`,
      );
    } else {
      return noFigure(IndicatorStatus.NOT_COMPARABLE, `${unit.name} đã được chia cho ${names(successors)} từ ngày ${vnDate(next)}; số liệu sau ngày đó không tách riêng được.`);
    }
  }

  if (basis.covered === 0) {
    return noFigure(IndicatorStatus.NO_DATA, `${unit.name} chưa được thành lập trong kỳ này (có từ ngày ${vnDate(unit.validFrom)}) và không do đơn vị nào trước đó nhập thành.`);
  }
  if (basis.outsideSource.length === basis.covered) {
    return noFigure(IndicatorStatus.NO_DATA, `Hệ thống nguồn chưa có số liệu của ${unit.name}.`);
  }
  if (basis.outsideSource.length > 0) {
    estimates.push(`Chưa gồm số liệu của ${names(basis.outsideSource)}: hệ thống nguồn chưa có.`);
  }
  if (period.from < source.since) estimates.push(`Hệ thống nguồn chỉ có số liệu từ ngày ${vnDate(source.since)}; phần kỳ trước đó không có.`);
  if (basis.splitLeftOut.length > 0) {
    estimates.push(`Không gồm số liệu của ${names(basis.splitLeftOut)} (cũ): đơn vị đã chia cho nhiều đơn vị mới, số liệu không tách được.`);
  }
  if (basis.sharedCodes.length > 0) {
    estimates.push(`Mã ${basis.sharedCodes.join(', ')} trong kỳ cũng chỉ đơn vị khác; bản ghi theo mã không tách được.`);
  }
  const { codes } = basis;
  if (estimates.length > 0) return { codes, status: IndicatorStatus.ESTIMATE, reason: estimates.join(' ') };
  return { codes, status: period.to >= today ? IndicatorStatus.PRELIMINARY : IndicatorStatus.FINAL, reason: null };
}
