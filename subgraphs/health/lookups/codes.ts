/**
 * The lookup rows of the provincial health information system, in the Ministry of Health's codes
 * where one exists (the claims XML of Decision 130/QĐ-BYT and 4750/QĐ-BYT, ICD-10 as the Ministry
 * translated it). Shared by the migration that loads them, the demo seed, which draws codes from
 * them, and the indicator specs.
 */

/** Facility level (tuyến chuyên môn kỹ thuật), DM_TUYEN. */
export const FACILITY_LEVELS = [
  { MA_TUYEN: '1', TEN_TUYEN: 'Tuyến trung ương' },
  { MA_TUYEN: '2', TEN_TUYEN: 'Tuyến tỉnh' },
  { MA_TUYEN: '3', TEN_TUYEN: 'Tuyến huyện' },
  { MA_TUYEN: '4', TEN_TUYEN: 'Tuyến xã' },
] as const;

export type FacilityLevelCode = (typeof FACILITY_LEVELS)[number]['MA_TUYEN'];

export const LEVEL = { CENTRAL: '1', PROVINCIAL: '2', DISTRICT: '3', COMMUNE: '4' } as const satisfies Record<string, FacilityLevelCode>;

/** MA_LOAI_KCB (kind of care, DM_LOAI_KCB): NOI_TRU = 1 marks inpatient care, the rest is outpatient. */
export const TREATMENT_TYPES = [
  { MA_LOAI_KCB: '01', TEN_LOAI_KCB: 'Khám bệnh', NOI_TRU: 0 },
  { MA_LOAI_KCB: '02', TEN_LOAI_KCB: 'Điều trị ngoại trú', NOI_TRU: 0 },
  { MA_LOAI_KCB: '03', TEN_LOAI_KCB: 'Điều trị nội trú', NOI_TRU: 1 },
] as const;

export type TreatmentTypeCode = (typeof TREATMENT_TYPES)[number]['MA_LOAI_KCB'];

/** The ICD-10 codes the demo's claims use (DM_BENH_ICD10), with the Ministry's Vietnamese names. */
export const ICD10: ReadonlyArray<{ MA_BENH: string; TEN_BENH: string }> = [
  { MA_BENH: 'A09', TEN_BENH: 'Tiêu chảy và viêm dạ dày - ruột do nhiễm trùng' },
  { MA_BENH: 'A91', TEN_BENH: 'Sốt xuất huyết Dengue' },
  { MA_BENH: 'B05.9', TEN_BENH: 'Sởi không biến chứng' },
  { MA_BENH: 'B08.4', TEN_BENH: 'Viêm miệng mụn nước do virus đường ruột có ban (bệnh tay chân miệng)' },
  { MA_BENH: 'E11.9', TEN_BENH: 'Bệnh đái tháo đường không phụ thuộc insulin, không có biến chứng' },
  { MA_BENH: 'E78.5', TEN_BENH: 'Tăng lipid máu, không đặc hiệu' },
  { MA_BENH: 'F20.9', TEN_BENH: 'Tâm thần phân liệt, không đặc hiệu' },
  { MA_BENH: 'F32.9', TEN_BENH: 'Giai đoạn trầm cảm, không đặc hiệu' },
  { MA_BENH: 'H10.9', TEN_BENH: 'Viêm kết mạc, không đặc hiệu' },
  { MA_BENH: 'I10', TEN_BENH: 'Bệnh lý tăng huyết áp vô căn (nguyên phát)' },
  { MA_BENH: 'I20.9', TEN_BENH: 'Cơn đau thắt ngực, không đặc hiệu' },
  { MA_BENH: 'I63.9', TEN_BENH: 'Nhồi máu não, không đặc hiệu' },
  { MA_BENH: 'I64', TEN_BENH: 'Đột quỵ, không xác định do xuất huyết hay nhồi máu' },
  { MA_BENH: 'I69.3', TEN_BENH: 'Di chứng nhồi máu não' },
  { MA_BENH: 'J00', TEN_BENH: 'Viêm mũi họng cấp (cảm thường)' },
  { MA_BENH: 'J02.9', TEN_BENH: 'Viêm họng cấp, không đặc hiệu' },
  { MA_BENH: 'J06.9', TEN_BENH: 'Nhiễm trùng đường hô hấp trên cấp, không đặc hiệu' },
  { MA_BENH: 'J11.1', TEN_BENH: 'Cúm có biểu hiện hô hấp khác, virus không được định danh' },
  { MA_BENH: 'J18.9', TEN_BENH: 'Viêm phổi, không đặc hiệu' },
  { MA_BENH: 'J20.9', TEN_BENH: 'Viêm phế quản cấp, không đặc hiệu' },
  { MA_BENH: 'J44.9', TEN_BENH: 'Bệnh phổi tắc nghẽn mạn tính, không đặc hiệu' },
  { MA_BENH: 'J45.9', TEN_BENH: 'Hen phế quản, không đặc hiệu' },
  { MA_BENH: 'K21.9', TEN_BENH: 'Bệnh trào ngược dạ dày - thực quản không có viêm thực quản' },
  { MA_BENH: 'K29.7', TEN_BENH: 'Viêm dạ dày, không đặc hiệu' },
  { MA_BENH: 'K35.8', TEN_BENH: 'Viêm ruột thừa cấp, khác và không đặc hiệu' },
  { MA_BENH: 'K80.2', TEN_BENH: 'Sỏi túi mật không có viêm túi mật' },
  { MA_BENH: 'L30.9', TEN_BENH: 'Viêm da, không đặc hiệu' },
  { MA_BENH: 'M17.9', TEN_BENH: 'Thoái hóa khớp gối, không đặc hiệu' },
  { MA_BENH: 'M54.5', TEN_BENH: 'Đau vùng thắt lưng' },
  { MA_BENH: 'N39.0', TEN_BENH: 'Nhiễm khuẩn hệ tiết niệu, vị trí không xác định' },
  { MA_BENH: 'O80', TEN_BENH: 'Đẻ thường một thai' },
  { MA_BENH: 'O82', TEN_BENH: 'Đẻ một thai bằng mổ lấy thai' },
  { MA_BENH: 'P59.9', TEN_BENH: 'Vàng da sơ sinh, không đặc hiệu' },
  { MA_BENH: 'R50.9', TEN_BENH: 'Sốt, không đặc hiệu' },
  { MA_BENH: 'S06.0', TEN_BENH: 'Chấn động não' },
  { MA_BENH: 'S52.5', TEN_BENH: 'Gãy đầu dưới xương quay' },
];

/**
 * Notifiable disease groups of the weekly report (DM_NHOM_BENH_TN, Circular 54/2015/TT-BYT), each
 * shown as its own indicator `HE_CASES_<indicator>`.
 */
export const DISEASE_GROUPS = [
  { MA_NHOM_BENH: 'SXHD', TEN_NHOM_BENH: 'Sốt xuất huyết Dengue', MA_ICD: 'A90-A91', indicator: 'DENGUE', indicatorName: 'sốt xuất huyết Dengue' },
  { MA_NHOM_BENH: 'TCM', TEN_NHOM_BENH: 'Tay chân miệng', MA_ICD: 'B08.4', indicator: 'HFMD', indicatorName: 'tay chân miệng' },
  { MA_NHOM_BENH: 'SOI', TEN_NHOM_BENH: 'Sởi', MA_ICD: 'B05', indicator: 'MEASLES', indicatorName: 'sởi' },
  { MA_NHOM_BENH: 'CUM', TEN_NHOM_BENH: 'Hội chứng cúm', MA_ICD: 'J09-J11', indicator: 'ILI', indicatorName: 'hội chứng cúm' },
] as const;

export type DiseaseGroupCode = (typeof DISEASE_GROUPS)[number]['MA_NHOM_BENH'];

/**
 * Vaccines of the expanded programme on immunisation for children under one (DM_VACXIN), with
 * SO_MUI_TCDD, the doses a child needs of each to be fully immunised (tiêm chủng đầy đủ); the
 * hepatitis B birth dose is given and recorded but not part of that definition.
 */
export const VACCINES = [
  { MA_VACXIN: 'BCG', TEN_VACXIN: 'Vắc xin phòng lao (BCG)', SO_MUI_TCDD: 1 },
  { MA_VACXIN: 'VGB_SS', TEN_VACXIN: 'Vắc xin viêm gan B liều sơ sinh', SO_MUI_TCDD: 0 },
  { MA_VACXIN: 'DPT_VGB_HIB', TEN_VACXIN: 'Vắc xin 5 trong 1 (bạch hầu, ho gà, uốn ván, viêm gan B, Hib)', SO_MUI_TCDD: 3 },
  { MA_VACXIN: 'OPV', TEN_VACXIN: 'Vắc xin bại liệt uống (bOPV)', SO_MUI_TCDD: 3 },
  { MA_VACXIN: 'SOI', TEN_VACXIN: 'Vắc xin sởi', SO_MUI_TCDD: 1 },
] as const;

export type VaccineCode = (typeof VACCINES)[number]['MA_VACXIN'];

/** The dose that closes the schedule (measles, at nine months): a fully immunised child is counted where it was given. */
export const LAST_SCHEDULED_VACCINE: VaccineCode = 'SOI';

/** Doses (vaccine and dose number) a child under one needs to be fully immunised: 8. */
export const FULL_IMMUNISATION_DOSES = VACCINES.reduce((sum, v) => sum + v.SO_MUI_TCDD, 0);

/** GIOI_TINH in the claims XML: 1 male, 2 female, 3 not determined. */
export const SEX_CODES = { MALE: 1, FEMALE: 2, UNKNOWN: 3 } as const;
