import { newCommunes, oldCommunesOf, oldDistricts, predecessorsOf, referenceUnits, type ReferenceUnit } from '../../../reference/admin-units/reference-units.js';

/** How a district's dossiers behave in the demo: share of volume, lateness, uptake of online filing. */
export interface DistrictProfile {
  /** Relative volume (population and business activity). */
  readonly weight: number;
  /** Share of finished dossiers that are late, in 2023; it improves a little every year. */
  readonly late: number;
  /** Multiplier on the province's online share. */
  readonly online: number;
}

// The mountainous districts (Sơn Tây, Trà Bồng with the former Tây Trà, Ba Tơ) run late far more
// often and file online less; the city is the reverse.
const QUANG_NGAI: Readonly<Record<string, DistrictProfile>> = {
  '522': { weight: 26, late: 0.015, online: 1.2 },
  '524': { weight: 16, late: 0.04, online: 1.0 },
  '525': { weight: 5, late: 0.14, online: 0.7 },
  '527': { weight: 8, late: 0.035, online: 1.0 },
  '528': { weight: 10, late: 0.04, online: 1.0 },
  '529': { weight: 6, late: 0.07, online: 0.8 },
  '530': { weight: 2.5, late: 0.18, online: 0.6 },
  '531': { weight: 2, late: 0.06, online: 0.75 },
  '532': { weight: 8, late: 0.035, online: 0.95 },
  '533': { weight: 10, late: 0.04, online: 1.0 },
  '534': { weight: 12, late: 0.045, online: 1.0 },
  '535': { weight: 4.5, late: 0.15, online: 0.65 },
  '536': { weight: 2, late: 0.05, online: 0.85 },
};
/** Kon Tum's share of the new province's volume, relative to the Quảng Ngãi part. */
export const KON_TUM_SHARE = 0.45;
const QUANG_NGAI_WEIGHT = Object.values(QUANG_NGAI).reduce((s, p) => s + p.weight, 0);

// Old Kon Tum (62), whose one-stop records the new province's system took over: the city carries
// most of the volume; the border and mountain districts (Đắk Glei, Tu Mơ Rông, Ia H'Drai) run late
// more often and file online less. Relative weights, scaled to Kon Tum's share.
const KON_TUM_RELATIVE: Readonly<Record<string, Omit<DistrictProfile, 'weight'> & { share: number }>> = {
  '608': { share: 34, late: 0.03, online: 1.1 },
  '610': { share: 6, late: 0.12, online: 0.65 },
  '611': { share: 9, late: 0.05, online: 0.9 },
  '612': { share: 8, late: 0.06, online: 0.85 },
  '613': { share: 5, late: 0.1, online: 0.7 },
  '614': { share: 4, late: 0.08, online: 0.75 },
  '615': { share: 12, late: 0.05, online: 0.9 },
  '616': { share: 7, late: 0.09, online: 0.75 },
  '617': { share: 4, late: 0.14, online: 0.6 },
  '618': { share: 3, late: 0.16, online: 0.6 },
};
const KON_TUM_TOTAL = Object.values(KON_TUM_RELATIVE).reduce((s, p) => s + p.share, 0);
/** Every old district of the new province. */
const PROFILES: Readonly<Record<string, DistrictProfile>> = {
  ...QUANG_NGAI,
  ...Object.fromEntries(
    Object.entries(KON_TUM_RELATIVE).map(([code, { share, late, online }]) => [code, { weight: (KON_TUM_SHARE * QUANG_NGAI_WEIGHT * share) / KON_TUM_TOTAL, late, online }]),
  ),
};
/** A district the tables above miss (none in the shipped data). */
const FALLBACK: DistrictProfile = { weight: 1, late: 0.06, online: 0.9 };

export interface Place {
  /** The code a dossier records: a commune, or a district without communes (Lý Sơn). */
  readonly code: string;
  readonly name: string;
  readonly type: string;
  /** The old district it lies in (before the reform) or mostly came from (after). */
  readonly district: string;
  readonly profile: DistrictProfile;
}

export interface Geography {
  readonly districts: readonly ReferenceUnit[];
  /** Where applicants live before 2025-07-01, with weights. */
  readonly oldPlaces: ReadonlyArray<readonly [Place, number]>;
  /** Where applicants live from 2025-07-01 (new communes), with weights. */
  readonly newPlaces: ReadonlyArray<readonly [Place, number]>;
}

const unitByCode = new Map(referenceUnits.filter((u) => u.validTo !== null).map((u) => [u.code, u]));

/** The old district a new commune mostly came from: its first predecessor's district. */
function homeDistrict(code: string): string {
  const first = predecessorsOf(code).sort()[0];
  const old = first ? unitByCode.get(first) : undefined;
  if (!old) return '';
  return old.level === 'DISTRICT' ? old.code : (old.parentCode ?? '');
}

/** Old Quảng Ngãi and old Kon Tum before 2025-07-01, the new province's communes after. */
export function buildGeography(): Geography {
  const districts = [...oldDistricts('51'), ...oldDistricts('62')];
  const oldPlaces: Array<readonly [Place, number]> = [];
  for (const d of districts) {
    const profile = PROFILES[d.code] ?? FALLBACK;
    const communes = oldCommunesOf(d.code);
    const places = communes.length ? communes : [d];
    for (const c of places) oldPlaces.push([{ code: c.code, name: c.name, type: c.type, district: d.code, profile }, profile.weight / places.length]);
  }
  const fresh = newCommunes('51').map((c) => ({ unit: c, district: homeDistrict(c.code) }));
  const perDistrict = new Map<string, number>();
  for (const f of fresh) perDistrict.set(f.district, (perDistrict.get(f.district) ?? 0) + 1);
  const newPlaces = fresh.map((f) => {
    const profile = PROFILES[f.district] ?? FALLBACK;
    return [{ code: f.unit.code, name: f.unit.name, type: f.unit.type, district: f.district, profile }, profile.weight / perDistrict.get(f.district)!] as const;
  });
  return { districts, oldPlaces, newPlaces };
}

/** Lower-cases the unit type at the start of a name: "Huyện Ba Tơ" → "huyện Ba Tơ". */
export const inSentence = (unit: { name: string; type: string }): string =>
  unit.name.startsWith(unit.type) ? unit.type.toLowerCase() + unit.name.slice(unit.type.length) : unit.name;
