import { codeOnDay, terrainOf } from '../../../reference/admin-units/old-units.js';
import type { Random } from '../../kit/seed/random.js';
import { CHANGE_KINDS } from '../lookups/codes.js';
import { addWorkingDays, nextWorkingDay } from '../../kit/calendar/working-days.js';
import { volume, yearSpans } from '../../kit/seed/year-spans.js';
import { currentOn, type SeedCommune, type SeedParcel, type SeedState } from './seed-model.js';
import { person } from './seed-people.js';
import { issue, type SerialBook } from './seed-certificates.js';
import { DISTRICTS } from './seed-units.js';

/** Change registrations received in 2023, scale 1; the land market grows about 12% a year. */
const CHANGES_2023 = 2600;
const GROWTH = 1.12;

const KIND_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['01', 34], ['02', 12], ['03', 8], ['04', 22], ['05', 12], ['06', 6], ['07', 4], ['08', 2],
];
const DAYS = new Map<string, number>(CHANGE_KINDS.map((k) => [k.MALOAIBIENDONG, k.SONGAYGIAIQUYET]));
/** Transfers, gifts and inheritance change the holder. */
const NEW_HOLDER = new Set(['01', '02', '03']);
/** Changes after which a new certificate may be issued rather than the old one annotated. */
const MAY_REISSUE = new Set(['01', '02', '03', '06', '07', '08']);

/** Offices were slower in 2023 and improved with online processing since. */
const lateFactor = (year: number) => ({ 2023: 1.4, 2024: 1.15, 2025: 1 })[year] ?? 0.8;
/** Since the 2024 Land Law more changes end in a new certificate: the re-issue share rises. */
const reissueShare = (year: number) => ({ 2023: 0.3, 2024: 0.38, 2025: 0.46 })[year] ?? 0.54;

interface Draft {
  parcel: SeedParcel;
  kind: string;
  receivedOn: string;
}

/** A certified parcel of the commune that is on the register on `day`, or null after a few tries. */
function certifiedParcel(random: Random, state: SeedState, commune: SeedCommune, day: string): SeedParcel | null {
  const parcels = state.parcelsByCommune.get(commune.code) ?? [];
  for (let attempt = 0; attempt < 12 && parcels.length; attempt++) {
    const p = random.pick(parcels);
    if (currentOn(p, day) && p.certifiedOn !== null && p.certifiedOn <= day && p.holderId !== null) return p;
  }
  return null;
}

/**
 * Change registrations (transfers, mortgages, splits, …) from 2023 to `until`, received on working
 * days (the land registration office's counters), each due after the statutory working days (the
 * kit's calendar: weekends, public holidays and compensatory days off) and finished on time or late
 * by the district's record; many end in a re-issued certificate, recorded under the code of that day.
 */
export function seedChanges(random: Random, state: SeedState, book: SerialBook, communes: readonly SeedCommune[], scale: number, until: string): void {
  const byWeight = communes.map((c) => [c, c.weight * (terrainOf(c.district) === 'city' ? 1.4 : 1)] as const);
  const drafts: Draft[] = [];
  for (const span of yearSpans('2023-01-01', until)) {
    const count = volume(CHANGES_2023 * GROWTH ** (span.year - 2023) * span.fraction, scale);
    for (let i = 0; i < count; i++) {
      const receivedOn = nextWorkingDay(random.day(span.from, span.to));
      if (receivedOn > span.to) continue;
      const parcel = certifiedParcel(random, state, random.weighted(byWeight), receivedOn);
      if (parcel) drafts.push({ parcel, kind: random.weighted(KIND_WEIGHTS), receivedOn });
    }
  }
  // In date order, so that a transfer's new holder is the one later changes start from.
  drafts.sort((a, b) => (a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : a.parcel.id - b.parcel.id));
  for (const draft of drafts) {
    const { parcel, kind, receivedOn } = draft;
    const year = Number(receivedOn.slice(0, 4));
    const days = DAYS.get(kind)!;
    const dueOn = addWorkingDays(receivedOn, days);
    const late = random.chance(DISTRICTS[parcel.commune.district]!.lateRate * lateFactor(year));
    const finished = late ? addWorkingDays(dueOn, random.int(1, 18)) : addWorkingDays(receivedOn, random.int(Math.max(1, Math.floor(days / 3)), days));
    const finishedOn = finished <= until ? finished : null;
    const id = state.nextChangeId();
    state.changes.push({ id, parcel, unitCode: codeOnDay(parcel.commune.code, parcel.successor, receivedOn), kind, receivedOn, dueOn, finishedOn, deleted: false });
    if (finishedOn === null) continue;
    if (NEW_HOLDER.has(kind)) parcel.holderId = state.addHolder(person(random)).id;
    if (MAY_REISSUE.has(kind) && random.chance(reissueShare(year)) && currentOn(parcel, finishedOn)) {
      issue(state, book, { parcel, day: finishedOn, kind: '02', holderId: parcel.holderId!, changeId: id });
    }
  }
}
