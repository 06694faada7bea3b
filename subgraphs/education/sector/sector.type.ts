import { defineSectorType } from '../../kit/sector/sector-type.js';

/** The education type on `AdministrativeUnit`; its lists are in `sector.resolver.ts`. */
export const Education = defineSectorType({
  typeName: 'Education',
  field: 'education',
  description: 'Số liệu giáo dục của một đơn vị hành chính: chỉ tiêu, trường, lớp, học sinh, giáo viên.',
  fieldDescription: 'Số liệu giáo dục của đơn vị (cơ sở dữ liệu ngành giáo dục của Sở Giáo dục và Đào tạo).',
});
