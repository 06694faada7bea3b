import { codeOnDay } from '../../../reference/admin-units/old-units.js';
import type { Random } from '../../kit/seed/random.js';
import { addDays } from '../../kit/dates.js';
import { volume, yearSpans } from '../../kit/seed/year-spans.js';
import { currentOn, type SeedCommune, type SeedParcel, type SeedState } from './seed-model.js';
import { DISTRICTS } from './seed-units.js';

/** Disputes received a year at scale 1, and those received in 2021–2022 (some still open in 2023). */
const DISPUTES_PER_YEAR = 85;
const BACKLOG = 45;

const SUBJECTS: ReadonlyArray<readonly [string, number]> = [
  ['Tranh chấp ranh giới, mốc giới thửa đất', 35],
  ['Tranh chấp quyền sử dụng đất do thừa kế', 20],
  ['Tranh chấp lối đi chung', 15],
  ['Tranh chấp hợp đồng chuyển nhượng quyền sử dụng đất', 15],
  ['Tranh chấp quyền sử dụng đất giữa hộ gia đình và tổ chức', 8],
  ['Tranh chấp diện tích lấn chiếm', 7],
];
/** How closed disputes ended: mediated at the commune, decided by the authority, or withdrawn. */
const OUTCOMES: ReadonlyArray<readonly [string, number]> = [['02', 50], ['03', 35], ['04', 15]];

/**
 * A few hundred disputes, more where land is contested (Bình Sơn's economic zone, Đức Phổ, the
 * city); about four in five are closed within 20–420 days, the rest stay open. A parcel has at most
 * one open dispute at a time.
 */
export function seedDisputes(random: Random, state: SeedState, communes: readonly SeedCommune[], scale: number, until: string): void {
  const byWeight = communes.map((c) => [c, (c.weight / DISTRICTS[c.district]!.weight) * DISTRICTS[c.district]!.disputes] as const);
  const openUntil = new Map<SeedParcel, string>();
  const add = (receivedOn: string) => {
    const commune = random.weighted(byWeight);
    const parcels = state.parcelsByCommune.get(commune.code) ?? [];
    for (let attempt = 0; attempt < 12 && parcels.length; attempt++) {
      const parcel = random.pick(parcels);
      const busy = openUntil.get(parcel);
      if (!currentOn(parcel, receivedOn) || (busy !== undefined && busy >= receivedOn)) continue;
      const closing = random.chance(0.82) ? addDays(receivedOn, random.int(20, 420)) : null;
      const closedOn = closing !== null && closing <= until ? closing : null;
      openUntil.set(parcel, closedOn ?? '9999-12-31');
      state.disputes.push({
        id: state.nextDisputeId(),
        parcel,
        unitCode: codeOnDay(parcel.commune.code, parcel.successor, receivedOn),
        subject: random.weighted(SUBJECTS),
        receivedOn,
        closedOn,
        status: closedOn === null ? '01' : random.weighted(OUTCOMES),
        deleted: false,
      });
      return;
    }
  };
  const backlog = Array.from({ length: volume(BACKLOG, scale) }, () => random.day('2021-01-01', '2022-12-31')).sort();
  for (const day of backlog) add(day);
  for (const span of yearSpans('2023-01-01', until)) {
    const days = Array.from({ length: volume(DISPUTES_PER_YEAR * span.fraction, scale) }, () => random.day(span.from, span.to)).sort();
    for (const day of days) add(day);
  }
}
