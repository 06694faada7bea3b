import type { RequestHandler } from 'express';
import type { SubgraphEndpoint } from './config.js';

export interface ReadinessOptions {
  subgraphs: readonly SubgraphEndpoint[];
  /** How long one subgraph may take to answer the probe (default 2000 ms). */
  timeoutMs?: number;
  /** Headers of the GraphQL probe (the gateway's signed token), for a subgraph without `/ready`. */
  probeHeaders?: () => Promise<Record<string, string>>;
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

/** `GET /ready`: 200 when every subgraph answers, else 503 naming the ones that did not. */
export function readinessHandler({ subgraphs, timeoutMs = 2000, probeHeaders = async () => ({}) }: ReadinessOptions): RequestHandler {
  return async (_req, res) => {
    const results = await Promise.all(subgraphs.map(async (s) => [s.name, (await answers(s.url, timeoutMs, probeHeaders)) ? 'up' : 'down'] as const));
    const ready = results.every(([, state]) => state === 'up');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'degraded', subgraphs: Object.fromEntries(results) });
  };
}
