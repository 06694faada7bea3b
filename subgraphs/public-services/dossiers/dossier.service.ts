import type { RequestScope } from '../../kit/context/request-scope.js';
import { vietnamDayOf } from '../../kit/dates.js';
import { optionalPeriod, periodInstants } from '../../kit/indicators/period.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import { legacyStatusCode } from '../lookups/codes.js';
import type { DossierLoaders } from './dossier.loader.js';
import type { Applicant, Dossier, DossierPageFilter, TimelinessName } from './dossier.model.js';
import type { DossierListArgs } from './dossier.type.js';

/** Dossiers as a caller may see them: every read goes through the request's scoped loaders. */
export class DossierService {
  constructor(
    private readonly loaders: DossierLoaders,
    private readonly scope: RequestScope,
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
    return dossier.finishedAt ? dossier.finishedAt > dossier.dueAt : dossier.dueAt < this.scope.now;
  }

  /** Ahead, on time or late for a finished dossier (Decision 766 counts the due day as on time). */
  timeliness(dossier: Dossier): TimelinessName | null {
    if (dossier.status !== 'FINISHED' || !dossier.finishedAt) return null;
    if (dossier.finishedAt > dossier.dueAt) return 'LATE';
    return vietnamDayOf(dossier.finishedAt) < vietnamDayOf(dossier.dueAt) ? 'AHEAD' : 'ON_TIME';
  }

  /** One page of a unit's dossiers, newest first; units asking alike share one statement. */
  page(unit: UnitKey, args: DossierListArgs) {
    const period = optionalPeriod(args.period);
    const range = period ? periodInstants(period) : null;
    const filter: DossierPageFilter = {
      receivedFrom: range?.from ?? null,
      receivedBefore: range?.to ?? null,
      statusCode: args.status ? legacyStatusCode(args.status) : null,
      online: args.online ?? null,
      overdue: args.overdue ?? null,
      now: this.scope.now,
    };
    return this.loaders.pages.page(unit, filter, args);
  }
}
