import type { RequestScope } from '../../kit/context/request-scope.js';
import { scopedPages } from '../../kit/graphql/scoped-page-loader.js';
import { rowLoader } from '../../kit/loaders.js';
import type { EpisodeRepository } from './episode.repository.js';
import type { IcdRepository } from './icd.repository.js';

/** The per-request DataLoaders of episodes (scoped to the caller's area) and of ICD-10 names. */
export function createEpisodeLoaders(repository: EpisodeRepository, icd: IcdRepository, scope: RequestScope) {
  const area = scope.records;
  return {
    byKey: rowLoader((keys: readonly string[]) => repository.byKeys(keys, area), (e) => e.episodeKey),
    clinical: rowLoader((keys: readonly string[]) => repository.clinicalOf(keys, area), (c) => c.episodeKey),
    icdName: rowLoader((codes: readonly string[]) => icd.byCodes(codes), (d) => d.code),
    pages: scopedPages(scope, repository),
  };
}

export type EpisodeLoaders = ReturnType<typeof createEpisodeLoaders>;
