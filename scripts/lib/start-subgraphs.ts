import { envPrefix } from '../../lib/env.js';
import { subgraphs } from '../../subgraphs/all.js';
import type { ProcessGroup } from './process-group.js';

export interface StartOptions {
  readonly portOffset?: number;
  readonly timeoutMs?: number;
  /**
   * Run embedded PostgreSQL's WebAssembly on V8's baseline compiler only (`--liftoff-only`): at a
   * first start every subgraph's PGlite would otherwise be recompiled by the optimizing tier in its
   * own process, on the same cores as the seeds (measured here: ready in 46 s instead of 56 s with
   * eight databases). Queries run on baseline code, which is fine for a demo; measurements use a
   * PostgreSQL server, where no WebAssembly runs.
   */
  readonly baselineWasm?: boolean;
}

/**
 * Starts every registered subgraph as a child of `group` on its default port plus `portOffset`, and
 * waits until each answers /health. Returns the `<SUBGRAPH>_URL` variables a gateway needs to reach
 * them (the committed supergraph already names the default ports).
 */
export async function startSubgraphs(group: ProcessGroup, { portOffset = 0, timeoutMs = 120_000, baselineWasm = false }: StartOptions = {}): Promise<Record<string, string>> {
  const urls: Record<string, string> = {};
  await Promise.all(
    subgraphs.map(async (s) => {
      const port = s.defaultPort + portOffset;
      // The sector's own variable wins over PORT, which a user may have set for the gateway.
      group.launch(s.name, 'subgraphs/main.ts', { [`${envPrefix(s.name)}_PORT`]: String(port) }, { args: [s.name], nodeFlags: baselineWasm ? ['--liftoff-only'] : [] });
      await group.waitForHealth(s.name, `http://127.0.0.1:${port}/health`, timeoutMs);
      urls[`${envPrefix(s.name)}_URL`] = `http://127.0.0.1:${port}/graphql`;
    }),
  );
  return urls;
}
