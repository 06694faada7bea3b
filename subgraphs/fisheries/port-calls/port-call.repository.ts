import type { Knex } from 'knex';
import type { KeyColumn } from '../../kit/graphql/keyset.js';
import { scopedPage, type KeysetPageArgs, type PageScope, type Scoped } from '../../kit/graphql/scoped-page.js';
import { codeOfPortCallKind, portCallKindOfCode } from '../legacy/codes.js';
import { SectorRepository, type AllowedCodes } from '../../kit/database/sector-repository.js';
import { live } from '../legacy/views.js';
import type { FishingPort, PortCall, PortCallListFilter } from './port-call.model.js';

interface PortCallRow {
  id: number;
  vessel_id: number;
  kind: string;
  at: Date;
  port_code: string;
  crew: number | null;
  catch_kg: string | number | null;
  district_code: string | null;
  commune_code: string | null;
}

const COLUMNS = [
  'e.ID as id',
  'e.ID_TAU as vessel_id',
  'e.LOAI as kind',
  'e.THOIGIAN as at',
  'e.MACANG as port_code',
  'e.SOTHUYENVIEN as crew',
  'e.SANLUONG_KG as catch_kg',
  'e.MAHUYEN as district_code',
  'e.MAXA as commune_code',
];

const toPortCall = (r: PortCallRow): PortCall => ({
  id: Number(r.id),
  vesselId: Number(r.vessel_id),
  kind: portCallKindOfCode(r.kind),
  at: r.at,
  portCode: r.port_code,
  crew: r.crew === null ? null : Number(r.crew),
  catchKg: r.catch_kg === null ? null : Number(r.catch_kg),
  recordedDistrictCode: r.district_code,
  recordedCommuneCode: r.commune_code,
});

/** Newest first. */
export const PORT_CALL_ORDER: readonly KeyColumn[] = [
  { column: 'e.THOIGIAN', direction: 'desc', type: 'instant' },
  { column: 'e.ID', direction: 'desc', type: 'int' },
];

export const portCallKey = (p: PortCall): string[] => [p.at.toISOString(), String(p.id)];

/** RAVAO_CANG and DM_CANGCA. Port calls are scoped by the unit code they were recorded under. */
export class PortCallRepository extends SectorRepository {
  private portCalls(allowed: AllowedCodes): Knex.QueryBuilder {
    return this.inArea(this.knex.from(live(this.knex, 'RAVAO_CANG', 'e')), 'e.unit_code', allowed);
  }

  async byIds(ids: readonly number[], allowed: AllowedCodes): Promise<PortCall[]> {
    const rows: PortCallRow[] = await this.portCalls(allowed).select(COLUMNS).where(this.inList('e.ID', ids));
    return rows.map(toPortCall);
  }

  /** The newest `first` port calls of each vessel of a batch, in one statement. */
  async latestOfVessels(vesselIds: readonly number[], first: number, allowed: AllowedCodes): Promise<PortCall[]> {
    const knex = this.knex;
    const ranked = this.portCalls(allowed)
      .select([...COLUMNS, knex.raw('row_number() over (partition by ?? order by ?? desc, ?? desc) as ??', ['e.ID_TAU', 'e.THOIGIAN', 'e.ID', 'rank_in_vessel'])])
      .where(this.inList('e.ID_TAU', vesselIds))
      .as('ranked');
    const rows: PortCallRow[] = await knex.select('*').from(ranked).where('rank_in_vessel', '<=', first).orderBy([{ column: 'vessel_id' }, { column: 'rank_in_vessel' }]);
    return rows.map(toPortCall);
  }

  /** The first page of port calls of every unit of a batch, newest first, in one statement. */
  async page(scopes: readonly PageScope[], args: KeysetPageArgs<PortCallListFilter>): Promise<Array<Scoped<PortCall>>> {
    const knex = this.knex;
    const { filter } = args;
    const base = knex.from(live(knex, 'RAVAO_CANG', 'e')).where('e.THOIGIAN', '>=', filter.from).where('e.THOIGIAN', '<', filter.to);
    if (filter.kind) base.where('e.LOAI', codeOfPortCallKind(filter.kind));
    const rows = await scopedPage<PortCallRow>({
      knex,
      dialect: this.db.dialect,
      base,
      unitColumn: 'e.unit_code',
      // The unit code is computed (commune, else district): no index serves it code by code.
      strategy: 'window',
      scopes,
      columns: COLUMNS,
      order: PORT_CALL_ORDER,
      after: args.after,
      limit: args.limit,
    });
    return rows.map((r) => ({ ...toPortCall(r), scope_key: r.scope_key }));
  }

  async ports(codes: readonly string[]): Promise<FishingPort[]> {
    return this.knex('DM_CANGCA as p').select('p.MACANG as code', 'p.TENCANG as name').where('p.DAXOA', 0).where(this.inList('p.MACANG', codes));
  }
}
