import { badUserInput, quoted } from '../../../lib/errors.js';
import { todayInVietnam, type IsoDate } from '../../kit/dates.js';
import { areaId, areaMembers, MAX_AREA_UNITS } from '../../kit/units/area-key.js';
import type { AreaRef } from '../../kit/units/area-reference.type.js';
import type { UnitDirectory } from '../../kit/units/unit-directory.js';
import type { Unit } from '../units/unit.model.js';
import type { UnitService } from '../units/unit.service.js';

/** Areas: sets of unit versions, named by codes as of a day or by the successors of a unit. */
export class AreaService {
  constructor(
    private readonly units: UnitService,
    private readonly directory: UnitDirectory,
  ) {}

  /** The units of these codes in force on `asOf` (default today); BAD_USER_INPUT naming a code with none. */
  async byCodes(codes: readonly string[], asOf: IsoDate | null): Promise<AreaRef> {
    const distinct = [...new Set(codes)];
    if (distinct.length === 0) throw badUserInput('codes must name at least one unit', 'codes');
    if (distinct.length > MAX_AREA_UNITS) throw badUserInput(`an area has at most ${MAX_AREA_UNITS} units, got ${distinct.length}`, 'codes');
    const day = asOf ?? todayInVietnam();
    const units = await Promise.all(distinct.map((code) => this.units.byCode(code, day)));
    const missing = distinct.filter((_, i) => units[i] === null);
    if (missing.length > 0) throw badUserInput(`no unit is in force on ${day} under the code ${missing.slice(0, 5).map(quoted).join(', ')}`, 'codes');
    return { id: areaId(units as Unit[]) };
  }

  /** The area a unit's successors cover on `asOf` (default today): itself while in force; null before it began. */
  successorArea(unit: Unit, asOf: IsoDate | null): AreaRef | null {
    const members = this.directory.successorsOn({ code: unit.code, validFrom: unit.validFrom }, asOf ?? todayInVietnam());
    return members.length > 0 ? { id: areaId(members) } : null;
  }

  /** The area's units, in the id's order; a version the hub does not know is left out. */
  async members(area: AreaRef): Promise<Unit[]> {
    const units = await Promise.all(areaMembers(area.id).map((m) => this.units.byKey(m.code, m.validFrom)));
    return units.filter((u): u is Unit => u !== null);
  }
}
