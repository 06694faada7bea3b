import { codeOnDay } from '../../../reference/admin-units/old-units.js';
import type { Random } from '../../kit/seed/random.js';
import { addWorkingDays, nextWorkingDay } from '../../kit/calendar/working-days.js';
import { addDays } from '../../kit/dates.js';
import { CHANGE_KINDS, RESURVEY_EXCHANGE } from '../lookups/codes.js';
import { dayInSpans, yearSpans } from '../../kit/seed/year-spans.js';
import { currentOn, type SeedParcel, type SeedState } from './seed-model.js';
import { CERTIFIABLE } from './seed-parcels.js';

/**
 * Serial numbers (số phát hành, two series letters and six digits, e.g. `DA 123456`) run per blank
 * series, and each series was printed for a span of years; register numbers (số vào sổ cấp GCN)
 * run per unit code: `H…` before 2009, `CS…` since.
 */
export class SerialBook {
  private readonly series = new Map<string, number>();
  private readonly registers = new Map<string, number>();

  constructor(private readonly random: Random) {}

  serial(day: string): string {
    const year = Number(day.slice(0, 4));
    const first = year < 2005 ? 'A' : year < 2013 ? 'B' : year < 2021 ? 'C' : year < 2025 ? 'D' : 'E';
    const letters = 'ABCDEGHKLMNPQRSTUVXY';
    const series = `${first}${letters[(year * 7) % letters.length]}`;
    const next = (this.series.get(series) ?? this.random.int(100_000, 400_000)) + 1;
    this.series.set(series, next);
    return `${series} ${String(next).padStart(6, '0')}`;
  }

  registerNumber(unitCode: string, day: string): string {
    const next = (this.registers.get(unitCode) ?? 0) + 1;
    this.registers.set(unitCode, next);
    return `${day < '2009-01-01' ? 'H' : 'CS'}${String(next).padStart(5, '0')}`;
  }
}

export interface IssueRequest {
  parcel: SeedParcel;
  day: string;
  kind: '01' | '02';
  holderId: number;
  changeId: number | null;
}

export function issue(state: SeedState, book: SerialBook, request: IssueRequest): void {
  const unitCode = codeOnDay(request.parcel.commune.code, request.parcel.successor, request.day);
  state.certificates.push({
    id: state.nextCertificateId(),
    parcel: request.parcel,
    holderId: request.holderId,
    changeId: request.changeId,
    unitCode,
    serial: book.serial(request.day),
    registerNumber: book.registerNumber(unitCode, request.day),
    issuedOn: request.day,
    kind: request.kind,
    deleted: false,
  });
  request.parcel.certifiedOn ??= request.day;
}

/** The push to certify what is left: the backlog shrinks, so first issues fall year by year. */
const backlogYearWeight = (year: number) => ({ 2023: 4, 2024: 3, 2025: 2.5 })[year] ?? 2;

/**
 * First certificates: most of the old stock was certified before 2023; the rest, and most parcels
 * registered since, get theirs during the demo period.
 */
export function seedFirstIssues(random: Random, state: SeedState, book: SerialBook, until: string): void {
  const spans = yearSpans('2023-01-01', until);
  for (const parcel of [...state.parcels]) {
    if (parcel.replaces || parcel.holderId === null || !CERTIFIABLE.has(parcel.purpose)) continue;
    let day: string | null = null;
    if (parcel.registeredOn >= '2023-01-01') {
      if (random.chance(0.85)) day = addDays(parcel.registeredOn, random.int(20, 150));
    } else {
      const early = random.chance(0.8) ? addDays(parcel.registeredOn, random.int(30, 900)) : null;
      if (early && early < '2023-01-01') day = early;
      else if (random.chance(0.6)) day = dayInSpans(random, spans, backlogYearWeight);
    }
    if (day && day <= until && currentOn(parcel, day)) {
      issue(state, book, { parcel, day, kind: '01', holderId: parcel.holderId, changeId: null });
    }
  }
}

/**
 * After a re-survey, holders exchange their certificates for ones showing the new map sheet: each
 * exchange is filed as a change registration (09, due in 7 working days), and the new certificate
 * is issued the day it is finished.
 */
export function seedResurveyCertificates(random: Random, state: SeedState, book: SerialBook, replacements: readonly SeedParcel[], until: string): void {
  const days = CHANGE_KINDS.find((k) => k.MALOAIBIENDONG === RESURVEY_EXCHANGE)!.SONGAYGIAIQUYET;
  for (const parcel of replacements) {
    const old = parcel.replaces;
    if (!old?.certifiedOn || parcel.holderId === null) continue;
    // The old certificate stays valid until it is exchanged, so the land can still change hands.
    parcel.certifiedOn = old.certifiedOn;
    if (!random.chance(0.75)) continue;
    const receivedOn = nextWorkingDay(addDays(parcel.registeredOn, random.int(30, 240)));
    if (receivedOn > until) continue;
    const dueOn = addWorkingDays(receivedOn, days);
    const done = addWorkingDays(receivedOn, random.chance(0.1) ? days + random.int(1, 10) : random.int(2, days));
    const finishedOn = done <= until ? done : null;
    const changeId = state.nextChangeId();
    state.changes.push({ id: changeId, parcel, unitCode: codeOnDay(parcel.commune.code, parcel.successor, receivedOn), kind: RESURVEY_EXCHANGE, receivedOn, dueOn, finishedOn, deleted: false });
    if (finishedOn) issue(state, book, { parcel, day: finishedOn, kind: '02', holderId: parcel.holderId, changeId });
  }
}
