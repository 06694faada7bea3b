import { ArgsType, Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { defineConnection } from '../../kit/graphql/connection.js';
import { PeriodPageArgs } from '../../kit/graphql/list-args.js';
import { DateTimeScalar } from '../../kit/graphql/scalars.js';
import { RecordedInUnit } from '../../kit/sector/recorded.js';
import type { DossierStatusName } from '../lookups/codes.js';

export enum DossierStatus {
  RECEIVED = 'RECEIVED',
  IN_PROCESS = 'IN_PROCESS',
  SUPPLEMENT_REQUESTED = 'SUPPLEMENT_REQUESTED',
  FINISHED = 'FINISHED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(DossierStatus, {
  name: 'DossierStatus',
  description: 'Trạng thái của hồ sơ thủ tục hành chính.',
  valuesConfig: {
    RECEIVED: { description: 'Mới tiếp nhận, chưa chuyển xử lý.' },
    IN_PROCESS: { description: 'Đang xử lý.' },
    SUPPLEMENT_REQUESTED: { description: 'Chờ công dân, doanh nghiệp bổ sung hồ sơ.' },
    FINISHED: { description: 'Đã giải quyết và trả kết quả.' },
    REJECTED: { description: 'Trả lại hồ sơ, từ chối giải quyết (có nêu lý do).' },
    WITHDRAWN: { description: 'Công dân, doanh nghiệp rút hồ sơ.' },
  },
});

export enum Timeliness {
  AHEAD = 'AHEAD',
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
}
registerEnumType(Timeliness, {
  name: 'Timeliness',
  description: 'Tiến độ giải quyết của hồ sơ đã trả kết quả, theo cách tính của Quyết định 766/QĐ-TTg.',
  valuesConfig: {
    AHEAD: { description: 'Trước hạn: trả kết quả trước ngày hẹn trả.' },
    ON_TIME: { description: 'Đúng hạn: trả kết quả trong ngày hẹn trả, không muộn hơn giờ hẹn.' },
    LATE: { description: 'Quá hạn: trả kết quả sau thời điểm hẹn trả.' },
  },
});

@ObjectType('DossierApplicant', {
  description: 'Người nộp hồ sơ. Dữ liệu cá nhân cơ bản (Luật 91/2025/QH15, Nghị định 356/2025/NĐ-CP): chỉ dùng khi có quyền và mục đích.',
})
export class DossierApplicant {
  @Field(() => String, { description: 'Họ và tên người nộp.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Số căn cước công dân (12 chữ số).' })
  idNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Số điện thoại liên hệ.' })
  phone!: string | null;
}

@ObjectType('Dossier', { description: 'Hồ sơ thủ tục hành chính tiếp nhận qua Hệ thống thông tin giải quyết TTHC tỉnh.' })
@Directive('@key(fields: "id")')
export class Dossier extends RecordedInUnit {
  @Field(() => ID, { description: 'Mã nội bộ của hồ sơ.' })
  id!: number;

  @Field(() => String, { description: 'Số hồ sơ in trên giấy tiếp nhận và hẹn trả kết quả.' })
  number!: string;

  @Field(() => DateTimeScalar, { description: 'Thời điểm tiếp nhận.' })
  receivedAt!: Date;

  @Field(() => DateTimeScalar, { description: 'Thời điểm hẹn trả kết quả.' })
  dueAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Thời điểm kết thúc (trả kết quả, trả lại hoặc rút hồ sơ); trống khi đang giải quyết.' })
  finishedAt!: Date | null;

  @Field(() => DossierStatus, { description: 'Trạng thái hồ sơ.' })
  status!: DossierStatus;

  @Field(() => String, { description: 'Tên trạng thái như hệ thống nguồn hiển thị.' })
  statusLabel!: string;

  @Field(() => Boolean, { description: 'Nộp trực tuyến qua Cổng dịch vụ công.' })
  online!: boolean;
}

export const DossierConnection = defineConnection(Dossier, {
  name: 'Dossier',
  noun: 'hồ sơ',
  descriptions: { connection: 'Một trang hồ sơ, mới tiếp nhận trước.', cursor: 'Con trỏ của hồ sơ này.' },
});

/** The filters of a unit's dossier list; the period is the day received. */
@ArgsType()
export class DossierListArgs extends PeriodPageArgs {
  @Field(() => DossierStatus, { nullable: true, description: 'Chỉ hồ sơ có trạng thái này.' })
  status?: DossierStatusName | null;

  @Field(() => Boolean, { nullable: true, description: 'true: chỉ hồ sơ nộp trực tuyến; false: chỉ hồ sơ nộp trực tiếp.' })
  online?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: chỉ hồ sơ quá hạn (trả kết quả sau hạn, hoặc chưa kết thúc mà đã quá hạn tại thời điểm truy vấn); false: ngược lại.',
  })
  overdue?: boolean | null;
}
