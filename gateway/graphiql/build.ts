/**
 * Bundles the GraphiQL page into self-contained static files so that the hub
 * serves everything itself: no CDN is reachable from the networks it runs on.
 *
 *   tsx gateway/graphiql/build.ts [outDir]
 *
 * File names carry a content hash, so the handler can serve them with a
 * one-year immutable cache; manifest.json tells it which names are current.
 */
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { existsSync } from 'node:fs';
import { readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_ASSETS_DIR, GRAPHIQL_SOURCE_DIR, graphiqlSourceHash, MANIFEST_FILE, type GraphiqlManifest } from './paths.js';

/** Monaco worker entry points, keyed by the label Monaco asks for them by. */
const WORKER_ENTRIES = {
  editor: 'monaco-editor/esm/vs/editor/editor.worker.js',
  json: 'monaco-editor/esm/vs/language/json/json.worker.js',
  graphql: 'monaco-graphql/esm/graphql.worker.js',
} as const;

type WorkerLabel = keyof typeof WORKER_ENTRIES;

/**
 * Monaco's modules import their own CSS, but graphiql/style.css already holds
 * all of Monaco's CSS (with its codicon font inlined). Monaco is loaded
 * lazily, so esbuild would put those imports into stylesheets of the lazy
 * chunks that nothing ever links: half a megabyte of dead, duplicate files.
 */
const skipMonacoCss: Plugin = {
  name: 'skip-monaco-css',
  setup(b) {
    b.onResolve({ filter: /\.css$/ }, (args) =>
      /[\\/]monaco-editor[\\/]/.test(args.importer) ? { path: args.path, namespace: 'skipped-css' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'skipped-css' }, () => ({ contents: '', loader: 'css' }));
  },
};

const COMMON: BuildOptions = {
  absWorkingDir: GRAPHIQL_SOURCE_DIR,
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  // React, graphql and friends pick their development builds without this.
  define: { 'process.env.NODE_ENV': '"production"' },
  // Fonts and images referenced from CSS become files of our own.
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.eot': 'file', '.svg': 'file', '.png': 'file', '.gif': 'file' },
  assetNames: 'media/[name]-[hash]',
  chunkNames: 'chunks/[name]-[hash]',
  entryNames: '[name]-[hash]',
  metafile: true,
  write: true,
  logLevel: 'warning',
};

/** Output file (relative to outDir) that esbuild produced for each named entry point. */
function entryOutputs(metafile: Metafile, outDir: string): Map<string, { js: string; css?: string }> {
  const byEntry = new Map<string, { js: string; css?: string }>();
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (!output.entryPoint || !file.endsWith('.js')) continue;
    const rel = (path: string) => relative(outDir, resolve(GRAPHIQL_SOURCE_DIR, path)).split(sep).join('/');
    const name = rel(file).replace(/-[A-Z0-9]+\.js$/, '');
    byEntry.set(name, { js: rel(file), ...(output.cssBundle ? { css: rel(output.cssBundle) } : {}) });
  }
  return byEntry;
}

async function listFiles(dir: string): Promise<Record<string, number>> {
  const files: Record<string, number> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path).split(sep).join('/')] = (await stat(path)).size;
  }
  return files;
}

/**
 * Builds the page into `outDir` (default: gateway/graphiql/dist) and returns
 * its manifest. The build goes to a sibling folder first and replaces
 * `outDir` only when complete, so a running hub never sees half a build.
 */
export async function buildGraphiql(outDir: string = DEFAULT_ASSETS_DIR): Promise<GraphiqlManifest> {
  const target = resolve(outDir);
  const staging = `${target}.building-${process.pid}-${Date.now()}`;
  try {
    const workerResult = await build({
      ...COMMON,
      entryPoints: Object.fromEntries(Object.entries(WORKER_ENTRIES).map(([label, entry]) => [`${label}.worker`, entry])),
      outdir: staging,
    });
    const workerFiles = entryOutputs(workerResult.metafile!, staging);
    const workers = Object.fromEntries(
      (Object.keys(WORKER_ENTRIES) as WorkerLabel[]).map((label) => {
        const out = workerFiles.get(`${label}.worker`);
        if (!out) throw new Error(`GraphiQL build: esbuild produced no ${label} worker`);
        return [label, out.js];
      }),
    ) as Record<WorkerLabel, string>;

    const appResult = await build({
      ...COMMON,
      entryPoints: { app: join(GRAPHIQL_SOURCE_DIR, 'app.ts') },
      outdir: staging,
      // Lazily loaded parts (prettier, graphql-ws, Monaco's language modes)
      // become chunks fetched on demand instead of weighing on the first load.
      splitting: true,
      plugins: [skipMonacoCss],
      define: {
        ...COMMON.define,
        __GRAPHIQL_WORKERS__: JSON.stringify(Object.fromEntries(Object.entries(workers).map(([k, v]) => [k, `./${v}`]))),
      },
    });
    // The skipped Monaco CSS still leaves an empty stylesheet per lazy chunk.
    for (const [file, output] of Object.entries(appResult.metafile!.outputs)) {
      if (file.endsWith('.css') && output.bytes === 0) await rm(resolve(GRAPHIQL_SOURCE_DIR, file));
    }
    const app = entryOutputs(appResult.metafile!, staging).get('app');
    if (!app?.css) throw new Error('GraphiQL build: esbuild produced no app script with a stylesheet');

    const manifest: GraphiqlManifest = { script: app.js, stylesheet: app.css, workers, files: await listFiles(staging), sourceHash: graphiqlSourceHash() ?? undefined };
    await writeFile(join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    await rm(target, { recursive: true, force: true });
    try {
      await rename(staging, target);
    } catch (error) {
      // Another process building the same folder got there between our rm
      // and rename; its build is as good as ours.
      if (!existsSync(join(target, MANIFEST_FILE))) throw error;
      return JSON.parse(await readFile(join(target, MANIFEST_FILE), 'utf8')) as GraphiqlManifest;
    }
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const started = performance.now();
  const outDir = process.argv[2] ?? DEFAULT_ASSETS_DIR;
  const manifest = await buildGraphiql(outDir);
  const sizes = Object.values(manifest.files);
  const mb = (sizes.reduce((a, b) => a + b, 0) / 1024 / 1024).toFixed(1);
  const ms = Math.round(performance.now() - started);
  // eslint-disable-next-line no-console -- command-line report
  console.log(`GraphiQL: ${sizes.length} files, ${mb} MB in ${relative(process.cwd(), outDir) || '.'} (${ms} ms)`);
}
