import type { RequestScope } from '../../kit/context/request-scope.js';
import { scopedPages } from '../../kit/graphql/scoped-page-loader.js';
import type { TeacherRepository } from './teacher.repository.js';

/** The per-request page loader of teachers, scoped to the caller's area. */
export function createTeacherLoaders(repository: TeacherRepository, scope: RequestScope) {
  return { pages: scopedPages(scope, repository) };
}

export type TeacherLoaders = ReturnType<typeof createTeacherLoaders>;
