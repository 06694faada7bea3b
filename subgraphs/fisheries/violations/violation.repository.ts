import type { Knex } from 'knex';
import { SectorRepository } from '../../kit/database/sector-repository.js';
import type { RecordArea } from '../../kit/units/unit-directory.js';
import { vietnamDayOf } from '../../kit/dates.js';
import type { KeyColumn } from '../../kit/graphql/keyset.js';
import type { KeysetPageArgs, PageScope, Scoped, CountArgs } from '../../kit/graphql/scoped-page-loader.js';
import { firstPerParent } from '../../kit/sql/first-per-parent.js';
import { scopedCount, scopedPage } from '../../kit/sql/scoped-page.js';
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
export class ViolationRepository extends SectorRepository {
  readonly data = 'records';
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
  private listed(args: CountArgs<ViolationListFilter>): Knex.QueryBuilder {
    const knex = this.knex;
    const { filter } = args;
    const base = this.inArea(knex.from(live(this.db, 'VIPHAM', 'x')), recordedIn('x'), args.area).where('x.THOIGIAN', '>=', filter.from).where('x.THOIGIAN', '<', filter.to);
    if (filter.type) base.where('x.MALOAI', codeOfViolationType(filter.type));
    return base;
  }

  /** The first page of violations of every unit of a batch, newest first, in one statement. */
  async pages(scopes: readonly PageScope[], args: KeysetPageArgs<ViolationListFilter>): Promise<Array<Scoped<Violation>>> {
    const rows = await scopedPage<ViolationRow>({
      knex: this.knex,
      dialect: this.db.dialect,
      base: this.listed(args),
      unitColumn: 'x.unit_code',
      // The unit code is computed (commune, else district): no index serves it code by code.
      strategy: 'window',
      scopes,
      columns: COLUMNS,
      order: VIOLATION_ORDER,
      after: args.after,
      limit: args.limit,
    });
    return rows.map((r) => ({ ...toViolation(r), scope_key: r.scope_key }));
  }

  /** How many records each unit of a batch has in the list, in one statement (a connection's totalCount). */
  counts(scopes: readonly PageScope[], args: CountArgs<ViolationListFilter>): Promise<ReadonlyMap<string, number>> {
    return scopedCount({ knex: this.knex, dialect: this.db.dialect, base: this.listed(args), unitColumn: 'x.unit_code', scopes });
  }
}
