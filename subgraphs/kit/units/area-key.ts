import { badUserInput, quoted } from '../../../lib/errors.js';
import { isIsoDate } from '../dates.js';
import type { UnitKey } from './unit-directory.js';

/**
 * An area (`Area` in the graph) is a set of unit versions, named by its id: the members' keys
 * `code@validFrom`, sorted, joined by `+` (e.g. `21040@2000-01-01+21043@2000-01-01`). Inside a
 * sector it travels as a `UnitKey` whose `validFrom` is `AREA`, so every per-unit path (figures,
 * series, lists, loaders) takes an area as it takes a unit.
 */
export const AREA_MARK = 'AREA';

/** At most this many units in one area (a province has about a hundred communes). */
export const MAX_AREA_UNITS = 500;

const MEMBER = /^(\d{2}|\d{3}|\d{5})@(\d{4}-\d{2}-\d{2})$/;

/** The id of the area made of these unit versions (duplicates counted once). */
export function areaId(members: readonly UnitKey[]): string {
  return [...new Set(members.map((m) => `${m.code}@${m.validFrom}`))].sort().join('+');
}

export const isAreaKey = (key: UnitKey): boolean => key.validFrom === AREA_MARK;

/** The key an area travels as inside a sector. */
export const areaKeyOf = (id: string): UnitKey => ({ code: id, validFrom: AREA_MARK });

/** The members an area id names; BAD_USER_INPUT for an id this API did not issue. */
export function areaMembers(id: string): UnitKey[] {
  const parts = id.split('+');
  if (id.length === 0 || parts.length > MAX_AREA_UNITS) throw badUserInput(`area id ${quoted(id)} is not one this API issued`, 'id');
  return parts.map((part) => {
    const match = MEMBER.exec(part);
    if (!match || !isIsoDate(match[2]!)) throw badUserInput(`area id ${quoted(id)} is not one this API issued`, 'id');
    return { code: match[1]!, validFrom: match[2]! };
  });
}
