import { defineSectorType } from '../../kit/sector/sector-type.js';

/** The land type on `AdministrativeUnit`; its lists are in `sector.resolver.ts`. */
export const Land = defineSectorType({
  typeName: 'Land',
  field: 'land',
  description: 'Số liệu đất đai của một đơn vị hành chính: chỉ tiêu, thửa đất, giấy chứng nhận, biến động, tranh chấp.',
  fieldDescription: 'Số liệu đất đai của đơn vị (cơ sở dữ liệu đất đai của Sở Nông nghiệp và Môi trường, Văn phòng đăng ký đất đai).',
});
