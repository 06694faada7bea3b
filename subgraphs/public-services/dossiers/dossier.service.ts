import { dayAfter, optionalPeriod, type DatePeriod } from '../../kit/indicators/period.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import { startOfVietnamDay, vietnamDayOf } from '../../kit/dates.js';
import { recordedUnit } from '../units/recorded-unit.js';
import type { DossierLoaders } from './dossier.loader.js';
import { legacyStatusCode, type Applicant, type Dossier, type DossierStatusName, type TimelinessName } from './dossier.model.js';
import type { DossierPageFilter } from './dossier.repository.js';

export interface DossierListArgs {
  period?: DatePeriod | null;
  status?: DossierStatusName | null;
  online?: boolean | null;
  overdue?: boolean | null;
  first?: number | null;
  after?: string | null;
}

/** Dossiers as a caller may see them: every read goes through the request's scoped loaders. */
export class DossierService {
  constructor(
    private readonly loaders: DossierLoaders,
    /** "Now" for overdue checks, fixed for the whole request so that filters and fields agree. */
    private readonly now: Date,
  ) {}

  byId(id: number): Promise<Dossier | null> {
    return this.loaders.byId.load(id);
  }

  byNumber(number: string): Promise<Dossier | null> {
    return this.loaders.byNumber.load(number.trim());
  }

  applicant(dossier: Dossier): Promise<Applicant | null> {
    return this.loaders.applicantById.load(dossier.id);
  }

  /** Finished after the due time, or still open past it now. */
  overdue(dossier: Dossier): boolean {
    return dossier.finishedAt ? dossier.finishedAt > dossier.dueAt : dossier.dueAt < this.now;
  }

  /** Ahead, on time or late for a finished dossier (Decision 766 counts the due day as on time). */
  timeliness(dossier: Dossier): TimelinessName | null {
    if (dossier.status !== 'FINISHED' || !dossier.finishedAt) return null;
    if (dossier.finishedAt > dossier.dueAt) return 'LATE';
    return vietnamDayOf(dossier.finishedAt) < vietnamDayOf(dossier.dueAt) ? 'AHEAD' : 'ON_TIME';
  }

  /** The unit version the recorded code named on the day the dossier was received. */
  unit(dossier: Dossier): UnitKey | null {
    return recordedUnit(dossier.unitCode, vietnamDayOf(dossier.receivedAt));
  }

  /** One page of a unit's dossiers, newest first; units asking alike share one statement. */
  page(unit: UnitKey, args: DossierListArgs) {
    const period = optionalPeriod(args.period);
    const filter: DossierPageFilter = {
      receivedFrom: period ? startOfVietnamDay(period.from) : null,
      receivedBefore: period ? startOfVietnamDay(dayAfter(period.to)) : null,
      statusCode: args.status ? legacyStatusCode(args.status) : null,
      online: args.online ?? null,
      overdue: args.overdue ?? null,
      now: this.now,
    };
    return this.loaders.pages.page(unit, filter, args);
  }
}
