import { oldCommunesOf } from '../../../reference/admin-units/reference-units.js';
import { DEPARTMENTS, departmentFor, type LegacyLevel, type SeedProcedure } from './catalog.js';
import { inSentence, type Geography, type Place } from './geography.js';

export interface SeedAgency {
  readonly code: string;
  readonly name: string;
  readonly level: LegacyLevel;
  readonly unitCode: string;
  readonly inactive: boolean;
}

export interface AgencyDirectory {
  readonly agencies: readonly SeedAgency[];
  /** The agency receiving a dossier and the unit code the dossier records. */
  route(procedure: SeedProcedure, place: Place, day: string, reformed: boolean): { agency: string; unitCode: string };
}

const districtOffice = (district: string) => `000.00.${Number(district) - 500}.H48`;

/**
 * Province departments, the one-stop offices of the old districts and communes (closed on
 * 2025-07-01) and the public administration service centres of the new communes.
 */
export function buildAgencies(geography: Geography): AgencyDirectory {
  const agencies: SeedAgency[] = DEPARTMENTS.map((d) => ({ code: d.code, name: d.name, level: 'TINH', unitCode: '51', inactive: d.until !== undefined }));
  const communeOffice = new Map<string, string>();
  for (const d of geography.districts) {
    agencies.push({ code: districtOffice(d.code), name: `Bộ phận Một cửa UBND ${inSentence(d)}`, level: 'HUYEN', unitCode: d.code, inactive: true });
    oldCommunesOf(d.code).forEach((c, i) => {
      const code = `000.${String(i + 1).padStart(2, '0')}.${Number(d.code) - 500}.H48`;
      communeOffice.set(c.code, code);
      agencies.push({ code, name: `Bộ phận Một cửa UBND ${inSentence(c)}`, level: 'XA', unitCode: c.code, inactive: true });
    });
  }
  const centre = new Map<string, string>();
  geography.newPlaces.forEach(([place], i) => {
    const code = `000.${101 + i}.00.H48`;
    centre.set(place.code, code);
    agencies.push({ code, name: `Trung tâm Phục vụ hành chính công ${inSentence(place)}`, level: 'XA', unitCode: place.code, inactive: false });
  });

  return {
    agencies,
    route(procedure, place, day, reformed) {
      if (procedure.level === 'TINH') return { agency: departmentFor(procedure.field, day).code, unitCode: place.code };
      if (reformed) return { agency: centre.get(place.code)!, unitCode: place.code };
      // Lý Sơn has no communes: its district office handles commune-level procedures too.
      const commune = communeOffice.get(place.code);
      if (procedure.level === 'XA' && commune) return { agency: commune, unitCode: place.code };
      return { agency: districtOffice(place.district), unitCode: place.district };
    },
  };
}
