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

/** Agency codes carry the province (H48 Quảng Ngãi, H34 old Kon Tum) and a district number clear of the departments' 01–12. */
const provinceOf = (district: string) => (district.startsWith('6') ? { suffix: 'H34', base: 580 } : { suffix: 'H48', base: 500 });
const districtOffice = (district: string) => `000.00.${Number(district) - provinceOf(district).base}.${provinceOf(district).suffix}`;
const konTumDepartment = (code: string) => code.replace(/H48$/, 'H34');

/**
 * Province departments, the one-stop offices of the old districts and communes (closed on
 * 2025-07-01) and the public administration service centres of the new communes.
 */
export function buildAgencies(geography: Geography): AgencyDirectory {
  const agencies: SeedAgency[] = DEPARTMENTS.map((d) => ({ code: d.code, name: d.name, level: 'TINH', unitCode: '51', inactive: d.until !== undefined }));
  // Old Kon Tum's departments, until their records moved to the new province's on 2025-07-01.
  for (const d of DEPARTMENTS) agencies.push({ code: konTumDepartment(d.code), name: `${d.name} tỉnh Kon Tum`, level: 'TINH', unitCode: '62', inactive: true });
  const communeOffice = new Map<string, string>();
  for (const d of geography.districts) {
    agencies.push({ code: districtOffice(d.code), name: `Bộ phận Một cửa UBND ${inSentence(d)}`, level: 'HUYEN', unitCode: d.code, inactive: true });
    oldCommunesOf(d.code).forEach((c, i) => {
      const { base, suffix } = provinceOf(d.code);
      const code = `000.${String(i + 1).padStart(2, '0')}.${Number(d.code) - base}.${suffix}`;
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
      if (procedure.level === 'TINH') {
        const department = departmentFor(procedure.field, day).code;
        return { agency: !reformed && place.district.startsWith('6') ? konTumDepartment(department) : department, unitCode: place.code };
      }
      if (reformed) return { agency: centre.get(place.code)!, unitCode: place.code };
      // Lý Sơn has no communes: its district office handles commune-level procedures too.
      const commune = communeOffice.get(place.code);
      if (procedure.level === 'XA' && commune) return { agency: commune, unitCode: place.code };
      return { agency: districtOffice(place.district), unitCode: place.district };
    },
  };
}
