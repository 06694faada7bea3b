import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The id of the request being served, for every log line written while serving it (the logger
 * reads it here), however deep in a library the line is written: a resolver failure in a subgraph,
 * a masked error in the gateway.
 */
const current = new AsyncLocalStorage<string>();

export const currentRequestId = (): string | undefined => current.getStore();

/** Runs `fn` (the rest of a request's pipeline) as the request `id`. */
export const withRequestId = <T>(id: string, fn: () => T): T => current.run(id, fn);
