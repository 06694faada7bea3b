import { hostileCases, sendHostile } from '../test/support/hostile-requests.js';

/** A process's resident memory in bytes, from its `/metrics`. */
export async function residentBytes(graphqlUrl: string): Promise<number> {
  const text = await (await fetch(new URL('/metrics', graphqlUrl))).text();
  const line = text.split('\n').find((l) => l.startsWith('ioc_hub_process_resident_memory_bytes'));
  return line ? Number(line.split(' ').at(-1)) : Number.NaN;
}

const MiB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;

/**
 * Sends every kind of hostile request `rounds` times, four at a time, then lets the gateway idle,
 * and reports its resident memory before, right after and after the idle (target: back within
 * 1.5× of the warm level) and how many answers were 5xx (target: 0).
 */
export async function abuseAndWatchMemory(graphqlUrl: string, headers: Record<string, string>, rounds = 2, idleSeconds = 20): Promise<void> {
  const warm = await residentBytes(graphqlUrl);
  const cases = Array.from({ length: rounds }, () => hostileCases()).flat();
  let serverErrors = 0;
  for (let i = 0; i < cases.length; i += 4) {
    const answers = await Promise.all(cases.slice(i, i + 4).map((c) => sendHostile(graphqlUrl, headers, c).catch(() => ({ status: 599, text: '' }))));
    serverErrors += answers.filter((a) => a.status >= 500).length;
  }
  const after = await residentBytes(graphqlUrl);
  await new Promise((resolve) => setTimeout(resolve, idleSeconds * 1000));
  const idle = await residentBytes(graphqlUrl);
  console.log(
    `IOC Hub after ${cases.length} hostile requests: ${serverErrors} answers 5xx (target 0); gateway RSS warm ${MiB(warm)}, ` +
      `right after ${MiB(after)}, after ${idleSeconds} s idle ${MiB(idle)} = ${(idle / warm).toFixed(2)}× warm (target ≤ 1.5×)`,
  );
}
