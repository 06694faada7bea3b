import { educationMigrations } from '../../migrations/education/index.js';
import { defineSector } from '../kit/sector/define-sector.js';
import { SchoolClassResolver } from './classes/school-class.resolver.js';
import { SchoolClass } from './classes/school-class.type.js';
import { INDICATORS } from './indicators/indicators.js';
import { SchoolResolver } from './schools/school.resolver.js';
import { School } from './schools/school.type.js';
import { EducationResolver } from './sector/sector.resolver.js';
import { Education } from './sector/sector.type.js';
import { seedEducation } from './seed/education.seed.js';
import { StudentResolver } from './students/student.resolver.js';
import { Student } from './students/student.type.js';
import { Teacher } from './teachers/teacher.type.js';
import { createRepositories, createServices } from './wiring.js';

/**
 * The education subgraph: schools, classes, students and teachers from the education department's
 * school database, added to `AdministrativeUnit` as `education`. Every list and stock is read as of
 * a day, each record in the unit its school sat in that day.
 */
export const education = defineSector({
  name: 'education',
  defaultPort: 4006,
  type: Education,
  indicators: INDICATORS,
  measures: (repositories) => repositories.measures,
  resolvers: [EducationResolver, SchoolResolver, SchoolClassResolver, StudentResolver],
  orphanedTypes: [School, SchoolClass, Student, Teacher],
  records: [School, SchoolClass, Student, Teacher],
  entities: {
    School: (ref, ctx) => ctx.services.schools.byReference(ref.code),
  },
  migrations: educationMigrations,
  seed: seedEducation,
  createRepositories,
  createServices,
  deletedFlag: 'DAXOA',
  overview: { list: 'schools', arguments: 'first: $records', selection: 'nodes { code name level ownership }' },
  about: {
    mirrors: 'education department school database, mixed abbreviations (`TRUONG`, `MA_TRUONG`, `CAP_HOC`, `HOC_SINH_LOP`); a scaled sample (~330 schools, ~27,000 rows)',
    records: 'schools by level and ownership, classes, students with identity, teachers; lists read as of a day',
  },
});
