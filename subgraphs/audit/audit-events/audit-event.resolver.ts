import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '../../kit/context/context.js';
import type { AuditEventService } from './audit-event.service.js';
import { AuditEventConnection, AuditEventFilterInput, AuditEventType, AuditIntegrityType } from './audit-event.type.js';

type Context = SubgraphContext<{ auditEvents: AuditEventService }>;

@Resolver(() => AuditEventType)
export class AuditEventResolver {
  @Query(() => AuditEventConnection, {
    nullable: true,
    description:
      'Nhật ký truy cập, mới nhất trước, phân trang theo con trỏ: ai đã hỏi gì, khi nào, với mục đích gì và kết quả ra sao. Chỉ dành cho vai trò kiểm toán (auditor).',
  })
  auditEvents(
    @Arg('filter', () => AuditEventFilterInput, { nullable: true, description: 'Điều kiện lọc (mặc định: tất cả).' }) filter: AuditEventFilterInput | null,
    @Arg('first', () => Int, { nullable: true, description: 'Số bản ghi mỗi trang (mặc định 50, tối đa 500).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Con trỏ `endCursor` của trang trước.' }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.auditEvents.events(filter, first, after);
  }

  @Query(() => AuditIntegrityType, {
    nullable: true,
    description: 'Kiểm tra toàn bộ chuỗi băm của nhật ký: phát hiện bản ghi bị sửa, xóa, chèn hoặc đổi thứ tự. Chỉ dành cho vai trò kiểm toán.',
  })
  auditIntegrity(@Ctx() ctx: Context) {
    return ctx.services.auditEvents.integrity();
  }
}
