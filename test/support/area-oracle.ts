import { referenceData, type ReferenceUnit } from '../../reference/admin-units/reference-units.js';

/**
 * The rule for record-level scoping, written out plainly over the reference data, to check
 * the hub against (the hub computes areas its own way, in UnitDirectory): a record is inside an
 * area when the unit version it was recorded under lies wholly inside the area, that is when
 * - its code is named by the area, or it lies under a unit that is inside (parent chain); or
 * - it was formed only from units inside (every predecessor inside); or
 * - it went wholly into units inside (every successor inside).
 */

type Version = ReferenceUnit;
const versionKey = (code: string, validFrom: string) => `${code}@${validFrom}`;
const versions = new Map(referenceData.units.map((u) => [versionKey(u.code, u.validFrom), u]));
const predecessors = new Map<string, Version[]>();
const successors = new Map<string, Version[]>();
for (const l of referenceData.lineage) {
  const from = versions.get(versionKey(l.predecessorCode, l.predecessorValidFrom));
  const to = versions.get(versionKey(l.successorCode, l.successorValidFrom));
  if (!from || !to) continue;
  predecessors.set(versionKey(to.code, to.validFrom), [...(predecessors.get(versionKey(to.code, to.validFrom)) ?? []), from]);
  successors.set(versionKey(from.code, from.validFrom), [...(successors.get(versionKey(from.code, from.validFrom)) ?? []), to]);
}

const parentOf = (v: Version): Version | undefined =>
  v.parentCode === null
    ? undefined
    : referenceData.units.find((u) => u.code === v.parentCode && u.validFrom <= v.validFrom && (u.validTo === null || u.validTo >= v.validFrom));

export interface AreaOracle {
  /** Whether a record recorded under this unit version is inside the area. */
  (unit: { code: string; validFrom: string }): boolean;
  /**
   * For a record whose code meant no unit on its day (a department still writing an old code after
   * the reform): inside only when every unit the code ever named is inside.
   */
  code(code: string): boolean;
}

export function createAreaOracle(areaCodes: readonly string[]): AreaOracle {
  const named = new Set(areaCodes);
  const memo = new Map<string, boolean>();
  const inside = (v: Version, visiting: Set<string>): boolean => {
    const key = versionKey(v.code, v.validFrom);
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (visiting.has(key)) return false;
    visiting.add(key);
    const parent = parentOf(v);
    const formedFrom = predecessors.get(key) ?? [];
    const wentInto = successors.get(key) ?? [];
    const result =
      named.has(v.code) ||
      (parent !== undefined && inside(parent, visiting)) ||
      (formedFrom.length > 0 && formedFrom.every((p) => inside(p, visiting))) ||
      (wentInto.length > 0 && wentInto.every((s) => inside(s, visiting)));
    visiting.delete(key);
    memo.set(key, result);
    return result;
  };
  const oracle = (unit: { code: string; validFrom: string }) => {
    const v = versions.get(versionKey(unit.code, unit.validFrom));
    return v !== undefined && inside(v, new Set());
  };
  oracle.code = (code: string) => {
    const all = referenceData.units.filter((u) => u.code === code);
    return all.length > 0 && all.every((v) => inside(v, new Set()));
  };
  return oracle;
}
