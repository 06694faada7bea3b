import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HUB_SETTINGS, straySettings } from './settings.js';

describe('hub settings', () => {
  const subgraphs = ['admin-units', 'incidents', 'audit'];

  it('warns of a variable that looks like a setting but is none, with the one it meant', () => {
    const env = {
      ADMIN_UNIT_URL: 'http://x',
      RESPONSE_CACHE_ENTRY: '5',
      INCIDENTS_DATABASE_URI: 'postgres://',
      AUDIT_FAILOPEN: 'on',
      INCIDENTS_URL: 'http://ok',
      LOG_LEVEL: 'info',
      HOME: '/root',
      PATH: '/bin',
      NODE_ENV: 'production',
      npm_config_cache: '/x',
    };
    expect(straySettings(env, subgraphs)).toEqual([
      { name: 'ADMIN_UNIT_URL', meant: 'ADMIN_UNITS_URL' },
      { name: 'RESPONSE_CACHE_ENTRY', meant: 'RESPONSE_CACHE_ENTRIES' },
      { name: 'INCIDENTS_DATABASE_URI', meant: 'INCIDENTS_DATABASE_URL' },
      { name: 'AUDIT_FAILOPEN', meant: 'AUDIT_FAIL_OPEN' },
    ]);
  });

  it('names every setting the README documents, and the README every setting', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## Production'));
    const documented = new Set([...table.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]!));
    expect(HUB_SETTINGS.filter((s) => !documented.has(s))).toEqual([]);
  });
});
