import type { RequestScope } from '../../kit/context/request-scope.js';
import { scopedPages } from '../../kit/graphql/scoped-page-loader.js';
import { rowLoader } from '../../kit/loaders.js';
import { perDay } from '../sector/as-of.js';
import type { StudentRepository } from './student.repository.js';

/** The per-request DataLoaders of students, all scoped to the caller's area. */
export function createStudentLoaders(repository: StudentRepository, scope: RequestScope) {
  const area = scope.records;
  return {
    identityOn: perDay((day) => rowLoader((ids: readonly number[]) => repository.identities(ids, day, area), (i) => i.enrolmentId)),
    pages: scopedPages(scope, repository),
  };
}

export type StudentLoaders = ReturnType<typeof createStudentLoaders>;
