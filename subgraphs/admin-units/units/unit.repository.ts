import type { Knex } from 'knex';
import { SectorRepository } from '../../kit/database/sector-repository.js';
import { toIsoDate, type IsoDate } from '../../kit/dates.js';
import { escapeLike } from '../../kit/text.js';
import type { AdminLevelName, LineageKindName, Unit, UnitLink } from './unit.model.js';

interface UnitRow {
  id: number;
  code: string;
  name: string;
  type: string;
  level: AdminLevelName;
  valid_from: string | Date;
  valid_to: string | Date | null;
  parent_id: number | null;
}

const COLUMNS = ['u.id', 'u.code', 'u.name', 'u.type', 'u.level', 'u.valid_from', 'u.valid_to', 'u.parent_id'];

const toUnit = (r: UnitRow): Unit => ({
  id: Number(r.id),
  code: r.code,
  name: r.name,
  type: r.type,
  level: r.level,
  validFrom: toIsoDate(r.valid_from),
  validTo: toIsoDate(r.valid_to),
  parentId: r.parent_id === null ? null : Number(r.parent_id),
});

export interface UnitListFilter {
  level: AdminLevelName | null;
  /** Only the children of this unit version. */
  parentId: number | null;
  asOf: IsoDate;
  /** Already folded with `foldVietnamese`; a search also finds versions that ended before `asOf` (old names). */
  search: string | null;
  /** The position to start after: a code, and the version's first day. */
  after: { code: string; validFrom: IsoDate | null } | null;
  limit: number;
}

/**
 * The only place that knows the admin-units tables: public reference data, read unscoped. Every
 * method is one statement for a batch.
 */
export class UnitRepository extends SectorRepository {
  readonly data = 'reference';

  async byIds(ids: readonly number[]): Promise<Unit[]> {
    const rows: UnitRow[] = await this.knex('admin_unit as u').select(COLUMNS).where(this.inList('u.id', ids));
    return rows.map(toUnit);
  }

  /** Every version of each code. */
  async versionsOf(codes: readonly string[]): Promise<Unit[]> {
    const rows: UnitRow[] = await this.knex('admin_unit as u').select(COLUMNS).where(this.inList('u.code', codes)).orderBy('u.valid_from');
    return rows.map(toUnit);
  }

  async childrenOf(parentIds: readonly number[]): Promise<Unit[]> {
    const rows: UnitRow[] = await this.knex('admin_unit as u')
      .select(COLUMNS)
      .where(this.inList('u.parent_id', parentIds))
      .orderBy('u.code');
    return rows.map(toUnit);
  }

  /** Lineage edges touching the given units; `side` is the end the given ids are on. */
  async links(ids: readonly number[], side: 'predecessor' | 'successor'): Promise<Array<UnitLink & { fromId: number }>> {
    const other = side === 'predecessor' ? 'successor' : 'predecessor';
    const rows: Array<UnitRow & { kind: LineageKindName; from_id: number }> = await this.knex('admin_unit_lineage as l')
      .join('admin_unit as u', 'u.id', `l.${other}_id`)
      .select([...COLUMNS, 'l.kind', `l.${side}_id as from_id`])
      .where(this.inList(`l.${side}_id`, ids))
      .orderBy('u.code');
    return rows.map((r) => ({ fromId: Number(r.from_id), kind: r.kind, unit: toUnit(r) }));
  }

  /** One page in code order, `limit` rows at most. */
  /** The units a list filter matches (no order, no page). */
  private matching(filter: Omit<UnitListFilter, 'after' | 'limit'>): Knex.QueryBuilder {
    const q = this.knex('admin_unit as u').where('u.valid_from', '<=', filter.asOf);
    // A name search finds old names too: versions that ended before the day, which point to their successors.
    if (!filter.search) q.andWhere((w) => w.whereNull('u.valid_to').orWhere('u.valid_to', '>=', filter.asOf));
    if (filter.level) q.andWhere('u.level', filter.level);
    if (filter.parentId !== null) q.andWhere('u.parent_id', filter.parentId);
    if (filter.search) q.andWhereRaw(`u.name_search like ? escape '\\'`, [`%${escapeLike(filter.search)}%`]);
    return q;
  }

  async list(filter: UnitListFilter): Promise<Unit[]> {
    const q = this.matching(filter).select(COLUMNS).orderBy([{ column: 'u.code' }, { column: 'u.valid_from' }]).limit(filter.limit);
    const { after } = filter;
    if (after) {
      q.andWhere((w) => {
        w.where('u.code', '>', after.code);
        if (after.validFrom) w.orWhere((same) => same.where('u.code', after.code).andWhere('u.valid_from', '>', after.validFrom!));
      });
    }
    const rows: UnitRow[] = await q;
    return rows.map(toUnit);
  }

  /** How many units a list filter matches (a connection's totalCount). */
  async count(filter: Omit<UnitListFilter, 'after' | 'limit'>): Promise<number> {
    const row: { n: string | number } | undefined = await this.matching(filter).first(this.knex.raw('count(*) as n'));
    return Number(row?.n ?? 0);
  }
}
