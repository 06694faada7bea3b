import type { RequestHandler } from 'express';
import type { SubgraphEndpoint } from './config.js';

export interface ReadinessOptions {
  subgraphs: readonly SubgraphEndpoint[];
  /** How long one subgraph may take to answer the probe (default 2000 ms). */
  timeoutMs?: number;
  /** Headers of the GraphQL probe (the gateway's signed token), for a subgraph without `/ready`. */
  probeHeaders?: () => Promise<Record<string, string>>;
  /**
   * The subgraphs without which no request can be answered (the unit tree every query starts from;
   * the audit trail when it fails closed). Any of them down is `down`; any other is `degraded`.
   */
  essential?: readonly string[];
  /** Told what each probe found. */
  onProbe?: (name: string, up: boolean) => void;
}

/**
 * Whether one subgraph can answer. A kit subgraph's own `/ready` (next to its GraphQL path) also
 * pings its database, so it is asked first; a subgraph without one (404) is asked the smallest
 * GraphQL question there is instead.
 */
async function answers(url: string, timeoutMs: number, probeHeaders: () => Promise<Record<string, string>>): Promise<boolean> {
  try {
    const ready = await fetch(new URL('ready', url), { signal: AbortSignal.timeout(timeoutMs) });
    await ready.body?.cancel();
    if (ready.status !== 404) return ready.ok;
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await probeHeaders()) },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return res.ok && ((await res.json()) as { data?: unknown }).data !== undefined;
  } catch {
    return false;
  }
}

/**
 * `GET /ready`:
 * - `ready` (200): every subgraph answers;
 * - `degraded` (200): some sector is down, and the hub still answers the others (each answer names
 *   what is missing), so a load balancer keeps it in rotation;
 * - `down` (503): an essential subgraph is down, or every one is: no request can be answered.
 */
export function readinessHandler({ subgraphs, timeoutMs = 2000, probeHeaders = async () => ({}), essential = [], onProbe }: ReadinessOptions): RequestHandler {
  return async (_req, res) => {
    const results = await Promise.all(
      subgraphs.map(async (s) => {
        const up = await answers(s.url, timeoutMs, probeHeaders);
        onProbe?.(s.name, up);
        return [s.name, up ? 'up' : 'down'] as const;
      }),
    );
    const down = results.filter(([, state]) => state === 'down').map(([name]) => name);
    const status = down.length === 0 ? 'ready' : down.length === results.length || down.some((name) => essential.includes(name)) ? 'down' : 'degraded';
    res.status(status === 'down' ? 503 : 200).json({ status, subgraphs: Object.fromEntries(results) });
  };
}
