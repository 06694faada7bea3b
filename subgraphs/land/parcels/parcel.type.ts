import { ArgsType, Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { defineConnection } from '../../kit/graphql/connection.js';
import { PageArgs } from '../../kit/graphql/list-args.js';
import { DateScalar } from '../../kit/graphql/scalars.js';
import { RecordedInUnit } from '../../kit/sector/recorded.js';

/** Internal values are the lookup's MANHOMDAT codes. */
export enum LandGroup {
  AGRICULTURAL = 'NNP',
  NON_AGRICULTURAL = 'PNN',
  UNUSED = 'CSD',
}
registerEnumType(LandGroup, {
  name: 'LandGroup',
  description: 'Nhóm đất theo Luật Đất đai.',
  valuesConfig: {
    AGRICULTURAL: { description: 'Nhóm đất nông nghiệp (NNP).' },
    NON_AGRICULTURAL: { description: 'Nhóm đất phi nông nghiệp (PNN).' },
    UNUSED: { description: 'Nhóm đất chưa sử dụng (CSD).' },
  },
});

@ObjectType('UsePurpose', { description: 'Mục đích sử dụng đất (loại đất) theo bảng mã của ngành tài nguyên và môi trường.' })
export class UsePurpose {
  @Field(() => String, { description: 'Mã loại đất, ví dụ ONT (đất ở tại nông thôn), LUC (đất chuyên trồng lúa), RSX (đất rừng sản xuất).' })
  code!: string;

  @Field(() => String, { description: 'Tên loại đất.' })
  name!: string;

  @Field(() => LandGroup, { description: 'Nhóm đất của loại đất này.' })
  group!: LandGroup;
}

@ObjectType('Parcel', { description: 'Thửa đất trong sổ địa chính (bảng DC_THUADAT).' })
@Directive('@key(fields: "id")')
export class Parcel extends RecordedInUnit {
  @Field(() => ID, { description: 'Mã thửa đất trong hệ thống nguồn (THUADATID).' })
  id!: number;

  @Field(() => Int, { description: 'Số hiệu tờ bản đồ địa chính.' })
  mapSheetNumber!: number;

  @Field(() => Int, { description: 'Số thứ tự thửa trên tờ bản đồ.' })
  parcelNumber!: number;

  @Field(() => Float, { description: 'Diện tích thửa đất (m²).' })
  areaSquareMeters!: number;

  @Field(() => UsePurpose, { description: 'Mục đích sử dụng đất chính của thửa.' })
  usePurpose!: UsePurpose;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày vào sổ địa chính; trống nếu ngày ghi trong sổ cũ không đọc được.' })
  registeredOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày thửa hết hiệu lực (đo đạc lại, tách, hợp thửa); trống nếu thửa còn hiệu lực.' })
  retiredOn!: string | null;
}

export const ParcelConnection = defineConnection(Parcel, {
  name: 'Parcel',
  noun: 'thửa đất',
  descriptions: { cursor: 'Con trỏ của thửa đất này; truyền vào `after` để lấy tiếp sau nó.' },
});

/** The filters of a unit's parcel list (the parcels in the register now). */
@ArgsType()
export class ParcelListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Chỉ lấy thửa có mục đích sử dụng này (mã loại đất, ví dụ ONT).' })
  usePurpose?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: chỉ thửa đang có tranh chấp; false: chỉ thửa không có tranh chấp.' })
  disputed?: boolean | null;
}
