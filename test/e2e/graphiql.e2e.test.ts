/**
 * GraphiQL in a real browser, offline: the page, its scripts, styles and
 * Monaco workers must all come from the hub, and autocomplete (which runs in
 * the graphql worker) must work; against an endpoint that wants a token, the
 * credentials bar must get the schema loaded and send its headers. Needs
 * Debian's Chromium (apt-get install chromium), or CHROMIUM_PATH pointing at
 * another build.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { buildSchema, graphql } from 'graphql';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphiqlHandler, ensureGraphiqlBuilt } from '../../gateway/graphiql/handler.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const SCREENSHOT = '/tmp/graphiql.png';
const GOOD_TOKEN = 'good-token';

/** A page in its own browser context, recording what it asked for and what went wrong. */
interface TestPage {
  page: Page;
  context: BrowserContext;
  /** Every request the page made, allowed or not. */
  requests: string[];
  /** Requests aimed elsewhere than this machine: recorded, never sent. */
  outsideRequests: string[];
  consoleErrors: string[];
}

async function openPage(browser: Browser): Promise<TestPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  const opened: TestPage = { page: await context.newPage(), context, requests: [], outsideRequests: [], consoleErrors: [] };
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    opened.requests.push(url.href);
    const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
    if (local || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    opened.outsideRequests.push(url.href);
    return route.abort();
  });
  opened.page.on('console', (message) => {
    if (message.type() === 'error') opened.consoleErrors.push(message.text());
  });
  opened.page.on('pageerror', (error) => opened.consoleErrors.push(`uncaught: ${error.message}`));
  return opened;
}

async function listen(app: express.Express): Promise<{ http: Server; origin: string }> {
  const http = await new Promise<Server>((ready) => {
    const server = app.listen(0, '127.0.0.1', () => ready(server));
  });
  return { http, origin: `http://127.0.0.1:${(http.address() as AddressInfo).port}` };
}

/** Replaces the operation in GraphiQL's query editor. */
async function typeQuery(page: Page, query: string): Promise<void> {
  await page.locator('.graphiql-query-editor .monaco-editor').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
  // GraphiQL re-reads the operation name 100 ms after the last edit; a
  // faster run would still send the previous operation name.
  await page.waitForTimeout(400);
}

async function responseText(page: Page): Promise<string> {
  return (await page.locator('.graphiql-response').textContent())?.replace(/\s+/g, ' ') ?? '';
}

// Skipped only on a developer machine without Chromium; CI installs it, and there a missing
// browser fails the run instead of hiding the suite.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('GraphiQL at /graphql (Chromium, no outside network)', () => {
  let assetsDir: string;
  let apollo: ApolloServer;
  let http: Server;
  let origin: string;
  let browser: Browser;
  const authorizationSeen: (string | undefined)[] = [];
  // The stand-in for the hub with authentication: every POST it received.
  let guardedHttp: Server;
  let guardedOrigin: string;
  const guardedSeen: { operationName?: string; query: string; authorization?: string; purpose?: string }[] = [];

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
    ({ http, origin } = await listen(app));

    // As the hub will: no schema and no data without `Authorization: Bearer`.
    const schema = buildSchema('type Query { unit(code: String!): Unit }  type Unit { code: String!  name: String! }');
    const rootValue = { unit: ({ code }: { code: string }) => ({ code, name: code === '51' ? 'Quảng Ngãi' : 'unknown' }) };
    const guarded = express();
    guarded.use(createGraphiqlHandler({ endpoint: '/graphql', assetsDir }));
    guarded.post('/graphql', express.json(), async (req, res) => {
      const body = req.body as { query: string; operationName?: string; variables?: Record<string, unknown> };
      const purpose = req.headers['x-purpose'];
      guardedSeen.push({
        operationName: body.operationName ?? undefined,
        query: body.query,
        authorization: req.headers.authorization,
        purpose: typeof purpose === 'string' ? purpose : undefined,
      });
      if (req.headers.authorization !== `Bearer ${GOOD_TOKEN}`) {
        res.status(401).json({ errors: [{ message: 'A token is required', extensions: { code: 'UNAUTHENTICATED' } }] });
        return;
      }
      res.json(
        await graphql({ schema, rootValue, source: body.query, variableValues: body.variables, operationName: body.operationName }),
      );
    });
    ({ http: guardedHttp, origin: guardedOrigin } = await listen(guarded));

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
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (http ? http.close(done) : done(undefined)));
    await new Promise((done) => (guardedHttp ? guardedHttp.close(done) : done(undefined)));
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
    const { page, outsideRequests, consoleErrors } = await openPage(browser);
    const response = await page.goto(`${origin}/graphql`);
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);

    const queryEditor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await queryEditor.waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent?.includes('ProvinceWithDistricts'));

    // Headers typed into the headers editor must reach the server.
    await page.locator('.graphiql-editor-tools button[data-name="headers"]').click();
    await page.locator('.monaco-editor[data-uri$="-request-headers.json"]').click();
    await page.keyboard.insertText('{"Authorization": "Bearer e2e-token"}');

    await typeQuery(page, '{ hello }');
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

  it('asks for a token, then loads the schema and sends token and purpose with every request', async () => {
    const { page, requests, outsideRequests, consoleErrors } = await openPage(browser);
    await page.goto(`${guardedOrigin}/graphql`);
    const status = page.locator('.ioc-hub-auth-status');
    const tokenField = page.locator('#ioc-hub-token');

    // Without a token the bar says what to do, and GraphiQL's raw error stays out of sight.
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe('Paste an API key or token to load the schema');
    expect(await status.getAttribute('data-tone')).toBe('warning');
    expect(await tokenField.getAttribute('type')).toBe('password');
    expect(guardedSeen.some((r) => r.operationName === 'IntrospectionQuery' && r.authorization === undefined)).toBe(true);
    await page.locator('.graphiql-response .monaco-editor').waitFor();
    await page.waitForTimeout(200);
    expect(await responseText(page)).not.toContain('UNAUTHENTICATED');
    await page.screenshot({ path: SCREENSHOT.replace('.png', '-token-hint-page.png') });
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    await page.locator('.graphiql-container.ioc-hub-needs-token .graphiql-doc-explorer-error').waitFor();
    await page.locator('.ioc-hub-auth').screenshot({ path: SCREENSHOT.replace('.png', '-token-hint.png') });

    // Typed, not pasted: the schema is fetched once the token stops changing.
    await tokenField.pressSequentially(GOOD_TOKEN);
    await page.locator('#ioc-hub-purpose').pressSequentially('HS-2025-0123');
    await page.locator('.graphiql-doc-explorer-type-name', { hasText: 'Query' }).first().click({ timeout: 15_000 });
    await page.locator('.graphiql-doc-explorer-field-name', { hasText: 'unit' }).waitFor();
    expect(await status.textContent()).toBe('');
    expect(await page.locator('.graphiql-container.ioc-hub-needs-token').count()).toBe(0);
    expect(guardedSeen.some((r) => r.operationName === 'IntrospectionQuery' && r.authorization === `Bearer ${GOOD_TOKEN}`)).toBe(true);

    await typeQuery(page, '{ unit(code: "51") { code name } }');
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => responseText(page), { timeout: 15_000 }).toContain('"name": "Quảng Ngãi"');
    const run = guardedSeen.findLast((r) => r.query.includes('unit(code'));
    expect(run).toMatchObject({ authorization: `Bearer ${GOOD_TOKEN}`, purpose: 'HS-2025-0123' });
    await page.locator('.graphiql-doc-explorer').getByText('unit').first().waitFor();
    await page.screenshot({ path: SCREENSHOT.replace('.png', '-token.png') });
    await page.locator('.graphiql-session-header').screenshot({ path: SCREENSHOT.replace('.png', '-token-bar.png') });

    // Autocomplete works from the schema fetched with the token.
    await typeQuery(page, '{ ');
    await page.keyboard.type('un');
    await page.keyboard.press('Control+Space');
    await page.locator('.suggest-widget.visible', { hasText: 'unit' }).waitFor({ timeout: 15_000 });
    await page.keyboard.press('Escape');

    // A header typed into GraphiQL's headers pane wins over the bar's.
    await page.locator('.graphiql-editor-tools button[data-name="headers"]').click();
    await page.locator('.monaco-editor[data-uri$="-request-headers.json"]').click();
    await page.keyboard.insertText('{"x-purpose": "from-the-pane"}');
    await typeQuery(page, '{ unit(code: "52") { code } }');
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => responseText(page), { timeout: 15_000 }).toContain('"code": "52"');
    expect(guardedSeen.findLast((r) => r.query.includes('unit(code'))).toMatchObject({
      authorization: `Bearer ${GOOD_TOKEN}`,
      purpose: 'from-the-pane',
    });

    // The credentials stay with the tab only.
    const storage = await page.evaluate(() => ({ session: { ...sessionStorage }, local: { ...localStorage } }));
    expect(Object.values(storage.session)).toContain(GOOD_TOKEN);
    expect(Object.values(storage.session)).toContain('HS-2025-0123');
    expect(JSON.stringify(storage.local)).not.toContain(GOOD_TOKEN);

    // A reload keeps them, and the first schema request already carries the token.
    const before = guardedSeen.length;
    await page.reload();
    await expect.poll(() => tokenField.inputValue(), { timeout: 30_000 }).toBe(GOOD_TOKEN);
    await expect.poll(() => guardedSeen.slice(before).find((r) => r.operationName === 'IntrospectionQuery')).toMatchObject({
      authorization: `Bearer ${GOOD_TOKEN}`,
      purpose: 'HS-2025-0123',
    });
    await expect.poll(() => status.textContent()).toBe('');

    expect(outsideRequests).toEqual([]);
    expect(requests.every((url) => url.startsWith(`${guardedOrigin}/`) || /^(data|blob):/.test(url))).toBe(true);
    // Chromium logs each 401 answer as a failed resource; nothing else may appear.
    expect(consoleErrors.filter((text) => !text.includes('status of 401'))).toEqual([]);
  });
});
