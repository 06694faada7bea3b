/** Calendar dates travel through the hub as ISO 'YYYY-MM-DD' strings. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in 'YYYY-MM-DD' form (2024-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** A database date (a string from PostgreSQL, a Date from SQL Server) as 'YYYY-MM-DD'. */
export function toIsoDate(value: string | Date): IsoDate;
export function toIsoDate(value: string | Date | null): IsoDate | null;
export function toIsoDate(value: string | Date | null): IsoDate | null {
  if (value === null) return null;
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

export const HOUR_MS = 3600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Vietnam keeps UTC+7 all year: a day there starts at 17:00 UTC the day before. */
const VIETNAM_OFFSET_MS = 7 * HOUR_MS;

/** 00:00 in Vietnam on `day`, as an instant: the boundaries of periods and "as of" counts. */
export const startOfVietnamDay = (day: IsoDate): Date => new Date(Date.parse(day) - VIETNAM_OFFSET_MS);

/** The calendar day in Vietnam an instant falls on. */
export const vietnamDayOf = (instant: Date | number): IsoDate => new Date(+instant + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);

/** Today in Vietnam, the hub's default `asOf`. */
export const todayInVietnam = (now = new Date()): IsoDate => vietnamDayOf(now);

/** `day` moved by whole days; ISO days also compare correctly as strings. */
export const addDays = (day: IsoDate, days: number): IsoDate => new Date(Date.parse(day) + days * DAY_MS).toISOString().slice(0, 10);

/** 'YYYY-MM-DD' → 'DD/MM/YYYY', the way legacy systems and paper registers typed dates. */
export const toDmy = (day: IsoDate): string => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** A legacy 'DD/MM/YYYY' text as an ISO date; null when it is not a real date (hand-typed values are not guaranteed). */
export function fromDmy(text: string | null): IsoDate | null {
  const m = text ? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim()) : null;
  const iso = m ? `${m[3]}-${m[2]}-${m[1]}` : null;
  return iso && isIsoDate(iso) ? iso : null;
}
