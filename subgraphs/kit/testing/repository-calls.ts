import { SectorRepository } from '../database/sector-repository.js';
import type { AnySubgraphDefinition } from '../subgraph-definition.js';

/** One call a resolver made on a repository: where the repository sits, the method and its arguments. */
export interface RepositoryCall {
  readonly path: string;
  readonly method: string;
  readonly args: readonly unknown[];
}

/** Every `SectorRepository` in the object tree `createRepositories` returned, with its path. */
export function repositoriesIn(tree: unknown, path = ''): Array<{ path: string; repository: SectorRepository }> {
  if (tree instanceof SectorRepository) return [{ path, repository: tree }];
  if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) return [];
  return Object.entries(tree).flatMap(([key, value]) => repositoriesIn(value, path ? `${path}.${key}` : key));
}

function wrap(tree: unknown, path: string, calls: RepositoryCall[]): unknown {
  if (tree instanceof SectorRepository) {
    return new Proxy(tree, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== 'function' || typeof property !== 'string' || property === 'constructor') return value;
        return (...args: unknown[]) => {
          calls.push({ path, method: property, args });
          // On the target itself: a repository's own helper calls are not calls of a resolver.
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  }
  if (tree === null || typeof tree !== 'object' || Array.isArray(tree) || Object.getPrototypeOf(tree) !== Object.prototype) return tree;
  // In place: closures built over the tree (the kit's measure cache) see the recorders too.
  const node = tree as Record<string, unknown>;
  for (const [key, value] of Object.entries(node)) node[key] = wrap(value, path ? `${path}.${key}` : key, calls);
  return node;
}

/** The same subgraph, with every repository call it makes recorded into `calls`. */
export function recordingRepositoryCalls(definition: AnySubgraphDefinition, calls: RepositoryCall[]): AnySubgraphDefinition {
  return { ...definition, createRepositories: (db, options) => wrap(definition.createRepositories(db, options), '', calls) };
}

/** Makes the same calls on another tree of repositories (e.g. over a SQL Server that records statements). */
export async function replayRepositoryCalls(calls: readonly RepositoryCall[], tree: unknown): Promise<void> {
  const byPath = new Map(repositoriesIn(tree).map((r) => [r.path, r.repository]));
  for (const call of calls) {
    const repository = byPath.get(call.path) as unknown as Record<string, (...args: unknown[]) => unknown> | undefined;
    if (!repository) throw new Error(`no repository at ${call.path}`);
    await repository[call.method]!(...call.args);
  }
}
