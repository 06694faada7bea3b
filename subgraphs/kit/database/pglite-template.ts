import { PGlite } from '@electric-sql/pglite';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isRunning } from './lock-file.js';

/**
 * An empty PGlite cluster, made once per data directory and copied for each embedded database:
 * creating a cluster (initdb, in WebAssembly) takes seconds of CPU, copying its directory a fraction
 * of that (and less than loading a `dumpDataDir` tarball, which PGlite unpacks through its own file
 * system), which matters when every subgraph creates its database at the same first start.
 */
export const PGLITE_TEMPLATE_FILE = '.pglite-template';

export const pgliteTemplatePath = (dataDir: string) => join(dataDir, PGLITE_TEMPLATE_FILE);

/** Marks, while it is being made, that a template is coming: openers wait for it instead of making their own cluster. */
const makingPath = (path: string) => `${path}.making`;

/**
 * Makes the template in `dataDir` unless it is there; resolves true when it made it. The marker
 * that the template is coming is written before this returns its promise, so the processes started
 * meanwhile (the subgraphs, loading their code) wait for the template rather than each running
 * initdb on the same cores.
 */
export function ensurePgliteTemplate(dataDir: string): Promise<boolean> {
  const path = pgliteTemplatePath(dataDir);
  if (existsSync(path)) return Promise.resolve(false);
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(makingPath(path), String(process.pid));
  return (async () => {
    const partial = `${path}.${process.pid}.tmp`;
    try {
      rmSync(partial, { recursive: true, force: true });
      await (await PGlite.create(partial)).close();
      await rename(partial, path);
    } finally {
      rmSync(partial, { recursive: true, force: true });
      rmSync(makingPath(path), { force: true });
    }
    return true;
  })();
}

/**
 * The template directory of the data directory holding `databaseDir`, if one was made; while one is
 * being made by a running process, waits for it (up to a minute).
 */
export async function pgliteTemplateFor(databaseDir: string): Promise<string | undefined> {
  const path = pgliteTemplatePath(join(databaseDir, '..'));
  for (const deadline = Date.now() + 60_000; !existsSync(path) && Date.now() < deadline && beingMade(path); ) await sleep(100);
  return existsSync(path) ? path : undefined;
}

function beingMade(path: string): boolean {
  try {
    const pid = Number(readFileSync(makingPath(path), 'utf8'));
    return pid > 0 && isRunning(pid);
  } catch {
    return false;
  }
}
