import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import { PublicServices } from './public-services.type.js';
import { AdministrativeUnitReference } from './unit-reference.js';

@Resolver(() => AdministrativeUnitReference)
export class UnitPublicServicesResolver {
  @FieldResolver(() => PublicServices, {
    nullable: true,
    description: 'Dịch vụ công (thủ tục hành chính) của đơn vị: chỉ tiêu và hồ sơ; null kèm lỗi SUBGRAPH_UNAVAILABLE khi hệ thống dịch vụ công không trả lời.',
  })
  publicServices(@Root() unit: UnitKey): PublicServices {
    return new PublicServices({ code: unit.code, validFrom: unit.validFrom });
  }
}
