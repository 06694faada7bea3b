import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { IndicatorValue, PeriodInput } from '../../kit/indicators/indicator.types.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import { CertificateConnection, CertificateKind } from '../certificates/certificate.type.js';
import { ChangeRegistrationConnection, ChangeRegistrationStatus } from '../changes/change-registration.type.js';
import { DisputeConnection, DisputeStatus } from '../disputes/dispute.type.js';
import type { LandContext } from '../land.services.js';
import { ParcelConnection } from '../parcels/parcel.type.js';
import { Land, LandUnit } from './land.type.js';

const FIRST = 'Số bản ghi mỗi trang (mặc định 50, tối đa 500).';
const AFTER = 'Con trỏ `endCursor` của trang trước.';

@Resolver(() => LandUnit)
export class LandUnitResolver {
  @FieldResolver(() => Land, {
    nullable: true,
    description: 'Số liệu đất đai của đơn vị (cơ sở dữ liệu đất đai của Sở Nông nghiệp và Môi trường, Văn phòng đăng ký đất đai); null kèm lỗi SUBGRAPH_UNAVAILABLE khi hệ thống đất đai không trả lời.',
  })
  land(@Root() unit: UnitKey): Land {
    return { unit: { code: unit.code, validFrom: unit.validFrom } };
  }
}

@Resolver(() => Land)
export class LandResolver {
  @FieldResolver(() => [IndicatorValue], {
    description: 'Các chỉ tiêu đất đai (mã LA_…) của đơn vị trong kỳ; chỉ tiêu diện tích và số thửa là số tồn tại cuối kỳ.',
  })
  indicators(
    @Root() land: Land,
    @Arg('period', () => PeriodInput, { description: 'Kỳ số liệu.' }) period: PeriodInput,
    @Ctx() ctx: LandContext,
  ) {
    return ctx.services.indicators.indicators(land.unit, period);
  }

  @FieldResolver(() => ParcelConnection, {
    description: 'Các thửa đất còn hiệu lực của đơn vị, sắp theo mã đơn vị, số tờ bản đồ, số thửa.',
  })
  parcels(
    @Root() land: Land,
    @Arg('usePurpose', () => String, { nullable: true, description: 'Chỉ lấy thửa có mục đích sử dụng này (mã loại đất, ví dụ ONT).' }) usePurpose: string | null,
    @Arg('disputed', () => Boolean, { nullable: true, description: 'true: chỉ thửa đang có tranh chấp; false: chỉ thửa không có tranh chấp.' }) disputed: boolean | null,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after: string | null,
    @Ctx() ctx: LandContext,
  ) {
    return ctx.services.parcels.page(land.unit, { usePurpose, disputed, first, after });
  }

  @FieldResolver(() => CertificateConnection, { description: 'Các giấy chứng nhận đã cấp, mới nhất trước.' })
  certificates(
    @Root() land: Land,
    @Arg('period', () => PeriodInput, { nullable: true, description: 'Chỉ lấy giấy cấp trong kỳ này.' }) period: PeriodInput | null,
    @Arg('kind', () => CertificateKind, { nullable: true, description: 'Chỉ lấy giấy theo hình thức cấp này.' }) kind: CertificateKind | null,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after: string | null,
    @Ctx() ctx: LandContext,
  ) {
    return ctx.services.certificates.page(land.unit, { period, kind, first, after });
  }

  @FieldResolver(() => ChangeRegistrationConnection, { description: 'Các hồ sơ đăng ký biến động, tiếp nhận mới nhất trước.' })
  changeRegistrations(
    @Root() land: Land,
    @Arg('period', () => PeriodInput, { nullable: true, description: 'Chỉ lấy hồ sơ tiếp nhận trong kỳ này.' }) period: PeriodInput | null,
    @Arg('status', () => ChangeRegistrationStatus, { nullable: true, description: 'Chỉ lấy hồ sơ có tình trạng này.' }) status: ChangeRegistrationStatus | null,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after: string | null,
    @Ctx() ctx: LandContext,
  ) {
    return ctx.services.changes.page(land.unit, { period, status, first, after });
  }

  @FieldResolver(() => DisputeConnection, { description: 'Các vụ tranh chấp đất đai, tiếp nhận mới nhất trước.' })
  disputes(
    @Root() land: Land,
    @Arg('period', () => PeriodInput, { nullable: true, description: 'Chỉ lấy vụ tiếp nhận trong kỳ này.' }) period: PeriodInput | null,
    @Arg('status', () => DisputeStatus, { nullable: true, description: 'Chỉ lấy vụ có tình trạng này.' }) status: DisputeStatus | null,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after: string | null,
    @Ctx() ctx: LandContext,
  ) {
    return ctx.services.disputes.page(land.unit, { period, status, first, after });
  }
}
