import type { Random } from '../../kit/seed/random.js';
import { LEVEL } from '../lookups/codes.js';
import type { FacilityRole, SeedFacility } from './seed-model.js';
import type { SeedCommune, SeedDistrict, SeedUnits } from './seed-units.js';
import { REFORM_DATE } from '../../kit/indicators/period.js';

interface Hospital {
  readonly code: string;
  readonly name: string;
  readonly role: FacilityRole;
  readonly district: string;
  /** The ward or commune it stands in, by name within its district. */
  readonly commune: string;
  readonly openedOn: string;
}

/** The provincial-level hospitals, each registered in the ward or commune it stands in. */
const HOSPITALS: readonly Hospital[] = [
  { code: '51001', name: 'Bệnh viện Đa khoa tỉnh Quảng Ngãi', role: 'general', district: '522', commune: 'Phường Nghĩa Lộ', openedOn: '1976-03-26' },
  { code: '51002', name: 'Bệnh viện Sản - Nhi tỉnh Quảng Ngãi', role: 'maternity', district: '522', commune: 'Phường Nghĩa Chánh', openedOn: '2018-05-19' },
  { code: '51003', name: 'Bệnh viện Tâm thần tỉnh Quảng Ngãi', role: 'psychiatric', district: '522', commune: 'Phường Trương Quang Trọng', openedOn: '2005-09-01' },
  { code: '51004', name: 'Bệnh viện Đa khoa khu vực Đặng Thùy Trâm', role: 'regional', district: '534', commune: 'Phường Nguyễn Nghiêm', openedOn: '2008-06-15' },
  { code: '51005', name: 'Bệnh viện Đa khoa Dung Quất', role: 'regional', district: '524', commune: 'Xã Bình Thuận', openedOn: '2007-11-20' },
  { code: '62001', name: 'Bệnh viện Đa khoa tỉnh Kon Tum', role: 'general', district: '608', commune: 'Phường Quyết Thắng', openedOn: '1975-04-10' },
  { code: '62002', name: 'Bệnh viện Y dược cổ truyền - Phục hồi chức năng tỉnh Kon Tum', role: 'rehabilitation', district: '608', commune: 'Phường Trường Chinh', openedOn: '2012-07-01' },
  { code: '62003', name: 'Bệnh viện Đa khoa khu vực Ngọc Hồi', role: 'regional', district: '611', commune: 'Thị trấn Plei Kần', openedOn: '2009-10-01' },
];

/** "Thị Trấn Châu Ổ" → "thị trấn Châu Ổ": the unit's type in lower case after a facility's kind. */
function lowerType(name: string): string {
  const m = /^(Thành phố|Thị xã|Huyện|Thị trấn|Phường|Xã|Đặc khu)\s+(.*)$/i.exec(name.trim());
  return m ? `${m[1]!.toLowerCase()} ${m[2]}` : name.trim();
}

const day = (random: Random, fromYear: number, toYear: number) => random.day(`${fromYear}-01-01`, `${toYear}-12-31`);

/**
 * The facility directory: the provincial hospitals; a health centre per old district, registered
 * under the district's code; a health station per old commune, closed on 2025-07-01 when the
 * communes merged; and from that day a station per new commune. Two stations entered twice by
 * mistake are flagged deleted. Beds are set once the episodes are known (`setBeds`).
 */
export class FacilityBook {
  readonly all: SeedFacility[] = [];
  private readonly centres = new Map<string, SeedFacility>();
  private readonly oldStations = new Map<string, SeedFacility>();
  private readonly newStations = new Map<string, SeedFacility>();
  private readonly byCode = new Map<string, SeedFacility>();

  constructor(random: Random, units: SeedUnits, until: string) {
    const reformed = until >= REFORM_DATE;
    for (const h of HOSPITALS) {
      const commune = units.communes.find((c) => c.district.code === h.district && c.name === h.commune);
      if (!commune) throw new Error(`health seed: no commune ${h.commune} in ${h.district}`);
      this.add({ code: h.code, name: h.name, level: LEVEL.PROVINCIAL, role: h.role, unitCode: commune.code, openedOn: h.openedOn, closedOn: null });
    }
    for (const province of ['51', '62'] as const) {
      const districts = units.districts.filter((d) => d.province === province);
      districts.forEach((d, i) => {
        const name = d.code === '536' ? 'Trung tâm Y tế quân dân y huyện Lý Sơn' : `Trung tâm Y tế ${lowerType(d.name)}`;
        const centre = this.add({ code: `${province}1${String(i + 1).padStart(2, '0')}`, name, level: LEVEL.DISTRICT, role: 'district', unitCode: d.code, openedOn: day(random, 1992, 2008), closedOn: null });
        this.centres.set(d.code, centre);
      });
      // Lý Sơn is one unit without communes in the reference: its health centre serves it.
      const communes = units.communes.filter((c) => c.district.province === province && c.code !== c.district.code);
      communes.forEach((c, i) => {
        const station = this.add({
          code: `${province}${200 + i + 1}`,
          name: `Trạm Y tế ${lowerType(c.name)}`,
          level: LEVEL.COMMUNE,
          role: 'station',
          unitCode: c.code,
          openedOn: day(random, 1980, 2005),
          closedOn: reformed ? REFORM_DATE : null,
        });
        this.oldStations.set(c.code, station);
      });
    }
    if (reformed) {
      units.newCommunes.forEach((c, i) => {
        const station = this.add({ code: `51${500 + i + 1}`, name: `Trạm Y tế ${lowerType(c.name)}`, level: LEVEL.COMMUNE, role: 'station', unitCode: c.code, openedOn: REFORM_DATE, closedOn: null });
        this.newStations.set(c.code, station);
      });
    }
    for (const [code, copyOf] of [['51399', '51210'], ['62399', '62215']] as const) {
      const original = this.byCode.get(copyOf)!;
      this.add({ ...original, code, deleted: true });
    }
  }

  private add(facility: Omit<SeedFacility, 'plannedBeds' | 'actualBeds' | 'deleted'> & { deleted?: boolean }): SeedFacility {
    const f: SeedFacility = { plannedBeds: 0, actualBeds: 0, deleted: false, ...facility };
    this.all.push(f);
    this.byCode.set(f.code, f);
    return f;
  }

  /** The health centre of an old district. */
  centre(district: SeedDistrict): SeedFacility {
    return this.centres.get(district.code)!;
  }

  /** The resident's commune health station on `day`: the old commune's before the reform, the new one's after. */
  station(commune: SeedCommune, successor: string, on: string): SeedFacility {
    const station = on < REFORM_DATE ? this.oldStations.get(commune.code) : this.newStations.get(successor);
    return station ?? this.centre(commune.district);
  }

  /** The provincial hospital of this role a resident would go to (the nearer regional one for some districts). */
  hospital(role: FacilityRole, district: SeedDistrict, random: Random): SeedFacility {
    const code = (c: string) => this.byCode.get(c)!;
    if (district.province === '62') {
      if (role === 'rehabilitation') return code('62002');
      if (['610', '611', '612'].includes(district.code) && random.chance(0.6)) return code('62003');
      return code('62001');
    }
    if (role === 'maternity') return code('51002');
    if (role === 'psychiatric') return code('51003');
    if (['533', '534', '535'].includes(district.code) && random.chance(0.6)) return code('51004');
    if (['524', '525'].includes(district.code) && random.chance(0.5)) return code('51005');
    return code('51001');
  }
}

/**
 * Beds, planned and actual, scaled to the demo's sample of claims like everything else: each
 * facility gets the actual beds its inpatients of 2024 needed at a believable occupancy (provincial
 * hospitals run full, district centres less so), and slightly fewer planned beds; stations none.
 */
export function setBeds(random: Random, facilities: readonly SeedFacility[], bedDays2024: ReadonlyMap<string, number>): void {
  for (const f of facilities) {
    const days = bedDays2024.get(f.code) ?? 0;
    if (days === 0 || f.role === 'station') continue;
    const occupancy = f.level === LEVEL.PROVINCIAL ? 0.92 + random.next() * 0.18 : 0.62 + random.next() * 0.25;
    f.actualBeds = Math.max(1, Math.round(days / 366 / occupancy));
    f.plannedBeds = Math.max(1, Math.round(f.actualBeds * (0.82 + random.next() * 0.18)));
  }
}
