import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { recordList } from '../../kit/graphql/list-args.js';
import type { SectorRoot } from '../../kit/sector/sector-type.js';
import { CertificateConnection, CertificateListArgs } from '../certificates/certificate.type.js';
import { ChangeRegistrationConnection, ChangeRegistrationListArgs } from '../change-registrations/change-registration.type.js';
import { DisputeConnection, DisputeListArgs } from '../disputes/dispute.type.js';
import { ParcelConnection, ParcelListArgs } from '../parcels/parcel.type.js';
import type { Context } from '../wiring.js';
import { Land } from './sector.type.js';

/** The lists of `Land`: the records of the unit, its units below and its predecessors. */
@Resolver(() => Land.type)
export class LandResolver {
  @FieldResolver(() => ParcelConnection, recordList('Các thửa đất còn hiệu lực của đơn vị, sắp theo mã đơn vị, số tờ bản đồ, số thửa.'))
  parcels(@Root() root: SectorRoot, @Args(() => ParcelListArgs) args: ParcelListArgs, @Ctx() ctx: Context) {
    return ctx.services.parcels.page(root.unit, args);
  }

  @FieldResolver(() => CertificateConnection, recordList('Các giấy chứng nhận đã cấp, mới nhất trước.'))
  certificates(@Root() root: SectorRoot, @Args(() => CertificateListArgs) args: CertificateListArgs, @Ctx() ctx: Context) {
    return ctx.services.certificates.page(root.unit, args);
  }

  @FieldResolver(() => ChangeRegistrationConnection, recordList('Các hồ sơ đăng ký biến động, tiếp nhận mới nhất trước.'))
  changeRegistrations(@Root() root: SectorRoot, @Args(() => ChangeRegistrationListArgs) args: ChangeRegistrationListArgs, @Ctx() ctx: Context) {
    return ctx.services.changes.page(root.unit, args);
  }

  @FieldResolver(() => DisputeConnection, recordList('Các vụ tranh chấp đất đai, tiếp nhận mới nhất trước.'))
  disputes(@Root() root: SectorRoot, @Args(() => DisputeListArgs) args: DisputeListArgs, @Ctx() ctx: Context) {
    return ctx.services.disputes.page(root.unit, args);
  }
}
