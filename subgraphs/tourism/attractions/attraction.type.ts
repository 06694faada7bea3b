import { ArgsType, Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { defineConnection } from '../../kit/graphql/connection.js';
import { PageArgs } from '../../kit/graphql/list-args.js';
import { DateScalar } from '../../kit/graphql/scalars.js';
import { RecordedInUnit } from '../../kit/sector/recorded.js';
import { AttractionRanking, AttractionType } from '../lookups/codes.js';

registerEnumType(AttractionType, {
  name: 'AttractionType',
  description: 'Loại điểm du lịch.',
  valuesConfig: {
    HISTORICAL_SITE: { description: 'Di tích lịch sử - văn hóa.' },
    SCENIC_SPOT: { description: 'Danh lam thắng cảnh.' },
    BEACH: { description: 'Bãi biển.' },
    ECOTOURISM: { description: 'Điểm du lịch sinh thái (rừng, vườn quốc gia, đồi, hồ).' },
    COMMUNITY_TOURISM: { description: 'Làng văn hóa, làng nghề, du lịch cộng đồng.' },
    TOURIST_AREA: { description: 'Khu du lịch.' },
  },
});

registerEnumType(AttractionRanking, {
  name: 'AttractionRanking',
  description: 'Cấp xếp hạng của di tích, danh thắng.',
  valuesConfig: {
    SPECIAL_NATIONAL: { description: 'Di tích quốc gia đặc biệt.' },
    NATIONAL: { description: 'Di tích, danh thắng cấp quốc gia.' },
    PROVINCIAL: { description: 'Di tích, danh thắng cấp tỉnh.' },
    UNRANKED: { description: 'Chưa xếp hạng.' },
  },
});

@ObjectType('TouristAttraction', { description: 'Điểm du lịch được công nhận (bảng DL_DIEMDULICH).' })
@Directive('@key(fields: "id")')
export class TouristAttraction extends RecordedInUnit {
  @Field(() => ID, { description: 'Mã điểm du lịch trong hệ thống nguồn (DIEM_ID).' })
  id!: number;

  @Field(() => String, { description: 'Tên điểm du lịch.' })
  name!: string;

  @Field(() => AttractionType, { description: 'Loại điểm du lịch.' })
  type!: AttractionType;

  @Field(() => AttractionRanking, { description: 'Cấp xếp hạng (quốc gia đặc biệt, quốc gia, cấp tỉnh) hoặc chưa xếp hạng.' })
  ranking!: AttractionRanking;

  @Field(() => DateScalar, { description: 'Ngày được công nhận là điểm du lịch hoặc xếp hạng di tích.' })
  recognizedOn!: string;
}

export const TouristAttractionConnection = defineConnection(TouristAttraction, { name: 'TouristAttraction', noun: 'điểm du lịch' });

/** The filters of a unit's attraction list. */
@ArgsType()
export class AttractionListArgs extends PageArgs {
  @Field(() => AttractionType, { nullable: true, description: 'Chỉ lấy điểm thuộc loại này.' })
  type?: AttractionType | null;

  @Field(() => AttractionRanking, { nullable: true, description: 'Chỉ lấy điểm có cấp xếp hạng này.' })
  ranking?: AttractionRanking | null;
}
