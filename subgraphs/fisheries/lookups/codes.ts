/**
 * The registry's lookup codes (DM_… tables) and the English enums the API shows for them. The
 * seed writes the lookup tables from these lists and the repositories translate with them, so a
 * code means the same thing in both places.
 */

export enum VesselLengthClass {
  UNDER_12M = 'UNDER_12M',
  FROM_12_TO_15M = 'FROM_12_TO_15M',
  FROM_15_TO_24M = 'FROM_15_TO_24M',
  FROM_24M = 'FROM_24M',
}

/** DM_NHOMCHIEUDAI: the length classes of the Law on Fisheries 2017 (art. 71 and Decree 26/2019). */
export const LENGTH_CLASSES = [
  { code: '01', value: VesselLengthClass.UNDER_12M, name: 'Dưới 12 m', fromMeters: 0, toMeters: 12 },
  { code: '02', value: VesselLengthClass.FROM_12_TO_15M, name: 'Từ 12 m đến dưới 15 m', fromMeters: 12, toMeters: 15 },
  { code: '03', value: VesselLengthClass.FROM_15_TO_24M, name: 'Từ 15 m đến dưới 24 m', fromMeters: 15, toMeters: 24 },
  { code: '04', value: VesselLengthClass.FROM_24M, name: 'Từ 24 m trở lên', fromMeters: 24, toMeters: null },
] as const;

/** Classes that must carry a VMS device and report port entry and exit (≥ 15 m). */
export const OFFSHORE_CLASS_CODES = ['03', '04'] as const;

export const lengthClassOfCode = (code: string): VesselLengthClass => {
  const found = LENGTH_CLASSES.find((c) => c.code === code);
  if (!found) throw new Error(`unknown NHOMCHIEUDAI code ${code}`);
  return found.value;
};

export const codeOfLengthClass = (value: VesselLengthClass): string => LENGTH_CLASSES.find((c) => c.value === value)!.code;

export enum PortCallKind {
  DEPARTURE = 'DEPARTURE',
  ARRIVAL = 'ARRIVAL',
}

/** DM_LOAIRAVAO: XB xuất bến (leaves port for sea), NB nhập bến (back in port). */
export const PORT_CALL_KINDS = [
  { code: 'XB', value: PortCallKind.DEPARTURE, name: 'Xuất bến' },
  { code: 'NB', value: PortCallKind.ARRIVAL, name: 'Nhập bến' },
] as const;

export const DEPARTURE_CODE = 'XB';
export const ARRIVAL_CODE = 'NB';

export const portCallKindOfCode = (code: string): PortCallKind => (code === DEPARTURE_CODE ? PortCallKind.DEPARTURE : PortCallKind.ARRIVAL);
export const codeOfPortCallKind = (value: PortCallKind): string => PORT_CALL_KINDS.find((k) => k.value === value)!.code;

export enum ViolationType {
  SIGNAL_LOST = 'SIGNAL_LOST',
  BOUNDARY_CROSSING = 'BOUNDARY_CROSSING',
  IUU_FOREIGN_WATERS = 'IUU_FOREIGN_WATERS',
  VMS_NOT_OPERATED = 'VMS_NOT_OPERATED',
  LOGBOOK = 'LOGBOOK',
  LICENCE = 'LICENCE',
  MARKING = 'MARKING',
}

/** DM_LOAIVIPHAM: the violation types the VMS centre and the port authorities record. */
export const VIOLATION_TYPES = [
  { code: '01', value: ViolationType.SIGNAL_LOST, name: 'Mất kết nối thiết bị giám sát hành trình quá 6 giờ không báo cáo' },
  { code: '02', value: ViolationType.BOUNDARY_CROSSING, name: 'Vượt ranh giới vùng khai thác được phép trên biển' },
  { code: '03', value: ViolationType.IUU_FOREIGN_WATERS, name: 'Khai thác bất hợp pháp tại vùng biển nước ngoài (IUU)' },
  { code: '04', value: ViolationType.VMS_NOT_OPERATED, name: 'Không lắp đặt hoặc không duy trì hoạt động thiết bị giám sát hành trình' },
  { code: '05', value: ViolationType.LOGBOOK, name: 'Không ghi, không nộp nhật ký khai thác thủy sản' },
  { code: '06', value: ViolationType.LICENCE, name: 'Khai thác không có giấy phép hoặc giấy phép hết hạn' },
  { code: '07', value: ViolationType.MARKING, name: 'Không đánh dấu tàu cá theo quy định' },
] as const;

export const violationTypeOfCode = (code: string): ViolationType => {
  const found = VIOLATION_TYPES.find((t) => t.code === code);
  if (!found) throw new Error(`unknown MALOAI code ${code}`);
  return found.value;
};

export const codeOfViolationType = (value: ViolationType): string => VIOLATION_TYPES.find((t) => t.value === value)!.code;

export const BOUNDARY_CROSSING_CODE = codeOfViolationType(ViolationType.BOUNDARY_CROSSING);
