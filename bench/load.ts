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

export async function runLoad(url: string, body: string, connections: number, seconds: number, headers: Record<string, string> = {}): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        try {
          const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
          const json = (await res.json()) as { errors?: unknown[] };
          if (!res.ok || json.errors) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0);
  return { requests: latencies.length, errors, seconds: elapsed, rps: Math.round(latencies.length / elapsed), p50: pct(50), p95: pct(95), p99: pct(99) };
}
