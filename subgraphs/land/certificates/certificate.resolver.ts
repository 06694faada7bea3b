import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ChangeRegistration } from '../change-registrations/change-registration.type.js';
import { Parcel } from '../parcels/parcel.type.js';
import { PersonalData, personOf } from '../../kit/sector/personal-data.js';
import type { Context } from '../wiring.js';
import type { Certificate as CertificateModel } from './certificate.model.js';
import { Certificate, LandHolder } from './certificate.type.js';

@Resolver(() => Certificate)
export class CertificateResolver {
  @Query(() => Certificate, { nullable: true, description: 'Giấy chứng nhận theo số phát hành; null nếu không có hoặc nằm ngoài phạm vi được xem.' })
  certificateBySerial(@Arg('serial', () => String, { description: 'Số phát hành, ví dụ "DA 123456" (có hoặc không có dấu cách).' }) serial: string, @Ctx() ctx: Context) {
    return ctx.services.certificates.bySerial(serial);
  }

  @FieldResolver(() => Parcel, { nullable: true, description: 'Thửa đất được cấp giấy; trống nếu thửa đã bị xóa hoặc nằm ngoài phạm vi được xem.' })
  parcel(@Root() certificate: CertificateModel, @Ctx() ctx: Context) {
    return ctx.services.parcels.byId(certificate.parcelId);
  }

  @FieldResolver(() => LandHolder, {
    nullable: true,
    description: 'Người sử dụng đất đứng tên trên giấy (dữ liệu cá nhân cơ bản; chỉ dùng khi có quyền và mục đích khai báo).',
  })
  @PersonalData('BASIC', personOf)
  holder(@Root() certificate: CertificateModel, @Ctx() ctx: Context) {
    return ctx.services.certificates.holder(certificate);
  }

  @FieldResolver(() => ChangeRegistration, { nullable: true, description: 'Hồ sơ đăng ký biến động dẫn đến việc cấp mới; trống với giấy cấp lần đầu.' })
  changeRegistration(@Root() certificate: CertificateModel, @Ctx() ctx: Context) {
    return certificate.changeRegistrationId === null ? null : ctx.services.changes.byId(certificate.changeRegistrationId);
  }
}
