import type { RequestScope } from '../kit/context/request-scope.js';
import type { Database } from '../kit/database/database.js';
import type { SectorContext } from '../kit/sector/define-sector.js';
import { createSchoolClassLoaders } from './classes/school-class.loader.js';
import { SchoolClassRepository } from './classes/school-class.repository.js';
import { SchoolClassService } from './classes/school-class.service.js';
import { EducationMeasures } from './indicators/measure.repository.js';
import { createSchoolLoaders } from './schools/school.loader.js';
import { SchoolRepository } from './schools/school.repository.js';
import { SchoolService } from './schools/school.service.js';
import { createStudentLoaders } from './students/student.loader.js';
import { StudentRepository } from './students/student.repository.js';
import { StudentService } from './students/student.service.js';
import { createTeacherLoaders } from './teachers/teacher.loader.js';
import { TeacherRepository } from './teachers/teacher.repository.js';
import { TeacherService } from './teachers/teacher.service.js';

/** Built once per server over the open database. */
export function createRepositories(db: Database) {
  return {
    measures: new EducationMeasures(db),
    schools: new SchoolRepository(db),
    classes: new SchoolClassRepository(db),
    students: new StudentRepository(db),
    teachers: new TeacherRepository(db),
  };
}

/** Built per request: the services and their DataLoaders, narrowed to the request's scope. */
export function createServices(repositories: Repositories, scope: RequestScope) {
  return {
    schools: new SchoolService(createSchoolLoaders(repositories.schools, scope), scope),
    classes: new SchoolClassService(createSchoolClassLoaders(repositories.classes, scope), scope),
    students: new StudentService(createStudentLoaders(repositories.students, scope), scope),
    teachers: new TeacherService(createTeacherLoaders(repositories.teachers, scope), scope),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
export type Services = ReturnType<typeof createServices>;
export type Context = SectorContext<Services>;
