import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project root is found by walking up to the nearest package.json rather
 * than by a fixed `../..`, so that these paths stay right both when the
 * sources run under tsx and when tsc has compiled them into another folder
 * (where a path relative to this file would point into the compiled tree,
 * which holds neither app.ts nor the built assets).
 */
function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`GraphiQL: no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/** Folder holding the browser sources (app.ts, workers.ts). */
export const GRAPHIQL_SOURCE_DIR = join(findProjectRoot(), 'gateway', 'graphiql');

/** Default output folder of the build, and default folder the handler serves. */
export const DEFAULT_ASSETS_DIR = join(GRAPHIQL_SOURCE_DIR, 'dist');

/** Written last by the build, so its presence means a complete build. */
export const MANIFEST_FILE = 'manifest.json';

/** URL path the built assets are served under. */
export const ASSETS_URL_PATH = '/graphiql/assets';

/** What build.ts writes to manifest.json and handler.ts reads back. */
export interface GraphiqlManifest {
  /** Entry script of the page, relative to the assets folder. */
  script: string;
  /** Stylesheet of the page, relative to the assets folder. */
  stylesheet: string;
  /** Monaco worker scripts by Monaco's worker label. */
  workers: Record<'editor' | 'json' | 'graphql', string>;
  /** Every file of the build, with its size in bytes. */
  files: Record<string, number>;
  /** SHA-256 of the browser sources the build was made from (`graphiqlSourceHash`). */
  sourceHash?: string;
}

/** The browser sources: a build made from others is stale. */
const SOURCE_FILE = /\.(ts|css)$/;

/**
 * SHA-256 over the browser sources (names and contents), or null where they are absent (a
 * production image ships the build only). A build whose manifest carries another hash is rebuilt.
 */
export function graphiqlSourceHash(): string | null {
  if (!existsSync(join(GRAPHIQL_SOURCE_DIR, 'app.ts'))) return null;
  const hash = createHash('sha256');
  for (const name of readdirSync(GRAPHIQL_SOURCE_DIR).filter((n) => SOURCE_FILE.test(n) && !n.endsWith('.d.ts') && !['handler.ts', 'paths.ts'].includes(n)).sort()) {
    hash.update(name).update('\0').update(readFileSync(join(GRAPHIQL_SOURCE_DIR, name))).update('\0');
  }
  return hash.digest('hex');
}
