import { badUserInput, quoted } from '../../../lib/errors.js';
import { todayInVietnam, type IsoDate } from '../../kit/dates.js';
import { areaId, areaMembers, MAX_AREA_UNITS } from '../../kit/units/area-key.js';
import type { UnitDirectory, UnitKey } from '../../kit/units/unit-directory.js';
import type { Unit } from '../units/unit.model.js';
import type { UnitService } from '../units/unit.service.js';
import type { AreaModel } from './area.model.js';

/** The area of these units, its members in the id's order. */
const areaOf = (members: readonly UnitKey[]): AreaModel => {
  const id = areaId(members);
  return { id, members: areaMembers(id) };
};

/** Areas: sets of unit versions, named by codes as of a day or by the successors of a unit. */
export class AreaService {
  constructor(
    private readonly units: UnitService,
    private readonly directory: UnitDirectory,
  ) {}

  /** The units of these codes in force on `asOf` (default today); BAD_USER_INPUT naming a code with none. */
  async byCodes(codes: readonly string[], asOf: IsoDate | null): Promise<AreaModel> {
    const distinct = [...new Set(codes)];
    if (distinct.length === 0) throw badUserInput('codes must name at least one unit', 'codes');
    if (distinct.length > MAX_AREA_UNITS) throw badUserInput(`an area has at most ${MAX_AREA_UNITS} units, got ${distinct.length}`, 'codes');
    const day = asOf ?? todayInVietnam();
    const units = await Promise.all(distinct.map((code) => this.units.byCode(code, day)));
    const missing = distinct.filter((_, i) => units[i] === null);
    if (missing.length > 0) throw badUserInput(`no unit is in force on ${day} under the code ${missing.slice(0, 5).map(quoted).join(', ')}`, 'codes');
    return areaOf((units as Unit[]).map((u) => ({ code: u.code, validFrom: u.validFrom })));
  }

  /** The area a unit's successors cover on `asOf` (default today): itself while in force; null before it began. */
  successorArea(unit: Unit, asOf: IsoDate | null): AreaModel | null {
    const members = this.directory.successorsOn({ code: unit.code, validFrom: unit.validFrom }, asOf ?? todayInVietnam());
    return members.length > 0 ? areaOf(members) : null;
  }

  /** An area from its id (a federation key); BAD_USER_INPUT for an id this API did not issue. */
  byId(id: string): AreaModel {
    return areaOf(areaMembers(id));
  }

  /** The area's units, in the id's order; a version the hub does not know is left out. */
  async members(area: AreaModel): Promise<Unit[]> {
    const units = await Promise.all(area.members.map((m) => this.units.byKey(m.code, m.validFrom)));
    return units.filter((u): u is Unit => u !== null);
  }
}
