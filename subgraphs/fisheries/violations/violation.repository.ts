import type { Knex } from 'knex';
import { ListRepository } from '../../kit/database/list-repository.js';
import type { RecordArea } from '../../kit/units/unit-directory.js';
import { vietnamDayOf } from '../../kit/dates.js';
import type { KeyColumn } from '../../kit/graphql/keyset.js';
import type { CountArgs } from '../../kit/graphql/scoped-page-loader.js';
import { firstPerParent } from '../../kit/sql/first-per-parent.js';
import { codeOfViolationType, violationTypeOfCode } from '../lookups/codes.js';
import { live, recordedIn } from '../records.repository.js';
import type { Violation, ViolationListFilter } from './violation.model.js';

interface ViolationRow {
  id: number;
  vessel_id: number;
  type: string;
  occurred_at: Date;
  latitude: string | number | null;
  longitude: string | number | null;
  record_number: string | null;
  fine_vnd: string | number | null;
  description: string | null;
  unit_code: string;
}

const COLUMNS = [
  'x.ID_VIPHAM as id',
  'x.ID_TAU as vessel_id',
  'x.MALOAI as type',
  'x.THOIGIAN as occurred_at',
  'x.VIDO as latitude',
  'x.KINHDO as longitude',
  'x.SOBIENBAN as record_number',
  'x.MUCPHAT as fine_vnd',
  'x.NOIDUNG as description',
  'x.unit_code as unit_code',
];

const numberOrNull = (value: string | number | null) => (value === null ? null : Number(value));

const toViolation = (r: ViolationRow): Violation => ({
  id: Number(r.id),
  vesselId: Number(r.vessel_id),
  type: violationTypeOfCode(r.type),
  occurredAt: r.occurred_at,
  latitude: numberOrNull(r.latitude),
  longitude: numberOrNull(r.longitude),
  recordNumber: r.record_number,
  fineVnd: numberOrNull(r.fine_vnd),
  description: r.description,
  unitCode: r.unit_code,
  recordedOn: vietnamDayOf(r.occurred_at),
});

/** Newest first. */
const VIOLATION_ORDER: readonly KeyColumn[] = [
  { column: 'x.THOIGIAN', direction: 'desc', type: 'instant' },
  { column: 'x.ID_VIPHAM', direction: 'desc', type: 'int' },
];

const violationKey = (v: Violation): string[] => [v.occurredAt.toISOString(), String(v.id)];

/** VIPHAM. Violations are scoped by the unit code they were recorded under. */
export class ViolationRepository extends ListRepository<ViolationListFilter, ViolationRow, Violation> {
  readonly pageOrder = VIOLATION_ORDER;
  readonly pageKey = violationKey;

  private violations(area: RecordArea): Knex.QueryBuilder {
    return this.inArea(this.knex.from(live(this.db, 'VIPHAM', 'x')), recordedIn('x'), area);
  }

  async byIds(ids: readonly number[], area: RecordArea): Promise<Violation[]> {
    const rows: ViolationRow[] = await this.violations(area).select(COLUMNS).where(this.inList('x.ID_VIPHAM', ids));
    return rows.map(toViolation);
  }

  /** The newest `first` violations of each vessel of a batch, in one statement. */
  async latestOfVessels(vesselIds: readonly number[], first: number, area: RecordArea): Promise<Violation[]> {
    const base = this.violations(area).select(COLUMNS).where(this.inList('x.ID_TAU', vesselIds));
    return (await firstPerParent<ViolationRow>(this.knex, base, 'x.ID_TAU', VIOLATION_ORDER, first)).map(toViolation);
  }

  /** The list's records the caller may see, its filters applied: no order, no page. */
  protected listed(args: CountArgs<ViolationListFilter>): Knex.QueryBuilder {
    const knex = this.knex;
    const { filter } = args;
    const base = this.inArea(knex.from(live(this.db, 'VIPHAM', 'x')), recordedIn('x'), args.area).where('x.THOIGIAN', '>=', filter.from).where('x.THOIGIAN', '<', filter.to);
    if (filter.type) base.where('x.MALOAI', codeOfViolationType(filter.type));
    return base;
  }

  protected readonly unitColumn = 'x.unit_code';
  // The unit code is computed (commune, else district): no index serves it code by code.
  protected override readonly strategy = 'window' as const;
  protected readonly columns = COLUMNS;

  protected toItem(r: ViolationRow): Violation {
    return toViolation(r);
  }
}
