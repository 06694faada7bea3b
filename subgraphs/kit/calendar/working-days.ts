import { addDays, isIsoDate, type IsoDate } from '../dates.js';
import { FIRST_YEAR, LAST_YEAR, scheduleOfYear, weekdayOf, type DayOff, type YearSchedule } from './vietnam-holidays.js';

/**
 * Working-day arithmetic for public administration in Vietnam: every due date (ngày hẹn trả) and
 * every on-time figure counts in these days. Each year is laid out once, lazily, as prefix counts of
 * its working days, so every call is a few array reads however far apart its dates are.
 */

const DAY_MS = 86_400_000;

interface YearTable {
  readonly schedule: YearSchedule;
  /** Each day of the year as 'YYYY-MM-DD', so answers are not printed from a Date on every call. */
  readonly days: readonly IsoDate[];
  /** monthStart[m]: the day-of-year index of the 1st of month m + 1 (monthStart[12] = days in year). */
  readonly monthStart: Uint16Array;
  /** before[i]: working days among the year's first i days (length = days in year + 1). */
  readonly before: Uint16Array;
  /** The day-of-year index of each working day, in order. */
  readonly working: Uint16Array;
}

// One table per year of FIRST_YEAR..LAST_YEAR at most (some 20 kB each): bounded without eviction.
const tables = new Map<number, YearTable>();

function tableOf(year: number): YearTable {
  let table = tables.get(year);
  if (!table) {
    table = layOut(scheduleOfYear(year));
    tables.set(year, table);
  }
  return table;
}

function layOut(schedule: YearSchedule): YearTable {
  const { year } = schedule;
  const monthStart = Uint16Array.from({ length: 13 }, (_, m) => (Date.UTC(year, m, 1) - Date.UTC(year, 0, 1)) / DAY_MS);
  const days = Array.from({ length: monthStart[12]! }, (_, i) => addDays(`${year}-01-01`, i));
  const before = new Uint16Array(days.length + 1);
  const working: number[] = [];
  days.forEach((day, i) => {
    const weekday = weekdayOf(day);
    if (schedule.workingSaturdays.has(day) || (weekday !== 0 && weekday !== 6 && !schedule.daysOff.has(day))) working.push(i);
    before[i + 1] = working.length;
  });
  return { schedule, days, monthStart, before, working: Uint16Array.from(working) };
}

interface Position {
  readonly year: number;
  readonly index: number;
  readonly table: YearTable;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const malformed = (day: unknown) => new Error(`Not a 'YYYY-MM-DD' date: ${JSON.stringify(day)}`);

// Checked against the year's own month lengths rather than with isIsoDate, which builds and prints a
// Date (4 µs): seeds and indicators ask for a due date per dossier.
function positionOf(day: IsoDate): Position {
  const parts = typeof day === 'string' ? ISO_DATE.exec(day) : null;
  if (!parts) throw malformed(day);
  const year = Number(parts[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    if (!isIsoDate(day)) throw malformed(day);
    throw new Error(`No holiday data for ${day}: the working-day calendar covers ${FIRST_YEAR}–${LAST_YEAR} (docs/calendar.md)`);
  }
  const table = tableOf(year);
  const month = Number(parts[2]);
  const date = Number(parts[3]);
  if (month < 1 || month > 12 || date < 1) throw malformed(day);
  const index = table.monthStart[month - 1]! + date - 1;
  if (index >= table.monthStart[month]!) throw malformed(day);
  return { year, index, table };
}

/** The working day of rank `rank` (0-based) counted from the start of `year`, rolling into later years. */
function workingDayOfRank(year: number, rank: number): IsoDate {
  let table = tableOf(year);
  while (rank >= table.working.length) {
    rank -= table.working.length;
    table = tableOf(++year);
  }
  return table.days[table.working[rank]!]!;
}

/** The holiday or day off `day` is, with its Vietnamese name; null for an ordinary day or weekend. */
export function holidayOf(day: IsoDate): DayOff | null {
  return positionOf(day).table.schedule.daysOff.get(day) ?? null;
}

/** Monday–Friday and not a holiday or day off, or a Saturday worked in exchange for one. */
export function isWorkingDay(day: IsoDate): boolean {
  const { index, table } = positionOf(day);
  return table.before[index + 1]! > table.before[index]!;
}

/** The first working day on or after `day`. */
export function nextWorkingDay(day: IsoDate): IsoDate {
  const { year, index, table } = positionOf(day);
  return workingDayOfRank(year, table.before[index]!);
}

/**
 * The due day of something received on `day` that takes `n` working days: counting starts on the
 * next working day, and a receipt on a non-working day counts as received on the next working day.
 * So a Friday plus 1 is the Monday; `n` = 0 is `day` itself, or the next working day when `day` is
 * not one. `n` must be a whole number ≥ 0.
 */
export function addWorkingDays(day: IsoDate, n: number): IsoDate {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`Working days to add must be a whole number ≥ 0, got ${n}`);
  const { year, index, table } = positionOf(day);
  return workingDayOfRank(year, table.before[index]! + n);
}

/**
 * Working days in (`from`, `to`]: how late something due on `from` is when done on `to`; 0 when
 * `to` <= `from`. For a working day d, workingDaysBetween(d, addWorkingDays(d, n)) = n.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  const start = positionOf(from);
  const end = positionOf(to);
  if (to <= from) return 0;
  const upTo = (p: Position) => p.table.before[p.index + 1]!;
  if (start.year === end.year) return upTo(end) - upTo(start);
  let count = start.table.working.length - upTo(start) + upTo(end);
  for (let y = start.year + 1; y < end.year; y++) count += tableOf(y).working.length;
  return count;
}
