/**
 * GraphiQL in a real browser, offline: the page, its scripts, styles and
 * Monaco workers must all come from the hub, and autocomplete (which runs in
 * the graphql worker) must work. Needs Debian's Chromium (apt-get install
 * chromium), or CHROMIUM_PATH pointing at another build.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphiqlHandler, ensureGraphiqlBuilt } from '../../gateway/graphiql/handler.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const SCREENSHOT = '/tmp/graphiql.png';

// Skipped only on a developer machine without Chromium; CI installs it, and there a missing
// browser fails the run instead of hiding the suite.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('GraphiQL at /graphql (Chromium, no outside network)', () => {
  let assetsDir: string;
  let apollo: ApolloServer;
  let http: Server;
  let origin: string;
  let browser: Browser;
  let page: Page;
  const authorizationSeen: (string | undefined)[] = [];
  const outsideRequests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    // A fresh folder, so the test exercises the build-on-demand path and
    // never runs against a stale bundle left in gateway/graphiql/dist.
    assetsDir = await mkdtemp(join(tmpdir(), 'graphiql-assets-'));
    await ensureGraphiqlBuilt(assetsDir);

    apollo = new ApolloServer({
      typeDefs: 'type Query { hello: String }',
      resolvers: { Query: { hello: () => 'world' } },
      plugins: [ApolloServerPluginLandingPageDisabled()],
    });
    await apollo.start();
    const app = express();
    app.use(createGraphiqlHandler({ endpoint: '/graphql', assetsDir }));
    app.use('/graphql', (req, _res, next) => {
      if (req.method === 'POST') authorizationSeen.push(req.headers.authorization);
      next();
    });
    app.use('/graphql', express.json(), expressMiddleware(apollo));
    http = await new Promise<Server>((ready) => {
      const server = app.listen(0, '127.0.0.1', () => ready(server));
    });
    origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
    // Anything not aimed at this machine is recorded and never sent.
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
      if (local || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
      outsideRequests.push(url.href);
      return route.abort();
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (http ? http.close(done) : done(undefined)));
    await apollo?.stop();
    if (assetsDir) await rm(assetsDir, { recursive: true, force: true });
  });

  it('leaves GraphQL GETs that do not ask for HTML to Apollo', async () => {
    const response = await fetch(`${origin}/graphql?query=${encodeURIComponent('{ hello }')}`, {
      headers: { Accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ data: { hello: 'world' } });

    const noAccept = await fetch(`${origin}/graphql`, { headers: { Accept: '*/*' } });
    expect(noAccept.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
  });

  it('serves the page with a strict CSP and hashed, long-cached assets', async () => {
    const response = await fetch(`${origin}/graphql`, { headers: { Accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self';");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toContain('<title>IOC Hub GraphiQL</title>');
    expect(html).not.toMatch(/(?:https?:)?\/\/[a-z0-9.-]+/i);

    const script = /<script type="module" src="([^"]+)"/.exec(html)?.[1];
    expect(script).toMatch(/^\/graphiql\/assets\/app-[A-Z0-9]+\.js$/);
    const asset = await fetch(`${origin}${script}`);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${origin}/graphiql/assets/manifest.json`)).status).toBe(404);
    expect((await fetch(`${origin}/graphiql/assets/nope.js`)).status).toBe(404);
  });

  it('runs a query, autocompletes from the schema and sends headers, all offline', async () => {
    const response = await page.goto(`${origin}/graphql`);
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);

    const queryEditor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await queryEditor.waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent?.includes('ProvinceWithDistricts'));

    // Headers typed into the headers editor must reach the server.
    await page.locator('.graphiql-editor-tools button[data-name="headers"]').click();
    await page.locator('.monaco-editor[data-uri$="-request-headers.json"]').click();
    await page.keyboard.insertText('{"Authorization": "Bearer e2e-token"}');

    await queryEditor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('{ hello }');
    // GraphiQL re-reads the operation name 100 ms after the last edit; a
    // faster click would still send the default query's operation name.
    await page.waitForTimeout(400);
    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(
      () => document.querySelector('.graphiql-response')?.textContent?.replace(/\s+/g, ' ').includes('"hello": "world"'),
      undefined,
      { timeout: 15_000 },
    );
    expect(authorizationSeen).toContain('Bearer e2e-token');
    await page.screenshot({ path: SCREENSHOT });

    // Completions come from the graphql worker: seeing a schema field proves
    // the locally served workers started.
    await queryEditor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('{ ');
    await page.keyboard.type('he');
    await page.keyboard.press('Control+Space');
    const suggestions = page.locator('.suggest-widget.visible');
    await suggestions.waitFor({ timeout: 15_000 });
    expect(await suggestions.textContent()).toContain('hello');
    await page.screenshot({ path: SCREENSHOT.replace('.png', '-autocomplete.png') });

    const workers = page.workers().map((worker) => worker.url());
    expect(workers.some((url) => /\/graphiql\/assets\/graphql\.worker-[A-Z0-9]+\.js$/.test(url))).toBe(true);
    expect(workers.every((url) => url.startsWith(origin))).toBe(true);
    expect(outsideRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
