import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports process CPU time in clock ticks of 1/100 s (USER_HZ). */
const MS_PER_TICK = 10;

/** User + system CPU time of a process so far, in ms, from /proc (Linux); 0 once it is gone. */
function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state is field 3; utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return 0;
  }
}

/** Every PostgreSQL server process on this machine (postmaster, backends, background workers). */
function postgresPids(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
      } catch {
        return false;
      }
    });
}

export type CpuSnapshot = ReadonlyMap<string, number>;

/**
 * The CPU the named processes (and, with `postgres`, the machine's PostgreSQL server, whose
 * backends come and go) spend between two snapshots: what one request costs across the hub.
 */
export function cpuSnapshot(processes: ReadonlyMap<string, number>, postgres: boolean): CpuSnapshot {
  const snapshot = new Map<string, number>();
  for (const [name, pid] of processes) snapshot.set(name, cpuMsOf(pid));
  if (postgres) snapshot.set('PostgreSQL', postgresPids().reduce((sum, pid) => sum + cpuMsOf(pid), 0));
  return snapshot;
}

/** "gateway 4.1 ms, admin-units 2.0 ms, …, total 9.3 ms" per request between two snapshots. */
export function describeCpuPerRequest(before: CpuSnapshot, after: CpuSnapshot, requests: number): string {
  const parts = [...after].map(([name, ms]) => [name, (ms - (before.get(name) ?? 0)) / Math.max(1, requests)] as const);
  const total = parts.reduce((sum, [, ms]) => sum + ms, 0);
  return `${parts.map(([name, ms]) => `${name} ${ms.toFixed(1)} ms`).join(', ')}; total ${total.toFixed(1)} ms`;
}
