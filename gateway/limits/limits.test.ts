import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getIntrospectionQuery, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../lib/caller.js';
import { ErrorCodes } from '../../lib/errors.js';
import { analyzeOperation, type OperationAnalysis } from './analyze-operation.js';
import { supergraphForPlanner } from '../authorization/security-features.js';
import {
  checkBatch,
  checkBodySize,
  checkOperation,
  DEFAULT_LIMITS,
  DEFAULT_LIMITS_CONFIG,
  LIMIT_HTTP_STATUS,
  limitError,
  limitsFor,
  rateLimitedError,
  type LimitsConfig,
} from './limits.js';

const root = join(import.meta.dirname, '..', '..');
const api = supergraphForPlanner(readFileSync(join(root, 'schema', 'supergraph.graphql'), 'utf8')).supergraph.apiSchema().toGraphQLJSSchema();
const measure = (source: string) => analyzeOperation(parse(source), { schema: api });

const fine: OperationAnalysis = {
  operations: 1,
  selected: true,
  depth: 3,
  aliases: 0,
  selections: 10,
  cost: 10,
  introspection: false,
  fragmentCycle: false,
  unknownFragment: false,
};

describe('limitsFor', () => {
  it('gives the documented defaults, and introspection and more depth to developers and auditors only', () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxDepth: 15,
      maxAliases: 50,
      maxSelections: 5_000,
      maxCost: 300_000,
      maxOperationsPerBatch: 5,
      maxBodyBytes: 262_144,
      introspection: false,
    });
    for (const role of ROLES) {
      expect(limitsFor(role)).toEqual(role === 'developer' || role === 'auditor' ? { ...DEFAULT_LIMITS, introspection: true, maxDepth: 20 } : DEFAULT_LIMITS);
    }
  });

  it("applies a role's overrides over the defaults, ignoring undefined values", () => {
    const config: LimitsConfig = { defaults: DEFAULT_LIMITS, roles: { local: { maxCost: 1_000, maxDepth: undefined } } };
    expect(limitsFor('local', config)).toEqual({ ...DEFAULT_LIMITS, maxCost: 1_000 });
    expect(limitsFor('province', config)).toEqual(DEFAULT_LIMITS);
    expect(limitsFor('developer', config).introspection).toBe(false);
    expect(DEFAULT_LIMITS_CONFIG.defaults).toBe(DEFAULT_LIMITS);
  });
});

describe('checkOperation', () => {
  const limits = { ...DEFAULT_LIMITS, maxDepth: 5, maxAliases: 2, maxSelections: 100, maxCost: 1_000, maxOperationsPerBatch: 2 };

  it('passes an operation at every limit exactly', () => {
    expect(checkOperation({ ...fine, operations: 2, depth: 5, aliases: 2, selections: 100, cost: 1_000 }, limits)).toBeNull();
  });

  it.each([
    ['QUERY_TOO_DEEP', { depth: 6 }, 6, 5, /depth.*is 6, over the limit of 5/],
    ['TOO_MANY_ALIASES', { aliases: 300 }, 300, 2, /aliased fields is 300, over the limit of 2/],
    ['TOO_MANY_SELECTIONS', { selections: 32_768 }, 32_768, 100, /field selections.*is 32,768, over the limit of 100/],
    ['QUERY_TOO_COSTLY', { cost: 114_088 }, 114_088, 1_000, /estimated cost.*is 114,088, over the limit of 1,000/],
    ['BATCH_TOO_LARGE', { operations: 3 }, 3, 2, /operations in the document is 3, over the limit of 2/],
  ] as const)('refuses with %s, naming the measured value and the limit', (code, change, measured, limit, message) => {
    const violation = checkOperation({ ...fine, ...change }, limits);
    expect(violation).toEqual({ code, message: expect.stringMatching(message), measured, limit });
    expect(ErrorCodes).toHaveProperty(code);
    expect(LIMIT_HTTP_STATUS[code]).toBe(400);
  });

  it('refuses introspection unless the limits allow it', () => {
    const introspection = { ...fine, introspection: true };
    expect(checkOperation(introspection, limits)).toMatchObject({ code: 'INTROSPECTION_FORBIDDEN', limit: null });
    expect(checkOperation(introspection, { ...limits, introspection: true })).toBeNull();
  });

  it('refuses a fragment cycle before anything else, since the other numbers mean nothing then', () => {
    expect(checkOperation({ ...fine, fragmentCycle: true, depth: 99, introspection: true }, limits)).toMatchObject({ code: 'FRAGMENT_CYCLE' });
  });

  it('checks body size and batch length', () => {
    expect(checkBodySize(262_144, DEFAULT_LIMITS)).toBeNull();
    expect(checkBodySize(262_145, DEFAULT_LIMITS)).toMatchObject({ code: 'REQUEST_TOO_LARGE', measured: 262_145, limit: 262_144 });
    expect(checkBatch(5, DEFAULT_LIMITS)).toBeNull();
    expect(checkBatch(6, DEFAULT_LIMITS)).toMatchObject({ code: 'BATCH_TOO_LARGE', measured: 6, limit: 5 });
    expect([LIMIT_HTTP_STATUS.REQUEST_TOO_LARGE, LIMIT_HTTP_STATUS.RATE_LIMITED]).toEqual([413, 429]);
  });

  it('turns a violation into a GraphQL error with its code, limit and measure', () => {
    const error = limitError(checkOperation({ ...fine, depth: 6 }, limits)!);
    expect(error.message).toMatch(/over the limit of 5/);
    expect(error.extensions).toEqual({ code: 'QUERY_TOO_DEEP', limit: 5, measured: 6 });
    expect(rateLimitedError(1_200).extensions).toEqual({ code: 'RATE_LIMITED', retryAfterMs: 1_200 });
    expect(rateLimitedError(1_200).message).toMatch(/retry in 2 s/);
    expect(rateLimitedError(Infinity).extensions).toEqual({ code: 'RATE_LIMITED', retryAfterMs: null });
  });
});

describe('the default limits against real operations', () => {
  const overviewSource = readFileSync(join(root, 'clients', 'queries', 'province-overview.graphql'), 'utf8');

  it('let the province overview through at half of every limit or less, for every role', () => {
    const overview = measure(overviewSource);
    for (const role of ROLES) {
      const limits = limitsFor(role);
      expect(checkOperation(overview, limits)).toBeNull();
      expect(overview.depth * 2).toBeLessThanOrEqual(limits.maxDepth);
      expect(overview.aliases * 2).toBeLessThanOrEqual(limits.maxAliases);
      expect(overview.selections * 2).toBeLessThanOrEqual(limits.maxSelections);
      expect(overview.cost * 2).toBeLessThanOrEqual(limits.maxCost);
      expect(Buffer.byteLength(JSON.stringify({ query: overviewSource })) * 2).toBeLessThanOrEqual(limits.maxBodyBytes);
    }
  });

  it("let a developer's GraphiQL introspect, and refuse introspection to the other roles", () => {
    // What GraphiQL 5 sends; its TypeRef fragment nests 15 levels.
    const introspection = measure(getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true }));
    expect(introspection).toMatchObject({ introspection: true, depth: 15 });
    expect(checkOperation(introspection, limitsFor('developer'))).toBeNull();
    expect(checkOperation(introspection, limitsFor('province'))).toMatchObject({ code: 'INTROSPECTION_FORBIDDEN' });
  });

  it('refuse the attack shapes', () => {
    const limits = limitsFor('province');
    const bomb = ['query Bomb { unit(code: "51") { ...F14 } }', 'fragment F0 on AdministrativeUnit { code name }'];
    for (let i = 1; i <= 14; i++) bomb.push(`fragment F${i} on AdministrativeUnit { ...F${i - 1} ...F${i - 1} }`);
    expect(checkOperation(measure(bomb.join('\n')), limits)).toMatchObject({ code: 'TOO_MANY_SELECTIONS', measured: 2 ** 15 + 1 });

    const aliases = `{ ${Array.from({ length: 300 }, (_, i) => `u${i}: unit(code: "${i}") { code }`).join(' ')} }`;
    expect(checkOperation(measure(aliases), limits)).toMatchObject({ code: 'TOO_MANY_ALIASES', measured: 300 });

    const deep = '{ unit(code: "51") { ' + 'parent { '.repeat(20) + 'code' + ' }'.repeat(20) + ' } }';
    expect(checkOperation(measure(deep), limits)).toMatchObject({ code: 'QUERY_TOO_DEEP', measured: 22 });

    // 500 units a page, each with its children's children: 500 × 50 × 50 × ….
    const costly = '{ units(first: 500) { nodes { children { children { code name } } } } }';
    expect(checkOperation(measure(costly), limits)).toMatchObject({ code: 'QUERY_TOO_COSTLY' });

    const cycle = '{ unit(code: "51") { ...A } } fragment A on AdministrativeUnit { parent { ...A } }';
    expect(checkOperation(measure(cycle), limits)).toMatchObject({ code: 'FRAGMENT_CYCLE' });
  });
});
