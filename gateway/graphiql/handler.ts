/**
 * Serves GraphiQL to browsers at the GraphQL endpoint itself, with every
 * script, stylesheet, font and Monaco worker coming from the hub: the
 * networks the hub runs on reach no CDN.
 */
import express, { type Router } from 'express';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ASSETS_URL_PATH, DEFAULT_ASSETS_DIR, graphiqlSourceHash, MANIFEST_FILE, type GraphiqlManifest } from './paths.js';

export { ASSETS_URL_PATH } from './paths.js';

export interface GraphiqlHandlerOptions {
  /**
   * URL path of the GraphQL endpoint, e.g. `/graphql`. Required. Browsers
   * navigating to this path get the page, and the page sends its operations
   * to it. Must be a same-origin path: the page's CSP allows no other origin.
   */
  endpoint: string;
  /**
   * Folder holding the output of build.ts. Default: `gateway/graphiql/dist`
   * in the project. If it holds no build, the first call builds it (once per
   * process), which needs esbuild, a dev dependency; without it the page
   * answers 500 saying how to build the assets.
   */
  assetsDir?: string;
}

const building = new Map<string, Promise<GraphiqlManifest>>();

async function readManifest(assetsDir: string): Promise<GraphiqlManifest> {
  return JSON.parse(await readFile(join(assetsDir, MANIFEST_FILE), 'utf8')) as GraphiqlManifest;
}

async function buildOrExplain(assetsDir: string): Promise<GraphiqlManifest> {
  if (existsSync(join(assetsDir, MANIFEST_FILE))) {
    const manifest = await readManifest(assetsDir);
    // Rebuilt when the sources changed since (a pulled change); kept where there are no sources.
    const sources = graphiqlSourceHash();
    if (sources === null || manifest.sourceHash === sources) return manifest;
  }
  let buildGraphiql: (outDir?: string) => Promise<GraphiqlManifest>;
  try {
    // Loaded only when needed: esbuild is a dev dependency and may be absent in production.
    ({ buildGraphiql } = await import('./build.js'));
  } catch (cause) {
    throw new Error(
      `GraphiQL assets are missing from ${assetsDir} and cannot be built here; ` +
        'run "npx tsx gateway/graphiql/build.ts" (part of "npm run build") where dev dependencies are installed',
      { cause },
    );
  }
  try {
    return await buildGraphiql(assetsDir);
  } catch (cause) {
    throw new Error(`GraphiQL assets are missing from ${assetsDir} and building them failed`, { cause });
  }
}

/**
 * Resolves once `assetsDir` (default `gateway/graphiql/dist`) holds a
 * complete build, building it first if needed. Memoised per folder, failures
 * included, so a broken build is attempted once rather than per request.
 * Await it at startup to fail fast instead of on the first page view.
 */
export function ensureGraphiqlBuilt(assetsDir: string = DEFAULT_ASSETS_DIR): Promise<GraphiqlManifest> {
  const dir = resolve(assetsDir);
  let pending = building.get(dir);
  if (!pending) {
    pending = buildOrExplain(dir);
    building.set(dir, pending);
  }
  return pending;
}

// The page carries no inline script at all (the endpoint travels in a data
// attribute), so script-src needs neither a nonce nor 'unsafe-inline'.
// Styles do need 'unsafe-inline': Monaco colours tokens through <style>
// elements it writes at run time, and a nonce would disable 'unsafe-inline'.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function renderPage(endpoint: string, manifest: GraphiqlManifest): string {
  const asset = (file: string) => escapeHtml(`${ASSETS_URL_PATH}/${file}`);
  // rel="icon" href="data:," stops the browser asking for /favicon.ico.
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>IOC Hub GraphiQL</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${asset(manifest.stylesheet)}">
<script type="module" src="${asset(manifest.script)}"></script>
<style>html, body { margin: 0; height: 100%; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql" data-endpoint="${escapeHtml(endpoint)}"><noscript>GraphiQL needs JavaScript.</noscript></div>
</body>
</html>
`;
}

/**
 * Router to mount in front of the GraphQL middleware (Apollo). It answers
 * `GET <endpoint>` with the GraphiQL page when the client prefers HTML and
 * passes every other request on, so GraphQL GETs still reach Apollo; it also
 * serves the built assets under `/graphiql/assets/`.
 */
export function createGraphiqlHandler(options: GraphiqlHandlerOptions): Router {
  const { endpoint } = options;
  if (!endpoint.startsWith('/')) throw new Error(`GraphiQL endpoint must be a path such as /graphql, got ${endpoint}`);
  const assetsDir = resolve(options.assetsDir ?? DEFAULT_ASSETS_DIR);
  // Build at startup rather than on the first page view; the rejection, if
  // any, is reported by the page handler.
  ensureGraphiqlBuilt(assetsDir).catch(() => undefined);

  const router = express.Router();

  router.get(endpoint, async (req, res, next) => {
    if (req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) !== 'text/html') {
      next();
      return;
    }
    let manifest: GraphiqlManifest;
    try {
      await ensureGraphiqlBuilt(assetsDir);
      // Read again on each view (it is tiny) so a rebuild needs no restart.
      manifest = await readManifest(assetsDir);
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      res.status(500).type('text/plain').send(`${error instanceof Error ? error.message : String(error)}${cause}\n`);
      return;
    }
    res
      .set({
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'no-referrer',
        Vary: 'Accept',
      })
      .type('html')
      .send(renderPage(endpoint, manifest));
  });

  // The manifest is bookkeeping for this handler, and not immutable.
  router.get(`${ASSETS_URL_PATH}/${MANIFEST_FILE}`, (_req, res) => {
    res.status(404).end();
  });
  router.use(
    ASSETS_URL_PATH,
    express.static(assetsDir, {
      index: false,
      redirect: false,
      dotfiles: 'ignore',
      // Every name carries a content hash, so a cached copy is never stale.
      immutable: true,
      maxAge: '365d',
      setHeaders(res, path) {
        res.setHeader('X-Content-Type-Options', 'nosniff');
        // Module scripts and module workers are refused under any other type.
        if (path.endsWith('.js')) res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
      },
    }),
    (_req, res) => {
      res.status(404).type('text/plain').send('Not found\n');
    },
  );
  return router;
}
