import { AsyncLocalStorage } from 'node:async_hooks';
import { hubError } from '../../../lib/errors.js';
import type { Database } from './database.js';

/**
 * SQL that stops when its request is given up. The gateway cancels its subgraph fetches when it
 * gives up on a request (execution timeout, client gone); the subgraph then sees its HTTP request
 * closed and aborts the request's signal. Every statement the request issues after that fails at
 * once, before reaching the database, and on PostgreSQL a statement still running is cancelled
 * there (`pg_cancel_backend`), so an abandoned alias bomb does not keep a department's database
 * busy. The signal travels with the request's asynchronous work (AsyncLocalStorage), so no
 * repository has to pass it along.
 */

const requestSignal = new AsyncLocalStorage<AbortSignal>();
const followed = new WeakSet<object>();

/** Runs `fn` (and everything it starts) as the work of the request `signal` belongs to. */
export const runWithSignal = <T>(signal: AbortSignal, fn: () => T): T => requestSignal.run(signal, fn);

const abandoned = () => hubError('EXECUTION_TIMEOUT', 'The gateway gave up on this request; its statements were cancelled');

interface KnexClient {
  query(connection: unknown, query: unknown): Promise<unknown>;
  cancelQuery?(connection: unknown): Promise<unknown>;
}

/** Makes the database's statements follow the request that issues them (once per database). */
export function cancelWithRequests(db: Database): void {
  const client = db.knex.client as KnexClient;
  if (followed.has(client)) return;
  followed.add(client);
  const run = client.query.bind(client);
  // PGlite runs a statement in-process and cannot be interrupted; SQL Server's driver has no cancel in knex.
  const cancel = db.kind === 'postgres' ? client.cancelQuery?.bind(client) : undefined;
  client.query = (connection, query) => {
    const signal = requestSignal.getStore();
    if (!signal) return run(connection, query);
    if (signal.aborted) return Promise.reject(abandoned());
    if (!cancel) return run(connection, query);
    const onAbort = () => void cancel(connection).catch(() => {});
    signal.addEventListener('abort', onAbort, { once: true });
    return run(connection, query).then(
      (result) => {
        signal.removeEventListener('abort', onAbort);
        return result;
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        throw signal.aborted ? abandoned() : error;
      },
    );
  };
}
