/// <reference lib="dom" />
/**
 * Monaco starts its workers through `MonacoEnvironment.getWorker`. graphiql's
 * documented setup (`graphiql/setup-workers/esm.sh`) fetches them from a CDN,
 * which the hub's networks cannot reach, and without them there is no
 * autocomplete or validation. build.ts bundles the three workers next to the
 * app and hands their hashed file names in through `define`.
 *
 * app.ts imports this module first so the environment is in place before
 * graphiql (and with it Monaco) is evaluated.
 */

declare const __GRAPHIQL_WORKERS__: Record<'editor' | 'json' | 'graphql', string>;

interface WorkerEnvironment {
  getWorker(workerId: string, label: string): Worker;
}

function startWorker(file: string, label: string): Worker {
  // Relative to this bundle, not to the page, so the assets can be mounted
  // under any path; module workers because the workers are ESM bundles.
  return new Worker(new URL(file, import.meta.url), { type: 'module', name: label });
}

const environment: WorkerEnvironment = {
  getWorker(_workerId, label) {
    switch (label) {
      case 'json':
        return startWorker(__GRAPHIQL_WORKERS__.json, label);
      case 'graphql':
        return startWorker(__GRAPHIQL_WORKERS__.graphql, label);
      default:
        return startWorker(__GRAPHIQL_WORKERS__.editor, label);
    }
  },
};

(self as unknown as { MonacoEnvironment: WorkerEnvironment }).MonacoEnvironment = environment;
