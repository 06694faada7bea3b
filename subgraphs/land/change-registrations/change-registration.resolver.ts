import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Parcel } from '../parcels/parcel.type.js';
import type { Context } from '../wiring.js';
import { statusOf, type ChangeRegistration as ChangeModel } from './change-registration.model.js';
import { ChangeRegistration, ChangeRegistrationStatus } from './change-registration.type.js';

@Resolver(() => ChangeRegistration)
export class ChangeRegistrationResolver {
  @FieldResolver(() => ChangeRegistrationStatus, { description: 'Đang giải quyết, đã giải quyết đúng hạn hay trễ hạn.' })
  status(@Root() change: ChangeModel): ChangeRegistrationStatus {
    return ChangeRegistrationStatus[statusOf(change)];
  }

  @FieldResolver(() => Parcel, { nullable: true, description: 'Thửa đất của hồ sơ; trống nếu nằm ngoài phạm vi được xem.' })
  parcel(@Root() change: ChangeModel, @Ctx() ctx: Context) {
    return ctx.services.parcels.byId(change.parcelId);
  }
}
