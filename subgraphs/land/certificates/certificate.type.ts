import { ArgsType, Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { defineConnection } from '../../kit/graphql/connection.js';
import { PeriodPageArgs } from '../../kit/graphql/list-args.js';
import { DateScalar } from '../../kit/graphql/scalars.js';
import { RecordedInUnit } from '../../kit/sector/recorded.js';

/** Internal values are the lookup's MAHINHTHUC codes, so arguments reach the SQL as they are. */
export enum CertificateKind {
  FIRST_ISSUE = '01',
  REISSUE_AFTER_CHANGE = '02',
}
registerEnumType(CertificateKind, {
  name: 'CertificateKind',
  description: 'Hình thức cấp giấy chứng nhận.',
  valuesConfig: {
    FIRST_ISSUE: { description: 'Cấp lần đầu.' },
    REISSUE_AFTER_CHANGE: { description: 'Cấp mới sau đăng ký biến động (chuyển quyền, tách thửa, đo đạc lại, …).' },
  },
});

export enum HolderKind {
  HOUSEHOLD_OR_INDIVIDUAL = 'HGD',
  ORGANIZATION = 'TCK',
}
registerEnumType(HolderKind, {
  name: 'LandHolderKind',
  description: 'Loại người sử dụng đất.',
  valuesConfig: {
    HOUSEHOLD_OR_INDIVIDUAL: { description: 'Hộ gia đình, cá nhân.' },
    ORGANIZATION: { description: 'Tổ chức.' },
  },
});

@ObjectType('LandHolder', {
  description: 'Người sử dụng đất ghi trên giấy chứng nhận. Dữ liệu cá nhân (Luật 91/2025/QH15): chỉ đọc khi có quyền và mục đích khai báo.',
})
export class LandHolder {
  @Field(() => HolderKind, { description: 'Hộ gia đình, cá nhân hay tổ chức.' })
  kind!: HolderKind;

  @Field(() => String, { description: 'Họ tên người sử dụng đất hoặc tên tổ chức.' })
  name!: string;

  @Field(() => String, { description: 'Số định danh cá nhân (CCCD) hoặc mã số thuế của tổ chức.' })
  idNumber!: string;
}

@ObjectType('Certificate', { description: 'Giấy chứng nhận quyền sử dụng đất (GCN, bảng DC_GIAYCHUNGNHAN).' })
@Directive('@key(fields: "id")')
export class Certificate extends RecordedInUnit {
  @Field(() => ID, { description: 'Mã giấy chứng nhận trong hệ thống nguồn (GIAYCHUNGNHANID).' })
  id!: number;

  @Field(() => String, { description: 'Số phát hành (số seri phôi), ví dụ "DA 123456".' })
  serial!: string;

  @Field(() => String, { description: 'Số vào sổ cấp giấy chứng nhận, ví dụ "CS01234".' })
  registerNumber!: string;

  @Field(() => DateScalar, { description: 'Ngày cấp.' })
  issuedOn!: string;

  @Field(() => CertificateKind, { description: 'Hình thức cấp: lần đầu hay cấp mới sau biến động.' })
  kind!: CertificateKind;
}

export const CertificateConnection = defineConnection(Certificate, {
  name: 'Certificate',
  noun: 'giấy chứng nhận',
  descriptions: { cursor: 'Con trỏ của giấy chứng nhận này; truyền vào `after` để lấy tiếp sau nó.' },
});

/** The filters of a unit's certificate list; the period is the day of issue. */
@ArgsType()
export class CertificateListArgs extends PeriodPageArgs {
  @Field(() => CertificateKind, { nullable: true, description: 'Chỉ lấy giấy theo hình thức cấp này.' })
  kind?: CertificateKind | null;
}
