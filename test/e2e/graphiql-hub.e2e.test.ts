/**
 * GraphiQL against the real hub, in Chromium: an auditor pastes the key, the schema loads (the
 * auditor may introspect) and the audit trail answers; a province key, which may not introspect,
 * still runs queries. Nothing is fetched from outside the machine.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUnits } from '../../subgraphs/admin-units/index.js';
import { createTestDatabase, type TestDatabase } from '../../subgraphs/kit/testing/test-database.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

async function typeQuery(page: Page, query: string): Promise<void> {
  await page.locator('.graphiql-query-editor .monaco-editor').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
  // Monaco closes brackets as they are typed: drop what it added after the cursor.
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Delete');
  // GraphiQL re-reads the operation name 100 ms after the last edit.
  await page.waitForTimeout(400);
}

const responseText = async (page: Page) => (await page.locator('.graphiql-response').textContent())?.replace(/\s+/g, ' ') ?? '';

describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('GraphiQL on the hub (Chromium)', () => {
  let database: TestDatabase;
  let hub: TestHub;
  let browser: Browser;

  beforeAll(async () => {
    database = await createTestDatabase('pglite', adminUnits);
    hub = await startTestHub([{ definition: adminUnits, db: database.db }]);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
    await database?.drop();
  });

  const open = async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
    const outside: string[] = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
      outside.push(url.href);
      return route.abort();
    });
    const page = await context.newPage();
    await page.goto(hub.gateway.url.replace('localhost', '127.0.0.1'));
    return { page, outside };
  };

  it("loads the schema with an auditor's key and queries the audit trail", async () => {
    const { page, outside } = await open();
    await page.locator('#ioc-hub-token').fill(hub.keys.auditor);
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    // The schema arrives once the key is in; on a loaded CI machine that can take a while.
    await page.locator('.graphiql-doc-explorer-type-name', { hasText: 'Query' }).first().click({ timeout: 60_000 });
    await page.locator('.graphiql-doc-explorer-field-name', { hasText: 'auditIntegrity' }).waitFor();
    await typeQuery(page, 'query Integrity { auditIntegrity { ok checked } }');
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => responseText(page), { timeout: 15_000 }).toContain('"ok": true');
    await page.screenshot({ path: '/tmp/graphiql-hub-auditor.png' });
    expect(outside).toEqual([]);
  }, 120_000);

  it('runs queries with a province key, which may not introspect, and refuses it the audit trail', async () => {
    const { page } = await open();
    await page.locator('#ioc-hub-token').fill(hub.keys.province);
    await typeQuery(page, 'query Province { unit(code: "51") { name } }');
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => responseText(page), { timeout: 15_000 }).toContain('"name": "Tỉnh Quảng Ngãi"');
    await typeQuery(page, 'query Integrity { auditIntegrity { ok } }');
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => responseText(page), { timeout: 15_000 }).toContain('FORBIDDEN');
  });
});
