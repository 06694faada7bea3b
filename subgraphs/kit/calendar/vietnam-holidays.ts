import { addDays, type IsoDate } from '../dates.js';

/**
 * Vietnam's days off for public administration (cơ quan hành chính, sự nghiệp, tổ chức chính trị,
 * chính trị - xã hội), which works Monday to Friday (Quyết định 188/1999/QĐ-TTg: 40 hours in five
 * days, Saturday and Sunday are the weekly rest days).
 *
 * Two layers, per holiday occasion and year:
 * - the Labour Code rule (Bộ luật Lao động 2019, điều 112 khoản 1; điều 111 khoản 3), applied to
 *   every occasion no official schedule covers;
 * - the schedule the Prime Minister approved and the ministry (Bộ Lao động - Thương binh và Xã hội,
 *   from March 2025 Bộ Nội vụ) announced for civil servants: which days the five Tết days are, the
 *   day next to 2/9, and swaps (a weekday off against a Saturday worked, "hoán đổi"), cited per year.
 *
 * docs/calendar.md says how to add the next year's announcement.
 */

/** The occasions of art. 112(1); each gives one or more statutory holidays. */
export type Occasion = 'NEW_YEAR' | 'TET' | 'HUNG_KINGS' | 'VICTORY_DAY' | 'LABOUR_DAY' | 'NATIONAL_DAY';

export const OCCASIONS: readonly Occasion[] = ['NEW_YEAR', 'TET', 'HUNG_KINGS', 'VICTORY_DAY', 'LABOUR_DAY', 'NATIONAL_DAY'];

/** Names as the Labour Code and the notices write them (the Code says "Tết Âm lịch"). */
export const OCCASION_NAMES: Readonly<Record<Occasion, string>> = {
  NEW_YEAR: 'Tết Dương lịch',
  TET: 'Tết Nguyên đán',
  HUNG_KINGS: 'Giỗ Tổ Hùng Vương',
  VICTORY_DAY: 'Ngày Chiến thắng',
  LABOUR_DAY: 'Ngày Quốc tế Lao động',
  NATIONAL_DAY: 'Quốc khánh',
};

/**
 * HOLIDAY: a statutory holiday (on whatever weekday it falls). COMPENSATORY: a weekday off that is
 * not itself a holiday: nghỉ bù for a holiday on a weekly rest day, or nghỉ hoán đổi (a weekday off
 * against a Saturday worked).
 */
export type DayOffKind = 'HOLIDAY' | 'COMPENSATORY';

export interface DayOff {
  readonly name: string;
  readonly kind: DayOffKind;
}

type Entry = readonly [IsoDate, Occasion];

/** One official decision: it fixes the listed occasions of its year; the others follow the Code. */
export interface Announcement {
  readonly occasions: readonly Occasion[];
  /** The documents, by number and date. */
  readonly source: string;
  /** The statutory holidays of those occasions, as the decision places them. */
  readonly holidays: readonly Entry[];
  /** Weekdays off that are not holidays (nghỉ bù, nghỉ hoán đổi). */
  readonly daysOff?: readonly Entry[];
  /** Saturdays worked in exchange for a weekday off (làm bù). */
  readonly workingSaturdays?: readonly IsoDate[];
}

const days = (first: IsoDate, count: number, occasion: Occasion): Entry[] =>
  Array.from({ length: count }, (_, i) => [addDays(first, i), occasion] as const);

/**
 * The announced schedules, by the year whose occasions they fix. Occasions without a decision of
 * their own (no swap) are listed too, as the Code's rule gives them, so that each year reads whole;
 * working-days.test.ts checks the rule reproduces them.
 */
export const ANNOUNCEMENTS: Readonly<Record<number, readonly Announcement[]>> = {
  2023: [
    // 1/1 was a Sunday: nghỉ bù on Monday 2/1 (art. 111(3)); no swap decided.
    { occasions: ['NEW_YEAR'], source: 'Bộ luật Lao động 2019 điều 111 khoản 3', holidays: [['2023-01-01', 'NEW_YEAR']], daysOff: [['2023-01-02', 'NEW_YEAR']] },
    {
      occasions: ['TET', 'NATIONAL_DAY'],
      source: 'Thông báo 5034/TB-LĐTBXH ngày 07/12/2022',
      // Fri 20/1 (29 tháng Chạp) to Thu 26/1 (mùng 5): five Tết days, two of them on the weekend.
      holidays: [...days('2023-01-20', 5, 'TET'), ['2023-09-01', 'NATIONAL_DAY'], ['2023-09-02', 'NATIONAL_DAY']],
      daysOff: [['2023-01-25', 'TET'], ['2023-01-26', 'TET'], ['2023-09-04', 'NATIONAL_DAY']],
    },
    {
      // Giỗ Tổ on Saturday 29/4, 30/4 on Sunday: nghỉ bù Tue 2/5 and Wed 3/5; no swap decided.
      occasions: ['HUNG_KINGS', 'VICTORY_DAY', 'LABOUR_DAY'],
      source: 'Bộ luật Lao động 2019 điều 111 khoản 3',
      holidays: [['2023-04-29', 'HUNG_KINGS'], ['2023-04-30', 'VICTORY_DAY'], ['2023-05-01', 'LABOUR_DAY']],
      daysOff: [['2023-05-02', 'HUNG_KINGS'], ['2023-05-03', 'VICTORY_DAY']],
    },
  ],
  2024: [
    { occasions: ['NEW_YEAR', 'HUNG_KINGS'], source: 'Bộ luật Lao động 2019 điều 112', holidays: [['2024-01-01', 'NEW_YEAR'], ['2024-04-18', 'HUNG_KINGS']] },
    {
      occasions: ['TET', 'NATIONAL_DAY'],
      source: 'Thông báo 5014/TB-LĐTBXH ngày 22/11/2023',
      // Thu 8/2 (29 tháng Chạp) to Wed 14/2 (mùng 5): Tết 8–12/2, nghỉ bù for Sat 10 and Sun 11.
      holidays: [...days('2024-02-08', 5, 'TET'), ['2024-09-02', 'NATIONAL_DAY'], ['2024-09-03', 'NATIONAL_DAY']],
      daysOff: [['2024-02-13', 'TET'], ['2024-02-14', 'TET']],
    },
    {
      occasions: ['VICTORY_DAY', 'LABOUR_DAY'],
      source: 'Công văn 2450/VPCP-KGVX ngày 12/04/2024 (on Công văn 1511/BLĐTBXH-CATLĐ ngày 11/04/2024)',
      holidays: [['2024-04-30', 'VICTORY_DAY'], ['2024-05-01', 'LABOUR_DAY']],
      // Monday 29/4 off, Saturday 4/5 worked: 27/4–1/5 in a row.
      daysOff: [['2024-04-29', 'VICTORY_DAY']],
      workingSaturdays: ['2024-05-04'],
    },
  ],
  2025: [
    { occasions: ['NEW_YEAR', 'HUNG_KINGS'], source: 'Bộ luật Lao động 2019 điều 112', holidays: [['2025-01-01', 'NEW_YEAR'], ['2025-04-07', 'HUNG_KINGS']] },
    {
      occasions: ['TET', 'VICTORY_DAY', 'LABOUR_DAY', 'NATIONAL_DAY'],
      source: 'Thông báo 6150/TB-BLĐTBXH ngày 03/12/2024 (on Công văn 8726/VPCP-KGVX ngày 26/11/2024)',
      holidays: [
        // Mon 27/1 (28 tháng Chạp) to Fri 31/1 (mùng 3); with the weekends, Sat 25/1 to Sun 2/2.
        ...days('2025-01-27', 5, 'TET'),
        ['2025-04-30', 'VICTORY_DAY'],
        ['2025-05-01', 'LABOUR_DAY'],
        ['2025-09-01', 'NATIONAL_DAY'],
        ['2025-09-02', 'NATIONAL_DAY'],
      ],
      // Friday 2/5 off, Saturday 26/4 worked: 30/4–4/5 in a row.
      daysOff: [['2025-05-02', 'LABOUR_DAY']],
      workingSaturdays: ['2025-04-26'],
    },
  ],
  2026: [
    {
      occasions: ['NEW_YEAR'],
      source: 'Công văn 12729/VPCP-KGVX ngày 25/12/2025 and the Bộ Nội vụ notice of the same day',
      // Friday 2/1 off, Saturday 10/1 worked: 1/1–4/1 in a row.
      holidays: [['2026-01-01', 'NEW_YEAR']],
      daysOff: [['2026-01-02', 'NEW_YEAR']],
      workingSaturdays: ['2026-01-10'],
    },
    {
      occasions: ['TET', 'NATIONAL_DAY'],
      source: 'Thông báo 9441/TB-BNV ngày 16/10/2025 (on Công văn 9859/VPCP-KGVX ngày 13/10/2025)',
      // Mon 16/2 (29 tháng Chạp, giao thừa) to Fri 20/2 (mùng 4); with the weekends, Sat 14/2 to Sun 22/2.
      holidays: [...days('2026-02-16', 5, 'TET'), ['2026-09-01', 'NATIONAL_DAY'], ['2026-09-02', 'NATIONAL_DAY']],
      // Monday 31/8 off, Saturday 22/8 worked: 29/8–2/9 in a row.
      daysOff: [['2026-08-31', 'NATIONAL_DAY']],
      workingSaturdays: ['2026-08-22'],
    },
    {
      // Giỗ Tổ on Sunday 26/4: nghỉ bù Monday 27/4; 30/4–1/5 Thursday–Friday; no swap decided.
      occasions: ['HUNG_KINGS', 'VICTORY_DAY', 'LABOUR_DAY'],
      source: 'Bộ luật Lao động 2019 điều 111 khoản 3',
      holidays: [['2026-04-26', 'HUNG_KINGS'], ['2026-04-30', 'VICTORY_DAY'], ['2026-05-01', 'LABOUR_DAY']],
      daysOff: [['2026-04-27', 'HUNG_KINGS']],
    },
  ],
  // Not law as of 2026-11-30: Nghị quyết 80-NQ/TW (01/2026) chose 24/11 as Ngày Văn hóa Việt Nam, a
  // paid day off "in principle"; Nghị quyết 30/NQ-CP (02/2026) asked for a Labour Code amendment. Add
  // it here (and to ruleHolidays) only once the amendment or a National Assembly resolution is in force.
};

/**
 * Tết (1st day of the 1st lunar month) and Giỗ Tổ Hùng Vương (10th day of the 3rd lunar month) in
 * the Vietnamese calendar (new moons reckoned at UTC+7, which is why Tết 2030 is 2 February, a day
 * before the Chinese new year). Computed from astronomical new moons and solar terms (Meeus,
 * Astronomical Algorithms, ch. 25 and 49) and checked against the Vietnamese tables of the
 * `holidays` Python package (vacanza/holidays, holidays/calendars/chinese.py) and timeanddate.com's
 * list of Hùng Kings days 2016–2026; 2023 has a leap 2nd month, hence Hùng Kings on 29 April.
 */
export const LUNAR_DATES: Readonly<Record<number, readonly [tet: IsoDate, hungKings: IsoDate]>> = {
  2015: ['2015-02-19', '2015-04-28'],
  2016: ['2016-02-08', '2016-04-16'],
  2017: ['2017-01-28', '2017-04-06'],
  2018: ['2018-02-16', '2018-04-25'],
  2019: ['2019-02-05', '2019-04-14'],
  2020: ['2020-01-25', '2020-04-02'],
  2021: ['2021-02-12', '2021-04-21'],
  2022: ['2022-02-01', '2022-04-10'],
  2023: ['2023-01-22', '2023-04-29'],
  2024: ['2024-02-10', '2024-04-18'],
  2025: ['2025-01-29', '2025-04-07'],
  2026: ['2026-02-17', '2026-04-26'],
  2027: ['2027-02-06', '2027-04-16'],
  2028: ['2028-01-26', '2028-04-04'],
  2029: ['2029-02-13', '2029-04-23'],
  2030: ['2030-02-02', '2030-04-12'],
  2031: ['2031-01-23', '2031-04-01'],
  2032: ['2032-02-11', '2032-04-19'],
  2033: ['2033-01-31', '2033-04-09'],
  2034: ['2034-02-19', '2034-04-28'],
  2035: ['2035-02-08', '2035-04-17'],
};

/** The years the calendar can answer for: those with lunar dates. */
export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2035;

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (day: IsoDate): number => new Date(Date.parse(day)).getUTCDay();
const isWeekend = (day: IsoDate): boolean => weekdayOf(day) === 0 || weekdayOf(day) === 6;

/**
 * The day next to 2/9, by the weekday of 2/9, as the announced years chose it (2021–2026): the one
 * that joins 2/9 to a weekend, and the day before when 2/9 is a Wednesday (2026).
 */
const NATIONAL_DAY_ADJACENT: readonly number[] = [+1, +1, -1, -1, +1, -1, -1];

/**
 * The statutory holidays of a year by the Code alone. Tết is the lunar new year's eve and mùng 1–4
 * (the announced years chose 29–30 tháng Chạp + mùng 1–3 in 2023–2025, and the eve + mùng 1–4 in
 * 2026). Before 2021 the 2012 Code gave Quốc khánh one day only.
 */
export function ruleHolidays(year: number): Entry[] {
  const lunar = LUNAR_DATES[year];
  if (!lunar) throw new Error(`No holiday data for ${year}: the working-day calendar covers ${FIRST_YEAR}–${LAST_YEAR} (docs/calendar.md)`);
  const [tet, hungKings] = lunar;
  const nationalDay = `${year}-09-02`;
  return [
    [`${year}-01-01`, 'NEW_YEAR'],
    ...days(addDays(tet, -1), 5, 'TET'),
    [hungKings, 'HUNG_KINGS'],
    [`${year}-04-30`, 'VICTORY_DAY'],
    [`${year}-05-01`, 'LABOUR_DAY'],
    [nationalDay, 'NATIONAL_DAY'],
    ...(year >= 2021 ? [[addDays(nationalDay, NATIONAL_DAY_ADJACENT[weekdayOf(nationalDay)]!), 'NATIONAL_DAY'] as const] : []),
  ];
}

/** A year's days off (keyed by day, weekend holidays included) and its Saturdays worked. */
export interface YearSchedule {
  readonly year: number;
  readonly daysOff: ReadonlyMap<IsoDate, DayOff>;
  readonly workingSaturdays: ReadonlySet<IsoDate>;
  /** Occasions fixed by an announcement; the others follow the Code's rule. */
  readonly announced: ReadonlySet<Occasion>;
}

/** The schedule of `year`: the announcements where there are, the Code's rule elsewhere. */
export const scheduleOfYear = (year: number): YearSchedule => buildSchedule(year, true);

/** The schedule of `year` by the Code's rule alone, ignoring announcements (to compare with them). */
export const ruleScheduleOfYear = (year: number): YearSchedule => buildSchedule(year, false);

function buildSchedule(year: number, useAnnouncements: boolean): YearSchedule {
  const ruled = ruleHolidays(year);
  const inYear = (day: IsoDate) => day.startsWith(`${year}-`);
  const daysOff = new Map<IsoDate, DayOff>();
  const workingSaturdays = new Set<IsoDate>();
  const announced = new Set<Occasion>(useAnnouncements ? (ANNOUNCEMENTS[year] ?? []).flatMap((a) => a.occasions) : []);
  const off = (day: IsoDate, occasion: Occasion, kind: DayOffKind) => daysOff.set(day, { name: OCCASION_NAMES[occasion], kind });

  // A swap may cross New Year (2/1/2015 was worked on 27/12/2014), so neighbours' entries count too.
  for (const y of useAnnouncements ? [year - 1, year, year + 1] : []) {
    for (const a of ANNOUNCEMENTS[y] ?? []) {
      for (const [day, occasion] of a.holidays) if (inYear(day)) off(day, occasion, 'HOLIDAY');
      for (const [day, occasion] of a.daysOff ?? []) if (inYear(day)) off(day, occasion, 'COMPENSATORY');
      for (const day of a.workingSaturdays ?? []) if (inYear(day)) workingSaturdays.add(day);
    }
  }

  const own = ruled.filter(([, occasion]) => !announced.has(occasion)).sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [day, occasion] of own) off(day, occasion, 'HOLIDAY');
  // Art. 111(3): a weekly rest day that is a holiday is made up on the next working day, one each.
  const isFree = (day: IsoDate) => !daysOff.has(day) && (!isWeekend(day) || workingSaturdays.has(day));
  for (const [day, occasion] of own) {
    if (!isWeekend(day)) continue;
    let next = addDays(day, 1);
    while (!isFree(next)) next = addDays(next, 1);
    off(next, occasion, 'COMPENSATORY');
  }
  return { year, daysOff, workingSaturdays, announced };
}
