import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AUDIT_OUTCOMES, type AuditOutcome } from '../../../lib/audit/audit-record.js';
import { defineConnection } from '../../kit/graphql/connection.js';
import { DateTimeScalar } from '../../kit/graphql/scalars.js';

/** The outcomes of lib/audit/audit-record.ts, as a GraphQL enum. */
export const AuditOutcomeEnum = Object.fromEntries(AUDIT_OUTCOMES.map((o) => [o, o])) as { [K in AuditOutcome]: K };
registerEnumType(AuditOutcomeEnum, {
  name: 'AuditOutcome',
  description: 'Kết quả của một yêu cầu.',
  valuesConfig: {
    OK: { description: 'Đã trả lời, không có lỗi.' },
    PARTIAL: { description: 'Đã trả lời một phần: có dữ liệu và có lỗi (ví dụ một phân hệ không phản hồi).' },
    REFUSED: { description: 'Đã xác thực nhưng bị từ chối toàn bộ hoặc một phần (vai trò, địa bàn, phạm vi, mục đích, giới hạn, yêu cầu sai).' },
    UNAUTHENTICATED: { description: 'Không có hoặc sai thông tin xác thực (HTTP 401).' },
    ERROR: { description: 'Không có dữ liệu: yêu cầu sai, không hợp lệ hoặc lỗi hệ thống.' },
  },
});

@ObjectType('AuditEvent', { description: 'Một bản ghi nhật ký truy cập: một yêu cầu đã đến cổng, kể cả yêu cầu bị từ chối hoặc trả lời từ bộ nhớ đệm.' })
export class AuditEventType {
  @Field(() => ID, { description: 'Số thứ tự trong chuỗi nhật ký (1, 2, 3… không có khoảng trống).' })
  id!: number;

  @Field(() => DateTimeScalar, { description: 'Thời điểm yêu cầu đến cổng.' })
  at!: Date;

  @Field(() => String, { description: 'Mã yêu cầu (tiêu đề x-request-id của câu trả lời).' })
  requestId!: string;

  @Field(() => String, { nullable: true, description: 'Mã người gọi (khóa API hoặc chủ thể JWT); null nếu chưa xác thực.' })
  callerId!: string | null;

  @Field(() => String, { nullable: true, description: 'Vai trò của người gọi.' })
  role!: string | null;

  @Field(() => [String], { description: 'Địa bàn của người gọi (mã đơn vị); rỗng là toàn tỉnh hoặc chưa xác thực.' })
  area!: string[];

  @Field(() => String, { nullable: true, description: 'Mục đích đã khai báo (tiêu đề X-Purpose), ví dụ số hồ sơ.' })
  purpose!: string | null;

  @Field(() => String, { nullable: true, description: 'Tên thao tác GraphQL.' })
  operationName!: string | null;

  @Field(() => String, { nullable: true, description: 'Loại thao tác: query, mutation hoặc subscription; null nếu không phân tích được.' })
  operationType!: string | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 của văn bản truy vấn.' })
  documentHash!: string | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 của các biến.' })
  variablesHash!: string | null;

  @Field(() => [String], { description: 'Các phân hệ (subgraph) đã được gọi, theo thứ tự gọi.' })
  subgraphs!: string[];

  @Field(() => AuditOutcomeEnum, { description: 'Kết quả.' })
  outcome!: AuditOutcome;

  @Field(() => [String], { description: 'Mã lỗi (`extensions.code`) của từng lỗi trong câu trả lời.' })
  errorCodes!: string[];

  @Field(() => Boolean, { description: 'Trả lời từ bộ nhớ đệm của cổng.' })
  cached!: boolean;

  @Field(() => Int, { description: 'Thời gian xử lý, mili giây.' })
  durationMs!: number;

  @Field(() => String, { nullable: true, description: 'SHA-256 của nội dung câu trả lời đã gửi.' })
  responseHash!: string | null;

  @Field(() => Int, { description: 'Kích thước câu trả lời, byte.' })
  responseBytes!: number;

  @Field(() => [String], { description: 'Các mã đơn vị mà yêu cầu hỏi đến.' })
  units!: string[];

  @Field(() => [String], { description: 'Băm có khóa (HMAC-SHA256) mã định danh của từng người có dữ liệu cá nhân trong câu trả lời; không lưu số định danh.' })
  subjects!: string[];

  @Field(() => String, { description: 'Băm của bản ghi liền trước trong chuỗi.' })
  prevHash!: string;

  @Field(() => String, { description: 'Băm của bản ghi này, nối với bản ghi trước.' })
  hash!: string;
}

export const AuditEventConnection = defineConnection(AuditEventType, { name: 'AuditEvent', noun: 'bản ghi nhật ký' });

@InputType('AuditEventFilter', { description: 'Điều kiện lọc nhật ký; các điều kiện cùng có hiệu lực (AND).' })
export class AuditEventFilterInput {
  @Field(() => String, { nullable: true, description: 'Mã người gọi.' })
  callerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: chỉ các yêu cầu chưa xác thực (không có người gọi).' })
  unauthenticated?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Yêu cầu có hỏi đến mã đơn vị này.' })
  unit?: string | null;

  @Field(() => String, { nullable: true, description: 'Tên thao tác GraphQL.' })
  operationName?: string | null;

  @Field(() => AuditOutcomeEnum, { nullable: true, description: 'Kết quả.' })
  outcome?: AuditOutcome | null;

  @Field(() => String, {
    nullable: true,
    description: 'Số định danh (CCCD, hộ chiếu…) của một người: các yêu cầu có câu trả lời chứa dữ liệu cá nhân của người đó. Số này chỉ được băm, không được lưu.',
  })
  subject?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Từ thời điểm này (bao gồm).' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Trước thời điểm này (không bao gồm).' })
  to?: Date | null;
}

@ObjectType('AuditIntegrity', { description: 'Kết quả kiểm tra tính toàn vẹn của chuỗi nhật ký.' })
export class AuditIntegrityType {
  @Field(() => Boolean, { description: 'true nếu không bản ghi nào bị sửa, xóa, chèn hay đổi thứ tự.' })
  ok!: boolean;

  @Field(() => Int, { description: 'Số bản ghi đã kiểm tra và khớp chuỗi.' })
  checked!: number;

  @Field(() => ID, { nullable: true, description: 'Bản ghi đầu tiên không khớp; null nếu toàn vẹn.' })
  firstBrokenId!: number | null;

  @Field(() => String, { nullable: true, description: 'Lý do không khớp; null nếu toàn vẹn.' })
  reason!: string | null;

  @Field(() => ID, { description: 'Số thứ tự của bản ghi cuối (đầu chuỗi); lưu giữ ở nơi khác để phát hiện việc xóa phần cuối.' })
  headId!: number;

  @Field(() => String, { description: 'Băm của bản ghi cuối.' })
  headHash!: string;
}
