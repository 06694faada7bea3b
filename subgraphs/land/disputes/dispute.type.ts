import { ArgsType, Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { defineConnection } from '../../kit/graphql/connection.js';
import { PeriodPageArgs } from '../../kit/graphql/list-args.js';
import { DateScalar } from '../../kit/graphql/scalars.js';
import { RecordedInUnit } from '../../kit/sector/recorded.js';
import type { DisputeStatusName } from '../lookups/codes.js';

export enum DisputeStatus {
  OPEN = 'OPEN',
  MEDIATED = 'MEDIATED',
  DECIDED = 'DECIDED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(DisputeStatus, {
  name: 'DisputeStatus',
  description: 'Tình trạng vụ tranh chấp đất đai.',
  valuesConfig: {
    OPEN: { description: 'Đang giải quyết.' },
    MEDIATED: { description: 'Hòa giải thành tại cơ sở.' },
    DECIDED: { description: 'Đã có quyết định giải quyết của cơ quan có thẩm quyền.' },
    WITHDRAWN: { description: 'Người yêu cầu đã rút đơn.' },
  },
});

@ObjectType('Dispute', { description: 'Vụ tranh chấp đất đai liên quan một thửa đất (bảng DC_TRANHCHAP).' })
@Directive('@key(fields: "id")')
export class Dispute extends RecordedInUnit {
  @Field(() => ID, { description: 'Mã vụ tranh chấp trong hệ thống nguồn (TRANHCHAPID).' })
  id!: number;

  @Field(() => String, { description: 'Nội dung tranh chấp.' })
  subject!: string;

  @Field(() => DisputeStatus, { description: 'Tình trạng giải quyết.' })
  status!: DisputeStatus;

  @Field(() => DateScalar, { description: 'Ngày tiếp nhận đơn.' })
  receivedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày kết thúc giải quyết; trống nếu còn đang giải quyết.' })
  closedOn!: string | null;
}

export const DisputeConnection = defineConnection(Dispute, {
  name: 'Dispute',
  noun: 'vụ tranh chấp',
  descriptions: { cursor: 'Con trỏ của vụ tranh chấp này; truyền vào `after` để lấy tiếp sau nó.' },
});

/** The filters of a unit's dispute list; the period is the day the claim was received. */
@ArgsType()
export class DisputeListArgs extends PeriodPageArgs {
  @Field(() => DisputeStatus, { nullable: true, description: 'Chỉ lấy vụ có tình trạng này.' })
  status?: DisputeStatusName | null;
}
