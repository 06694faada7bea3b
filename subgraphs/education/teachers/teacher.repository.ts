import type { Knex } from 'knex';
import { ListRepository } from '../../kit/database/list-repository.js';
import { toIsoDate, type IsoDate } from '../../kit/dates.js';
import type { KeyColumn } from '../../kit/graphql/keyset.js';
import type { CountArgs, KeysetPageArgs } from '../../kit/graphql/scoped-page-loader.js';
import { recordedIn, SCHOOL_COLUMNS, teachersOn, toSchool, type SchoolRow } from '../records.repository.js';
import type { Teacher, TeacherFilter } from './teacher.model.js';

interface TeacherRow extends SchoolRow {
  id: number;
  code: string;
  name: string;
  subject: string | null;
  started_on: string | Date;
  left_on: string | Date | null;
  qualification_code: string;
  qualification_name: string;
  qualification_rank: number | string;
  standard_rank: number | string;
}

const COLUMNS = [
  'g.ID_GV as id',
  'g.MA_GV as code',
  'g.HO_TEN as name',
  'g.MON_DAY as subject',
  'g.NGAY_VAO_LAM as started_on',
  'g.NGAY_NGHI as left_on',
  'q.MA_TRINH_DO as qualification_code',
  'q.TEN_TRINH_DO as qualification_name',
  'q.BAC as qualification_rank',
  'r.BAC as standard_rank',
  ...SCHOOL_COLUMNS,
];

/** Per unit code, then school, then teacher id. */
const TEACHER_ORDER: readonly KeyColumn[] = [
  { column: 's.unit_code', direction: 'asc', type: 'code' },
  { column: 's.MA_TRUONG', direction: 'asc', type: 'text' },
  { column: 'g.ID_GV', direction: 'asc', type: 'int' },
];

const toTeacher = (r: TeacherRow, day: IsoDate): Teacher => ({
  id: Number(r.id),
  code: r.code,
  name: r.name,
  subject: r.subject,
  qualification: { code: r.qualification_code, name: r.qualification_name },
  meetsStandard: Number(r.qualification_rank) >= Number(r.standard_rank),
  startedOn: toIsoDate(r.started_on),
  leftOn: toIsoDate(r.left_on),
  school: toSchool(r, day),
  unitCode: r.unit_code,
  recordedOn: day,
});

const teacherKey = (t: Teacher): string[] => [t.unitCode, t.school.code, String(t.id)];

/** GIAO_VIEN with its training lookup, read as of a day. */
export class TeacherRepository extends ListRepository<TeacherFilter, TeacherRow, Teacher> {
  readonly pageOrder = TEACHER_ORDER;
  readonly pageKey = teacherKey;

  protected listed(args: CountArgs<TeacherFilter>): Knex.QueryBuilder {
    const { day, level, meetsStandard } = args.filter;
    const base = this.inArea(teachersOn(this.db, day), recordedIn('s'), args.area);
    if (level) base.where('s.CAP_HOC', level);
    if (meetsStandard !== null) base.whereRaw(meetsStandard ? '?? >= ??' : '?? < ??', ['q.BAC', 'r.BAC']);
    return base;
  }

  protected readonly unitColumn = 's.unit_code';
  protected override readonly strategy = 'window' as const;
  protected readonly columns = COLUMNS;

  protected toItem(r: TeacherRow, args: KeysetPageArgs<TeacherFilter>): Teacher {
    return toTeacher(r, args.filter.day);
  }
}
