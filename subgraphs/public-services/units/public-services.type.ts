import { ObjectType } from 'type-graphql';
import type { UnitKey } from '../../kit/units/unit-directory.js';

/**
 * The public-services figures and records of one administrative unit version; its fields are
 * field resolvers (PublicServicesResolver), so the object only carries the unit's key.
 */
@ObjectType('PublicServices', {
  description: 'Dịch vụ công của một đơn vị hành chính: chỉ tiêu và hồ sơ thủ tục hành chính trên địa bàn (gồm cả đơn vị trực thuộc và đơn vị tiền thân).',
})
export class PublicServices {
  constructor(readonly unit: UnitKey) {}
}
