import type { Knex } from 'knex';
import { ListRepository } from '../../kit/database/list-repository.js';
import type { IsoDate } from '../../kit/dates.js';
import type { KeyColumn } from '../../kit/graphql/keyset.js';
import type { CountArgs, KeysetPageArgs } from '../../kit/graphql/scoped-page-loader.js';
import type { RecordArea } from '../../kit/units/unit-directory.js';
import { ENROLLED } from '../lookups/codes.js';
import { classesOn, enrolmentsOn, onRollOn, recordedIn, SCHOOL_COLUMNS, toSchool, type SchoolRow } from '../records.repository.js';
import type { ClassRoll, SchoolClass, SchoolClassFilter } from './school-class.model.js';

interface ClassRow extends SchoolRow {
  id: number;
  name: string;
  grade: number;
  school_year: string;
}

const COLUMNS = ['l.ID_LOP as id', 'l.TEN_LOP as name', 'l.KHOI as grade', 'l.NAM_HOC as school_year', ...SCHOOL_COLUMNS];

/** Per unit code, then school, then class id. */
const CLASS_ORDER: readonly KeyColumn[] = [
  { column: 's.unit_code', direction: 'asc', type: 'code' },
  { column: 's.MA_TRUONG', direction: 'asc', type: 'text' },
  { column: 'l.ID_LOP', direction: 'asc', type: 'int' },
];

const toClass = (r: ClassRow, day: IsoDate): SchoolClass => ({
  id: Number(r.id),
  name: r.name,
  grade: Number(r.grade),
  schoolYear: r.school_year,
  school: toSchool(r, day),
  unitCode: r.unit_code,
  recordedOn: day,
});

const classKey = (c: SchoolClass): string[] => [c.unitCode, c.school.code, String(c.id)];

/** LOP, read as of a day: the classes of the school year in force then. */
export class SchoolClassRepository extends ListRepository<SchoolClassFilter, ClassRow, SchoolClass> {
  readonly pageOrder = CLASS_ORDER;
  readonly pageKey = classKey;

  protected listed(args: CountArgs<SchoolClassFilter>): Knex.QueryBuilder {
    const base = this.inArea(classesOn(this.db, args.filter.day), recordedIn('s'), args.area);
    if (args.filter.level) base.where('s.CAP_HOC', args.filter.level);
    return base;
  }

  protected readonly unitColumn = 's.unit_code';
  protected override readonly strategy = 'window' as const;
  protected readonly columns = COLUMNS;

  protected toItem(r: ClassRow, args: KeysetPageArgs<SchoolClassFilter>): SchoolClass {
    return toClass(r, args.filter.day);
  }

  /** Students on the roll of each class on `day`, in one grouped statement; a class with none has no row. */
  async rolls(classIds: readonly number[], day: IsoDate, area: RecordArea): Promise<ClassRoll[]> {
    const q = onRollOn(enrolmentsOn(this.db, day), day, ENROLLED)
      .where(this.inList('l.ID_LOP', classIds))
      .groupBy('l.ID_LOP')
      .select('l.ID_LOP as class_id', this.knex.raw('count(*) as students'));
    const rows: Array<{ class_id: number; students: string | number }> = await this.inArea(q, recordedIn('s'), area);
    return rows.map((r) => ({ classId: Number(r.class_id), students: Number(r.students) }));
  }
}
