import { parse, print, validate } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../lib/caller.js';
import { authorizationCacheKey, createAuthorizer } from './authorizer.js';
import { composeTestSupergraph } from './fixture.js';
import { buildAuthorizationPolicy, type AuthorizationPolicy, type SubgraphGrants } from './policy.js';
import type { AuthorizationCaller } from './types.js';
import { supergraphForPlanner } from './security-features.js';

const ROOT = join(import.meta.dirname, '..', '..');
const PROVINCE: AuthorizationCaller = { role: 'province', scopes: [], hasPurpose: false };

describe('authorization against the committed supergraph', () => {
  const supergraphSdl = readFileSync(join(ROOT, 'schema', 'supergraph.graphql'), 'utf8');
  const overview = readFileSync(join(ROOT, 'clients', 'queries', 'province-overview.graphql'), 'utf8');
  let everyone: SubgraphGrants;
  /** One sector of the supergraph, whichever comes first. */
  let sector: string;

  beforeAll(() => {
    const subgraphs = buildAuthorizationPolicy(supergraphSdl, {}).subgraphs;
    expect(subgraphs).toContain('admin-units');
    sector = subgraphs.find((name) => name !== 'admin-units' && name !== 'audit')!;
    everyone = Object.fromEntries(subgraphs.map((name) => [name, ROLES]));
  });

  it('leaves the province overview untouched for a province caller when every subgraph is granted', () => {
    const document = parse(overview);
    const result = buildAuthorizationPolicy(supergraphSdl, everyone).authorize(document, PROVINCE, 'ProvinceOverview');
    expect(result.document).toBe(document);
    expect(result.denied).toEqual([]);
  });

  it('prunes a sector the role is not granted from both spreads of the overview, leaving a valid operation', () => {
    const { [sector]: _withheld, ...withoutOne } = everyone;
    const result = buildAuthorizationPolicy(supergraphSdl, withoutOne).authorize(parse(overview), PROVINCE);
    // The sector's field on AdministrativeUnit, as the supergraph names it.
    const field = String(result.denied[0]?.path.at(-1)?.key);
    expect(result.denied.map((d) => [d.path.map((s) => s.key).join('.'), d.message])).toEqual([
      [`province.${field}`, `AdministrativeUnit.${field} is not granted to the province role.`],
      [`province.children.${field}`, `AdministrativeUnit.${field} is not granted to the province role.`],
    ]);
    const apiSchema = supergraphForPlanner(supergraphSdl).supergraph.apiSchema().toGraphQLJSSchema();
    const printed = print(result.document);
    expect(validate(apiSchema, parse(printed))).toEqual([]);
    expect(printed).not.toMatch(new RegExp(`\\b${field}\\b`));
    expect(printed).toContain('fragment Figures on IndicatorValue');
  });
});

describe('createAuthorizer', () => {
  let policy: AuthorizationPolicy;

  beforeAll(() => {
    policy = buildAuthorizationPolicy(composeTestSupergraph().supergraphSdl, { registry: ROLES, fleet: ROLES, audit: ROLES });
  });

  it('keys callers by everything authorization reads, whatever the order of their scopes', () => {
    const key = authorizationCacheKey({ role: 'local', scopes: ['pii:read', 'pii:sensitive'], hasPurpose: true });
    expect(authorizationCacheKey({ role: 'local', scopes: ['pii:sensitive', 'pii:read', 'pii:read'], hasPurpose: true })).toBe(key);
    expect(authorizationCacheKey({ role: 'local', scopes: ['pii:read', 'pii:sensitive'], hasPurpose: false })).not.toBe(key);
    expect(authorizationCacheKey({ role: 'province', scopes: ['pii:read', 'pii:sensitive'], hasPurpose: true })).not.toBe(key);
    expect(authorizationCacheKey({ role: 'local', scopes: ['pii:read'], hasPurpose: true })).not.toBe(key);
    expect(authorizationCacheKey({ role: 'local', scopes: ['pii:read', 'pii:sensitive'], hasPurpose: true, authenticated: false })).not.toBe(key);
  });

  it('remembers a result per document and caller, and gives back the request’s own document when nothing is denied', () => {
    const authorizer = createAuthorizer(policy, { maxEntries: 2 });
    const query = '{ dossiers { number applicantName } }';
    const first = authorizer.authorize('h1', parse(query), PROVINCE);
    expect(first.denied).toHaveLength(1);
    expect(authorizer.authorize('h1', parse(query), PROVINCE)).toBe(first);
    const allowed: AuthorizationCaller = { role: 'province', scopes: ['pii:read'], hasPurpose: true };
    const document = parse(query);
    expect(authorizer.authorize('h1', document, allowed).document).toBe(document);
    const again = parse(query);
    expect(authorizer.authorize('h1', again, allowed).document).toBe(again);
    // Bounded: a third key pushes the least recently used out.
    authorizer.authorize('h2', parse('{ dossiers { number } }'), PROVINCE);
    expect(authorizer.authorize('h1', parse(query), PROVINCE)).not.toBe(first);
  });
});
