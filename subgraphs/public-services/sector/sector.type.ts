import { defineSectorType } from '../../kit/sector/sector-type.js';

/** The public-services type on `AdministrativeUnit`; its lists are in `sector.resolver.ts`. */
export const PublicServices = defineSectorType({
  typeName: 'PublicServices',
  field: 'publicServices',
  description:
    'Dịch vụ công của một đơn vị hành chính: chỉ tiêu và hồ sơ thủ tục hành chính trên địa bàn (gồm cả đơn vị trực thuộc và đơn vị tiền thân).',
  fieldDescription: 'Dịch vụ công (thủ tục hành chính) của đơn vị: chỉ tiêu và hồ sơ.',
});
