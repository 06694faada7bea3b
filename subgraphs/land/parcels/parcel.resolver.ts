import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { requireRowId } from '../../kit/graphql/ids.js';
import { Certificate } from '../certificates/certificate.type.js';
import { ChangeRegistration } from '../change-registrations/change-registration.type.js';
import { Dispute } from '../disputes/dispute.type.js';
import type { Context } from '../wiring.js';
import type { Parcel as ParcelModel } from './parcel.model.js';
import { Parcel, UsePurpose } from './parcel.type.js';

@Resolver(() => Parcel)
export class ParcelResolver {
  @Query(() => Parcel, { nullable: true, description: 'Thửa đất theo mã; null nếu không có hoặc nằm ngoài phạm vi được xem.' })
  parcel(@Arg('id', () => ID, { description: 'Mã thửa đất (THUADATID).' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.parcels.byId(requireRowId(id));
  }

  @Query(() => [UsePurpose], { description: 'Bảng mã mục đích sử dụng đất (loại đất).' })
  landUsePurposes(@Ctx() ctx: Context) {
    return ctx.services.parcels.usePurposes();
  }

  @FieldResolver(() => [Certificate], { description: 'Các giấy chứng nhận đã cấp cho thửa, cũ nhất trước.' })
  certificates(@Root() parcel: ParcelModel, @Ctx() ctx: Context) {
    return ctx.services.certificates.ofParcel(parcel.id);
  }

  @FieldResolver(() => [ChangeRegistration], { description: 'Các hồ sơ đăng ký biến động của thửa, cũ nhất trước.' })
  changeRegistrations(@Root() parcel: ParcelModel, @Ctx() ctx: Context) {
    return ctx.services.changes.ofParcel(parcel.id);
  }

  @FieldResolver(() => [Dispute], { description: 'Các vụ tranh chấp liên quan thửa, cũ nhất trước.' })
  disputes(@Root() parcel: ParcelModel, @Ctx() ctx: Context) {
    return ctx.services.disputes.ofParcel(parcel.id);
  }

  @FieldResolver(() => Boolean, { description: 'Thửa đang có tranh chấp chưa giải quyết xong.' })
  disputed(@Root() parcel: ParcelModel, @Ctx() ctx: Context) {
    return ctx.services.disputes.openOn(parcel.id);
  }
}
