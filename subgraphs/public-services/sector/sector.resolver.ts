import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { recordList } from '../../kit/graphql/list-args.js';
import type { SectorRoot } from '../../kit/sector/sector-type.js';
import { DossierConnection, DossierListArgs } from '../dossiers/dossier.type.js';
import type { Context } from '../wiring.js';
import { PublicServices } from './sector.type.js';

/** The lists of `PublicServices`: the records of the unit, its units below and its predecessors. */
@Resolver(() => PublicServices.type)
export class PublicServicesResolver {
  @FieldResolver(() => DossierConnection, recordList('Hồ sơ trên địa bàn đơn vị, mới tiếp nhận trước (thời điểm tiếp nhận giảm dần, rồi mã giảm dần); phân trang theo con trỏ.'))
  dossiers(@Root() root: SectorRoot, @Args(() => DossierListArgs) args: DossierListArgs, @Ctx() ctx: Context) {
    return ctx.services.dossiers.page(root.unit, args);
  }
}
