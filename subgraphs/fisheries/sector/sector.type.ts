import { defineSectorType } from '../../kit/sector/sector-type.js';

/** The fisheries type on `AdministrativeUnit`; its lists are in `sector.resolver.ts`. */
export const Fisheries = defineSectorType({
  typeName: 'Fisheries',
  field: 'fisheries',
  description: 'Số liệu thủy sản của một đơn vị hành chính: tàu cá, giám sát hành trình, xuất nhập bến và vi phạm.',
  fieldDescription: 'Số liệu thủy sản (tàu cá, VMS, xuất nhập bến, vi phạm) của đơn vị này.',
});
