import { defineSectorType } from '../../kit/sector/sector-type.js';

/** The health type on `AdministrativeUnit`; its lists are in `sector.resolver.ts`. */
export const Health = defineSectorType({
  typeName: 'Health',
  field: 'health',
  description: 'Số liệu y tế của một đơn vị hành chính: chỉ tiêu, cơ sở y tế, lượt khám chữa bệnh, báo cáo tuần bệnh truyền nhiễm, tiêm chủng.',
  fieldDescription: 'Số liệu y tế của đơn vị (hệ thống thông tin y tế của Sở Y tế: dữ liệu khám chữa bệnh XML, giám sát bệnh truyền nhiễm, tiêm chủng mở rộng).',
});
