import http from 'node:http';

/** A closed-loop HTTP load: `connections` clients each sending the next request when one returns. */
export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

/**
 * The load generator shares the machine with the gateways it measures, so it is kept light: plain
 * `http.request` on kept-alive connections (Node's fetch costs several times more per request),
 * and an answer counts as an error when its status is not 200 or its body has an `"errors"` member
 * (the province overview has no field of that name), without parsing the whole body.
 */
export async function runLoad(url: string, body: string, connections: number, seconds: number, headers: Record<string, string> = {}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  const payload = Buffer.from(body);
  const send = () =>
    new Promise<boolean>((resolve) => {
      const req = http.request(
        target,
        { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': payload.length, ...headers } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve(res.statusCode === 200 && !Buffer.concat(chunks).includes('"errors":')));
          res.on('error', () => resolve(false));
        },
      );
      req.on('error', () => resolve(false));
      req.end(payload);
    });
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        if (!(await send())) errors++;
        latencies.push(performance.now() - t);
      }
    }),
  );
  agent.destroy();
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0);
  return { requests: latencies.length, errors, seconds: elapsed, rps: Math.round(latencies.length / elapsed), p50: pct(50), p95: pct(95), p99: pct(99) };
}
