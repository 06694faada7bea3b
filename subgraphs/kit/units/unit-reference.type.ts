import { Directive, Field, ObjectType } from 'type-graphql';
import { normaliseKeyDate } from '../graphql/entity-keys.js';
import { DateScalar } from '../graphql/scalars.js';
import type { UnitKey } from './unit-directory.js';

/**
 * A sector's view of `AdministrativeUnit`: only the key, owned by admin-units; the sector adds its
 * own field with a field resolver on this class. Each sector calls
 * this once, so the classes stay apart in type-graphql's global metadata.
 */
export function defineUnitReference() {
  @ObjectType('AdministrativeUnit', {
    description: 'Đơn vị hành chính theo phiên bản: một mã GSO có thể có nhiều phiên bản theo thời gian (mã + ngày hiệu lực).',
  })
  @Directive('@key(fields: "code validFrom")')
  class AdministrativeUnitReference implements UnitKey {
    @Field(() => String, { description: 'Mã đơn vị hành chính theo Tổng cục Thống kê (2, 3 hoặc 5 chữ số).' })
    code!: string;

    @Field(() => DateScalar, { description: 'Ngày phiên bản này bắt đầu có hiệu lực.' })
    validFrom!: string;
  }
  return AdministrativeUnitReference;
}

/** `__resolveReference` for a sector's unit reference: the key is all a sector needs. */
export const resolveUnitReference = (ref: Record<string, unknown>): UnitKey => ({
  code: String(ref.code),
  validFrom: normaliseKeyDate(ref.validFrom),
});
