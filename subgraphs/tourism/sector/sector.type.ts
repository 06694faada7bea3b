import { defineSectorType } from '../../kit/sector/sector-type.js';

/** The tourism type on `AdministrativeUnit`; its lists are in `sector.resolver.ts`. */
export const Tourism = defineSectorType({
  typeName: 'Tourism',
  field: 'tourism',
  description: 'Số liệu du lịch của một đơn vị hành chính: chỉ tiêu, cơ sở lưu trú, điểm du lịch, bảng thống kê tháng.',
  fieldDescription: 'Số liệu du lịch của đơn vị (hệ thống thống kê du lịch của Sở Văn hóa, Thể thao và Du lịch).',
});
