import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Parcel } from '../parcels/parcel.type.js';
import type { Context } from '../wiring.js';
import type { Dispute as DisputeModel } from './dispute.model.js';
import { Dispute } from './dispute.type.js';

@Resolver(() => Dispute)
export class DisputeResolver {
  @FieldResolver(() => Parcel, { nullable: true, description: 'Thửa đất bị tranh chấp; trống nếu nằm ngoài phạm vi được xem.' })
  parcel(@Root() dispute: DisputeModel, @Ctx() ctx: Context) {
    return ctx.services.parcels.byId(dispute.parcelId);
  }
}
