import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { defineConnection } from '../../kit/graphql/connection.js';
import { DateScalar } from '../../kit/graphql/scalars.js';
import type { AdminLevelName, LineageKindName } from './unit.model.js';

export enum AdminLevel {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
}
registerEnumType(AdminLevel, {
  name: 'AdminLevel',
  description: 'Cấp hành chính.',
  valuesConfig: {
    PROVINCE: { description: 'Cấp tỉnh (tỉnh, thành phố trực thuộc trung ương).' },
    DISTRICT: { description: 'Cấp huyện (huyện, quận, thị xã, thành phố thuộc tỉnh); bãi bỏ từ 01/07/2025.' },
    COMMUNE: { description: 'Cấp xã (xã, phường, thị trấn, đặc khu).' },
  },
});

export enum LineageKind {
  MERGE = 'MERGE',
  PARTIAL_MERGE = 'PARTIAL_MERGE',
  SPLIT = 'SPLIT',
  RENAME = 'RENAME',
  CONTINUATION = 'CONTINUATION',
}
registerEnumType(LineageKind, {
  name: 'LineageKind',
  description: 'Quan hệ giữa đơn vị cũ và đơn vị mới khi sắp xếp đơn vị hành chính.',
  valuesConfig: {
    MERGE: { description: 'Toàn bộ đơn vị cũ nhập cùng đơn vị khác vào đơn vị mới.' },
    PARTIAL_MERGE: { description: 'Một phần đơn vị cũ nhập cùng đơn vị khác vào đơn vị mới; so sánh số liệu chỉ là ước tính.' },
    SPLIT: { description: 'Đơn vị mới được lập từ một phần của một đơn vị cũ; so sánh số liệu chỉ là ước tính.' },
    RENAME: { description: 'Toàn bộ một đơn vị cũ thành đơn vị mới với tên hoặc loại khác.' },
    CONTINUATION: { description: 'Toàn bộ một đơn vị cũ, giữ tên; là phiên bản mới do thay đổi cấp trên.' },
  },
});

@ObjectType('AdministrativeUnit', {
  description: 'Đơn vị hành chính theo phiên bản: một mã GSO có thể có nhiều phiên bản theo thời gian (mã + ngày hiệu lực).',
})
@Directive('@key(fields: "code validFrom")')
export class AdministrativeUnit {
  @Field(() => String, { description: 'Mã đơn vị hành chính theo Tổng cục Thống kê (2, 3 hoặc 5 chữ số).' })
  code!: string;

  @Field(() => DateScalar, { description: 'Ngày phiên bản này bắt đầu có hiệu lực.' })
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày cuối cùng phiên bản này còn hiệu lực; trống nếu còn hiệu lực.' })
  validTo!: string | null;

  @Field(() => String, { description: 'Tên đầy đủ, ví dụ "Huyện Bình Sơn".' })
  name!: string;

  @Field(() => String, { description: 'Loại đơn vị: Tỉnh, Huyện, Quận, Thị xã, Thành phố, Xã, Phường, Thị trấn, Đặc khu.' })
  type!: string;

  @Field(() => AdminLevel, { description: 'Cấp hành chính của phiên bản này.' })
  level!: AdminLevelName;
}

@ObjectType('UnitLineage', { description: 'Một cạnh phả hệ: đơn vị ở đầu kia và cách hai đơn vị liên quan.' })
export class UnitLineage {
  @Field(() => LineageKind, { description: 'Loại quan hệ (nhập toàn bộ, nhập một phần, chia tách, đổi tên, giữ nguyên).' })
  kind!: LineageKindName;

  @Field(() => AdministrativeUnit, { description: 'Đơn vị ở đầu kia của cạnh.' })
  unit!: AdministrativeUnit;
}

export const AdministrativeUnitConnection = defineConnection(AdministrativeUnit, {
  name: 'AdministrativeUnit',
  noun: 'đơn vị',
  descriptions: { connection: 'Một trang đơn vị hành chính, sắp theo mã.', cursor: 'Con trỏ của đơn vị này.', node: 'Đơn vị hành chính.' },
});
