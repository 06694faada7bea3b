import { PGlite } from '@electric-sql/pglite';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * An empty PGlite cluster, made once per data directory and copied for each embedded database:
 * creating a cluster (initdb, in WebAssembly) takes seconds of CPU, loading a copy a fraction of
 * that, which matters when every subgraph creates its database at the same first start.
 */
export const PGLITE_TEMPLATE_FILE = '.pglite-template.tar';

export const pgliteTemplatePath = (dataDir: string) => join(dataDir, PGLITE_TEMPLATE_FILE);

/** Makes the template in `dataDir` unless it is there; true when it made it. */
export async function ensurePgliteTemplate(dataDir: string): Promise<boolean> {
  const path = pgliteTemplatePath(dataDir);
  if (existsSync(path)) return false;
  await mkdir(dataDir, { recursive: true });
  const pglite = await PGlite.create();
  try {
    const dump = await pglite.dumpDataDir('none');
    const partial = `${path}.${process.pid}.tmp`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, path);
  } finally {
    await pglite.close();
  }
  return true;
}

/** The template of the data directory holding `databaseDir`, if one was made. */
export async function pgliteTemplateFor(databaseDir: string): Promise<Blob | undefined> {
  const path = pgliteTemplatePath(join(databaseDir, '..'));
  return existsSync(path) ? new Blob([await readFile(path)]) : undefined;
}
