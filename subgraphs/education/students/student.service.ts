import type { RequestScope } from '../../kit/context/request-scope.js';
import type { UnitKey } from '../../kit/units/unit-directory.js';
import { asOfDay } from '../sector/as-of.js';
import type { StudentLoaders } from './student.loader.js';
import type { Student, StudentIdentity } from './student.model.js';
import type { StudentListArgs } from './student.type.js';

/** Students on the class lists of a unit as of a day, and who they are (read separately, when asked). */
export class StudentService {
  constructor(
    private readonly loaders: StudentLoaders,
    private readonly scope: RequestScope,
  ) {}

  page(unit: UnitKey, args: StudentListArgs) {
    const filter = { day: asOfDay(this.scope, unit, args.asOf), level: args.level ?? null, status: args.status ?? null };
    return this.loaders.pages.page(unit, filter, args);
  }

  /** The student's personal data: a separate read, made only when the field is asked for. */
  identity(student: Student): Promise<StudentIdentity | null> {
    return this.loaders.identityOn(student.recordedOn!).load(student.id);
  }
}
