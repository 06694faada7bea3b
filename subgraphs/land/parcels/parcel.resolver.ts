import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Certificate } from '../certificates/certificate.type.js';
import { ChangeRegistration } from '../changes/change-registration.type.js';
import { Dispute } from '../disputes/dispute.type.js';
import type { LandContext } from '../land.services.js';
import { requireRowId } from '../../kit/graphql/ids.js';
import type { Parcel as ParcelModel } from './parcel.model.js';
import { Parcel, UsePurpose } from './parcel.type.js';

@Resolver(() => Parcel)
export class ParcelResolver {
  @Query(() => Parcel, { nullable: true, description: 'Thửa đất theo mã; null nếu không có hoặc nằm ngoài phạm vi được xem.' })
  parcel(@Arg('id', () => ID, { description: 'Mã thửa đất (THUADATID).' }) id: string, @Ctx() ctx: LandContext) {
    return ctx.services.parcels.byId(requireRowId(id));
  }

  @Query(() => [UsePurpose], { description: 'Bảng mã mục đích sử dụng đất (loại đất).' })
  landUsePurposes(@Ctx() ctx: LandContext) {
    return ctx.services.parcels.usePurposes();
  }

  @FieldResolver(() => [Certificate], { description: 'Các giấy chứng nhận đã cấp cho thửa, cũ nhất trước.' })
  certificates(@Root() parcel: ParcelModel, @Ctx() ctx: LandContext) {
    return ctx.services.parcels.certificates(parcel);
  }

  @FieldResolver(() => [ChangeRegistration], { description: 'Các hồ sơ đăng ký biến động của thửa, cũ nhất trước.' })
  changeRegistrations(@Root() parcel: ParcelModel, @Ctx() ctx: LandContext) {
    return ctx.services.parcels.changeRegistrations(parcel);
  }

  @FieldResolver(() => [Dispute], { description: 'Các vụ tranh chấp liên quan thửa, cũ nhất trước.' })
  disputes(@Root() parcel: ParcelModel, @Ctx() ctx: LandContext) {
    return ctx.services.parcels.disputes(parcel);
  }

  @FieldResolver(() => Boolean, { description: 'Thửa đang có tranh chấp chưa giải quyết xong.' })
  disputed(@Root() parcel: ParcelModel, @Ctx() ctx: LandContext) {
    return ctx.services.parcels.disputed(parcel);
  }
}
