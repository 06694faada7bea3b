import { seedHorizon } from '../../kit/seed/horizon.js';
import type { IsoDate } from '../../kit/dates.js';
import { createRandom, type Random } from '../../kit/seed/random.js';
import { codeOfViolationType, ViolationType } from '../lookups/codes.js';
import { startOfVietnamDay } from '../../kit/dates.js';
import { HOUR_MS } from '../../kit/dates.js';
import { codesOn, DATA_FROM, isOffshore, type VesselPlan } from './fleet.js';

/** Recorded violations a month at scale 1 (a few hundred a year), more in the main season. */
const PER_MONTH_AT_SCALE_1 = 21;

const OFFSHORE_TYPES: ReadonlyArray<readonly [ViolationType, number]> = [
  [ViolationType.SIGNAL_LOST, 40],
  [ViolationType.BOUNDARY_CROSSING, 16],
  [ViolationType.IUU_FOREIGN_WATERS, 3],
  [ViolationType.VMS_NOT_OPERATED, 8],
  [ViolationType.LOGBOOK, 15],
  [ViolationType.LICENCE, 10],
  [ViolationType.MARKING, 8],
];
const INSHORE_TYPES: ReadonlyArray<readonly [ViolationType, number]> = [
  [ViolationType.LICENCE, 45],
  [ViolationType.MARKING, 35],
  [ViolationType.LOGBOOK, 20],
];

/** Fines in millions of đồng, by type (Decree 38/2024/NĐ-CP orders of magnitude). */
const FINE_MILLIONS: Record<ViolationType, readonly [number, number]> = {
  SIGNAL_LOST: [5, 30],
  BOUNDARY_CROSSING: [20, 70],
  IUU_FOREIGN_WATERS: [500, 1000],
  VMS_NOT_OPERATED: [10, 40],
  LOGBOOK: [3, 15],
  LICENCE: [10, 50],
  MARKING: [2, 10],
};
const CONTENT: Record<ViolationType, string> = {
  SIGNAL_LOST: 'Tàu mất kết nối VMS trên 6 giờ, không báo cáo vị trí về bờ',
  BOUNDARY_CROSSING: 'Tàu vượt ranh giới vùng khai thác được phép, hệ thống VMS cảnh báo',
  IUU_FOREIGN_WATERS: 'Tàu khai thác trái phép tại vùng biển nước ngoài, bị phía nước ngoài bắt giữ/xử lý',
  VMS_NOT_OPERATED: 'Tàu không duy trì hoạt động thiết bị giám sát hành trình khi hoạt động trên biển',
  LOGBOOK: 'Không ghi, không nộp nhật ký khai thác khi cập cảng',
  LICENCE: 'Khai thác thủy sản khi giấy phép hết hạn',
  MARKING: 'Không đánh dấu tàu cá theo quy định',
};
const AT_SEA = new Set([ViolationType.SIGNAL_LOST, ViolationType.BOUNDARY_CROSSING, ViolationType.IUU_FOREIGN_WATERS, ViolationType.VMS_NOT_OPERATED]);

const activeOn = (v: VesselPlan, day: IsoDate) => !v.deleted && v.firstRegistered <= day && (v.deregistered === null || v.deregistered > day);
const weightOf = (v: VesselPlan) => (isOffshore(v.classCode) ? 1 : v.classCode === '02' ? 0.4 : 0.15);

/** VIPHAM rows from 2023-01-01 to `until`, mostly against the offshore fleet. */
export function planViolations(vessels: readonly VesselPlan[], scale: number, until: IsoDate): Array<Record<string, unknown>> {
  const random = createRandom('fisheries:violations');
  const horizon = seedHorizon(until);
  const rows: Array<Record<string, unknown>> = [];
  const recordsInYear = new Map<string, number>();
  for (let month = DATA_FROM.slice(0, 7); `${month}-01` <= until; month = nextMonth(month)) {
    const seasonal = ['03', '04', '05', '06', '07', '08'].includes(month.slice(5)) ? 1.2 : 0.8;
    const count = Math.round(PER_MONTH_AT_SCALE_1 * scale * seasonal * (0.7 + 0.6 * random.next()));
    const lastDay = lastDayOf(month) < until ? lastDayOf(month) : until;
    for (let i = 0; i < count; i++) {
      const day = random.day(`${month}-01`, lastDay);
      const vessel = pickVessel(random, vessels, day);
      if (!vessel) continue;
      const type = random.weighted(isOffshore(vessel.classCode) ? OFFSHORE_TYPES : INSHORE_TYPES);
      const at = new Date(startOfVietnamDay(day).getTime() + random.int(0, 23 * 60 + 59) * 60_000);
      if (at > horizon) continue; // later today: not recorded yet
      const year = day.slice(0, 4);
      const seq = (recordsInYear.get(year) ?? 0) + 1;
      recordsInYear.set(year, seq);
      const [minFine, maxFine] = FINE_MILLIONS[type];
      const atSea = AT_SEA.has(type);
      const iuu = type === ViolationType.IUU_FOREIGN_WATERS;
      rows.push({
        ID_VIPHAM: rows.length + 1,
        ID_TAU: vessel.id,
        MALOAI: codeOfViolationType(type),
        THOIGIAN: at,
        VIDO: atSea ? round6(iuu ? 6.5 + random.next() * 4 : 14 + random.next() * 3) : null,
        KINHDO: atSea ? round6(iuu ? 109 + random.next() * 5 : 109.2 + random.next() * 3) : null,
        SOBIENBAN: `${String(seq).padStart(3, '0')}/BB-VPHC`,
        MUCPHAT: random.int(minFine, maxFine) * 1_000_000,
        NOIDUNG: CONTENT[type],
        ...codesOn(vessel, day),
        // Annulled records stay in the table, flagged.
        DAXOA: random.chance(0.015) ? 1 : 0,
      });
    }
  }
  return rows;
}

/** Offshore vessels are far more often caught out than small inshore boats. */
function pickVessel(random: Random, vessels: readonly VesselPlan[], day: IsoDate): VesselPlan | undefined {
  for (let attempt = 0; attempt < 50; attempt++) {
    const v = random.pick(vessels);
    if (activeOn(v, day) && random.chance(weightOf(v))) return v;
  }
  return undefined;
}

const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};
const lastDayOf = (month: string) => new Date(Date.parse(`${nextMonth(month)}-01`) - HOUR_MS * 24).toISOString().slice(0, 10);
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
