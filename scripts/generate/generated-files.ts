import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph } from '../../schema/compose.js';
import type { AnySubgraphDefinition } from '../../subgraphs/kit/subgraph-definition.js';
import { DOCKER_COMPOSE, renderDockerCompose } from './docker-compose.js';
import { GRANTS, renderGrants } from './grants.js';
import { INDICATORS_DOC, renderIndicatorsDoc } from './indicators-doc.js';
import { renderDashboardQueries } from './dashboard-queries.js';
import { POSTGRES_INIT, renderPostgresInit } from './postgres-init.js';
import { README, renderReadme } from './readme-sectors.js';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface GeneratedFiles {
  /** Path (relative to the repository root) → the content the registry implies. */
  readonly files: ReadonlyMap<string, string>;
  /** Composition hints (inconsistent descriptions, …): reviewed, ideally none. */
  readonly hints: readonly string[];
}

/**
 * Every file derived from the registry, as the code implies it: subgraph SDL and supergraph, grants, the
 * indicators doc, the dashboard overview query, the compose file and database init script, and the
 * README's sector table. `npm run compose` writes them; `npm run check` and a test fail on drift.
 */
export async function generatedFiles(definitions: readonly AnySubgraphDefinition[]): Promise<GeneratedFiles> {
  const composed = await composeSupergraph(definitions);
  const files = new Map<string, string>();
  for (const [name, sdl] of composed.subgraphs) files.set(`schema/subgraphs/${name}.graphql`, sdl);
  files.set('schema/supergraph.graphql', composed.supergraph);
  files.set(GRANTS, renderGrants(definitions));
  files.set(INDICATORS_DOC, renderIndicatorsDoc(definitions));
  for (const [path, text] of renderDashboardQueries(definitions)) files.set(path, text);
  files.set(DOCKER_COMPOSE, renderDockerCompose(definitions));
  files.set(POSTGRES_INIT, renderPostgresInit(definitions));
  files.set(README, renderReadme(readFileSync(join(ROOT, README), 'utf8'), definitions));
  return { files, hints: composed.hints };
}
