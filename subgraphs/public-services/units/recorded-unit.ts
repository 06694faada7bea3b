import type { IsoDate } from '../../kit/dates.js';
import { referenceUnits } from '../../kit/units/reference-units.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';

const versionsByCode = new Map<string, Array<{ validFrom: string; validTo: string | null }>>();
for (const u of referenceUnits) versionsByCode.set(u.code, [...(versionsByCode.get(u.code) ?? []), u]);

/**
 * The unit version a record's code meant on the day it was recorded (a code is no identity across
 * time: 21025 names an old ward before 2025-07-01 and a new one after); null for an unknown code.
 */
export function recordedUnit(code: string, day: IsoDate): UnitKey | null {
  const version = versionsByCode.get(code)?.find((v) => v.validFrom <= day && (v.validTo === null || v.validTo >= day));
  return version ? { code, validFrom: version.validFrom } : null;
}
