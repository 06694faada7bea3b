import { Args, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { Database } from '../../subgraphs/kit/database/database.js';
import { MeasureRepository } from '../../subgraphs/kit/database/measure-repository.js';
import { ListRepository } from '../../subgraphs/kit/database/list-repository.js';
import { defineConnection } from '../../subgraphs/kit/graphql/connection.js';
import { PageArgs, recordList } from '../../subgraphs/kit/graphql/list-args.js';
import { scopedPages, type CountArgs, type ScopedPageLoader } from '../../subgraphs/kit/graphql/scoped-page-loader.js';
import { OLD_QUANG_NGAI } from '../../reference/admin-units/reference-units.js';
import { total } from '../../subgraphs/kit/indicators/indicator-spec.js';
import { periodInstants, type DatePeriod } from '../../subgraphs/kit/indicators/period.js';
import { defineSector, type SectorContext } from '../../subgraphs/kit/sector/define-sector.js';
import { PersonalData } from '../../subgraphs/kit/sector/personal-data.js';
import { RecordedInUnit } from '../../subgraphs/kit/sector/recorded.js';
import { defineSectorType, type SectorRoot } from '../../subgraphs/kit/sector/sector-type.js';

/**
 * A minimal sector, all of it: incidents (sự cố) reported per commune, one entity (who reported it is
 * personal data), one indicator. The hub's cross-cutting tests use it, so none of them names a sector.
 */
export const DISTRICT = '524';
const COMMUNES = ['21043', '21046', '21049'];

const Incidents = defineSectorType({ typeName: 'Incidents', field: 'incidents', description: 'Sự cố được báo.', fieldDescription: 'Sự cố của đơn vị.' });

@ObjectType('Incident', { description: 'Một sự cố.' })
@Directive('@key(fields: "id")')
class Incident extends RecordedInUnit {
  @Field(() => ID, { description: 'Mã sự cố.' })
  id!: number;
  @Field(() => String, { description: 'Người báo sự cố (dữ liệu cá nhân cơ bản).' })
  @PersonalData('BASIC', (name: string) => name)
  reporter!: string;
}
const IncidentConnection = defineConnection(Incident, { name: 'Incident', noun: 'sự cố' });
type Row = { id: number; unit_code: string; at: Date; reporter: string };
const toIncident = (r: Row) => ({ id: Number(r.id), unitCode: r.unit_code, recordedOn: new Date(r.at).toISOString().slice(0, 10), reporter: r.reporter });

class IncidentRepository extends ListRepository<null, Row, ReturnType<typeof toIncident>> {
  readonly pageOrder = [{ column: 's.ID', direction: 'desc', type: 'int' }] as const;
  pageKey = (i: { id: number }) => [String(i.id)];
  protected readonly unitColumn = 's.MADONVI';
  protected readonly columns = ['s.ID as id', 's.MADONVI as unit_code', 's.THOIGIAN as at', 's.NGUOIBAO as reporter'];
  protected listed(args: CountArgs<null>) {
    return this.inArea(this.knex('SUCO as s').where('s.DAXOA', 0), { unit: 's.MADONVI', on: 's.THOIGIAN', kind: 'instant' }, args.area);
  }
  protected toItem = toIncident;
}

class IncidentMeasures extends MeasureRepository {
  protected readonly measureNames = ['incidents'];
  protected branches(codes: readonly string[], period: DatePeriod) {
    const { from, to } = periodInstants(period);
    const branch = this.knex('SUCO as s').select(this.branchColumns('s.MADONVI', { incidents: this.knex.raw('count(*)') }))
      .where(this.inList('s.MADONVI', codes)).where('s.DAXOA', 0).where('s.THOIGIAN', '>=', from).where('s.THOIGIAN', '<', to).groupBy('s.MADONVI');
    return [branch];
  }
}

type Services = { incidents: ScopedPageLoader<null, ReturnType<typeof toIncident>> };

@Resolver(() => Incidents.type)
class IncidentsResolver {
  @FieldResolver(() => IncidentConnection, recordList('Sự cố, mới nhất trước.'))
  incidents(@Root() root: SectorRoot, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: SectorContext<Services>) {
    return ctx.services.incidents.page(root.unit, null, args);
  }
}

export const incidents = defineSector({
  name: 'incidents',
  defaultPort: 4999,
  type: Incidents,
  indicators: { source: 'Sổ sự cố', coverage: { areas: [OLD_QUANG_NGAI], since: '2020-01-01' }, description: 'IN_INCIDENTS: số sự cố trong kỳ.', specs: [total('IN_INCIDENTS', 'Số sự cố', 'vụ', 'incidents')] },
  measures: (repositories) => repositories.measures,
  resolvers: [IncidentsResolver],
  records: [Incident],
  migrations: [{ name: '001-incidents', up: (knex) => knex.raw('create table "SUCO" ("ID" int primary key, "MADONVI" varchar(5) not null, "THOIGIAN" timestamptz not null, "NGUOIBAO" varchar(100) not null, "DAXOA" smallint not null)'), down: (knex) => knex.raw('drop table "SUCO"') }],
  seed: async (db) => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ ID: i + 1, MADONVI: COMMUNES[i % 3]!, THOIGIAN: new Date(Date.UTC(2024, i % 12, 10)), NGUOIBAO: `Người báo ${i + 1}`, DAXOA: i === 29 ? 1 : 0 }));
    await db.knex('SUCO').insert(rows);
  },
  createRepositories: (db: Database) => ({ measures: new IncidentMeasures(db), incidents: new IncidentRepository(db) }),
  createServices: (repositories, scope) => ({ incidents: scopedPages(scope, repositories.incidents) }),
  deletedFlag: 'DAXOA',
  overview: { list: 'incidents', arguments: 'first: $records', selection: 'nodes { id }' },
  about: { mirrors: 'a test fixture', records: 'incidents' },
});
