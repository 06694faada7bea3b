import type { Knex } from 'knex';
import { ListRepository } from '../../kit/database/list-repository.js';
import { fromDmy, toIsoDate, type IsoDate } from '../../kit/dates.js';
import type { KeyColumn } from '../../kit/graphql/keyset.js';
import type { CountArgs, KeysetPageArgs } from '../../kit/graphql/scoped-page-loader.js';
import type { RecordArea } from '../../kit/units/unit-directory.js';
import { ENROLLED, type EnrolmentStatusCode } from '../lookups/codes.js';
import { enrolmentsOn, onRollOn, recordedIn, SCHOOL_COLUMNS, toSchool, type SchoolRow } from '../records.repository.js';
import type { Student, StudentFilter, StudentIdentity } from './student.model.js';

interface StudentRow extends SchoolRow {
  id: number;
  class_id: number;
  school_year: string;
  class_name: string;
  grade: number;
  enrolled_on: string | Date;
  status_code: EnrolmentStatusCode;
  changed_on: string | Date | null;
}

/** Per unit code, then school, then class, then enrolment. */
const STUDENT_ORDER: readonly KeyColumn[] = [
  { column: 's.unit_code', direction: 'asc', type: 'code' },
  { column: 's.MA_TRUONG', direction: 'asc', type: 'text' },
  { column: 'l.ID_LOP', direction: 'asc', type: 'int' },
  { column: 'e.ID', direction: 'asc', type: 'int' },
];

/** The status recorded, if it had changed by `day`; else still enrolled. */
const toStudent = (r: StudentRow, day: IsoDate): Student => {
  const changedOn = toIsoDate(r.changed_on);
  const changed = r.status_code !== ENROLLED && changedOn !== null && changedOn <= day;
  return {
    id: Number(r.id),
    classId: Number(r.class_id),
    schoolYear: r.school_year,
    className: r.class_name,
    grade: Number(r.grade),
    school: toSchool(r, day),
    enrolledOn: toIsoDate(r.enrolled_on),
    status: changed ? r.status_code : ENROLLED,
    statusChangedOn: changed ? changedOn : null,
    unitCode: r.unit_code,
    recordedOn: day,
  };
};

const studentKey = (s: Student): string[] => [s.unitCode, s.school.code, String(s.classId), String(s.id)];

/** HOC_SINH_LOP with its class and student, read as of a day. */
export class StudentRepository extends ListRepository<StudentFilter, StudentRow, Student> {
  readonly pageOrder = STUDENT_ORDER;
  readonly pageKey = studentKey;

  protected listed(args: CountArgs<StudentFilter>): Knex.QueryBuilder {
    const { day, level, status } = args.filter;
    const base = this.inArea(enrolmentsOn(this.db, day), recordedIn('s'), args.area);
    if (level) base.where('s.CAP_HOC', level);
    if (status === ENROLLED) onRollOn(base, day, ENROLLED);
    else if (status) base.where('e.TRANG_THAI', status).where('e.NGAY_THAY_DOI', '<=', day);
    return base;
  }

  protected readonly unitColumn = 's.unit_code';
  protected override readonly strategy = 'window' as const;
  protected readonly columns = [
    'e.ID as id',
    'l.ID_LOP as class_id',
    'l.NAM_HOC as school_year',
    'l.TEN_LOP as class_name',
    'l.KHOI as grade',
    'e.NGAY_VAO_LOP as enrolled_on',
    'e.TRANG_THAI as status_code',
    'e.NGAY_THAY_DOI as changed_on',
    ...SCHOOL_COLUMNS,
  ];

  protected toItem(r: StudentRow, args: KeysetPageArgs<StudentFilter>): Student {
    return toStudent(r, args.filter.day);
  }

  /**
   * The student named on each enrolment, read through the enrolment as of the same day, so that the
   * caller's area applies to it too: personal data never leaves without the record it belongs to.
   */
  async identities(enrolmentIds: readonly number[], day: IsoDate, area: RecordArea): Promise<StudentIdentity[]> {
    const q = enrolmentsOn(this.db, day)
      .select('e.ID as enrolment_id', 'h.MA_HS as code', 'h.HO_TEN as name', 'h.NGAY_SINH as birth_text', 'h.GIOI_TINH as sex', 'h.MA_DINH_DANH as id_number')
      .where(this.inList('e.ID', enrolmentIds));
    const rows: Array<{ enrolment_id: number; code: string; name: string; birth_text: string; sex: number | string; id_number: string | null }> = await this.inArea(
      q,
      recordedIn('s'),
      area,
    );
    return rows.map((r) => ({
      enrolmentId: Number(r.enrolment_id),
      studentCode: r.code,
      name: r.name,
      birthDate: fromDmy(r.birth_text),
      sex: Number(r.sex) === 2 ? 'FEMALE' : 'MALE',
      idNumber: r.id_number,
    }));
  }
}
