import { execute, parse, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../lib/caller.js';
import { applyDenials } from './apply-denials.js';
import { composeTestSupergraph, type TestSupergraph } from './fixture.js';
import { buildAuthorizationPolicy, type AuthorizationPolicy } from './policy.js';
import { TYPENAME_ALIAS, type AuthorizationCaller, type Denial } from './types.js';

/**
 * The pruned operation is really executed (graphql-js over the test API schema and fixed data),
 * so the result applyDenials patches has exactly the shape the gateway would return: aliases, the
 * type names authorization added, lists of lists, objects of several types.
 */

const NO_PURPOSE: AuthorizationCaller = { role: 'province', scopes: ['pii:read', 'pii:sensitive'], hasPurpose: false };

const dossier = (id: string) => ({ __typename: 'Dossier', id, number: `HS-${id}`, applicantName: `Person ${id}`, applicantNationalId: `0${id}`, vessel: null });
const vessel = { __typename: 'Vessel', id: 'v1', label: 'QNg-90001', owner: 'Owner' };
const port = { __typename: 'Port', id: 'p1', label: 'Sa Kỳ', berths: 4 };
const classified = { __typename: 'Classified', id: 'c1', note: 'secret' };
const ROOT = {
  dossiers: [dossier('1'), dossier('2')],
  dossier: dossier('1'),
  batches: [[dossier('1'), dossier('2')], [], [dossier('3')]],
  search: [dossier('4'), classified, dossier('5')],
  classified,
  assets: [vessel, port, vessel],
  vessels: [vessel],
  auditTrail: [{ at: '2025-01-01', who: 'a' }],
  whoami: 'me',
};

let supergraph: TestSupergraph;
let policy: AuthorizationPolicy;

beforeAll(() => {
  supergraph = composeTestSupergraph();
  policy = buildAuthorizationPolicy(supergraph.supergraphSdl, { registry: ROLES, fleet: ROLES, audit: ROLES });
});

async function run(document: DocumentNode, rootValue: unknown = ROOT) {
  const result = await execute({ schema: supergraph.apiSchema, document, rootValue });
  expect(result.errors).toBeUndefined();
  return JSON.parse(JSON.stringify(result)) as { data: Record<string, unknown>; errors?: GraphQLFormattedError[] };
}

/** Executes the pruned operation and patches its result. */
async function answer(query: string, caller: AuthorizationCaller, rootValue?: unknown) {
  const { document, denied } = policy.authorize(parse(query), caller);
  const raw = await run(document, rootValue);
  const patched = applyDenials(raw, denied);
  return { raw, patched, denied };
}

const forbidden = (message: string, ...path: (string | number)[]) => ({ message, path, extensions: { code: 'FORBIDDEN' } });
const NAME = 'Dossier.applicantName requires a purpose declared in the X-Purpose header.';

function containsKey(value: unknown, key: string): boolean {
  if (Array.isArray(value)) return value.some((v) => containsKey(v, key));
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([k, v]) => k === key || containsKey(v, key));
}

describe('applyDenials', () => {
  it('puts null and one FORBIDDEN error at each concrete path, through aliases and nested lists', async () => {
    const { patched } = await answer('{ all: dossiers { number who: applicantName } batches { id applicantName } }', NO_PURPOSE);
    const withNull = (id: string) => ({ number: `HS-${id}`, who: null });
    expect(patched.data).toEqual({
      all: [withNull('1'), withNull('2')],
      batches: [[{ id: '1', applicantName: null }, { id: '2', applicantName: null }], [], [{ id: '3', applicantName: null }]],
    });
    expect(patched.errors).toEqual([
      forbidden(NAME, 'all', 0, 'who'),
      forbidden(NAME, 'all', 1, 'who'),
      forbidden(NAME, 'batches', 0, 0, 'applicantName'),
      forbidden(NAME, 'batches', 0, 1, 'applicantName'),
      forbidden(NAME, 'batches', 2, 0, 'applicantName'),
    ]);
  });

  it('nulls a field under a type condition only in objects of that type, and removes the type names it added', async () => {
    const { raw, patched } = await answer(
      `{ search(text: "x") { ...D ... on Classified { note } } dossiers { ...D }
         assets { label ... on Vessel { owner } ... on Port { berths } } }
       fragment D on Dossier { number applicantName }`,
      { ...NO_PURPOSE, scopes: ['pii:read', 'secret:read'] },
    );
    expect(containsKey(raw.data, TYPENAME_ALIAS)).toBe(true);
    expect(containsKey(patched.data, TYPENAME_ALIAS)).toBe(false);
    expect(patched.data).toEqual({
      search: [{ number: 'HS-4', applicantName: null }, { note: 'secret' }, { number: 'HS-5', applicantName: null }],
      dossiers: [
        { number: 'HS-1', applicantName: null },
        { number: 'HS-2', applicantName: null },
      ],
      assets: [{ label: 'QNg-90001', owner: null }, { label: 'Sa Kỳ', berths: 4 }, { label: 'QNg-90001', owner: null }],
    });
    const OWNER = 'Vessel.owner requires a purpose declared in the X-Purpose header.';
    expect(patched.errors).toEqual([
      forbidden(NAME, 'search', 0, 'applicantName'),
      forbidden(NAME, 'search', 2, 'applicantName'),
      forbidden(NAME, 'dossiers', 0, 'applicantName'),
      forbidden(NAME, 'dossiers', 1, 'applicantName'),
      forbidden(OWNER, 'assets', 0, 'owner'),
      forbidden(OWNER, 'assets', 2, 'owner'),
    ]);
  });

  it('follows a type condition above the denied field, and removes the type name it selected there', async () => {
    const rootValue = { ...ROOT, search: [{ ...dossier('4'), vessel }, classified, { ...dossier('5'), vessel: null }] };
    const { raw, patched } = await answer('{ search(text: "x") { ... on Dossier { vessel { label owner } } } }', NO_PURPOSE, rootValue);
    expect(raw.data).toEqual({ search: [{ [TYPENAME_ALIAS]: 'Dossier', vessel: { label: 'QNg-90001' } }, {}, { [TYPENAME_ALIAS]: 'Dossier', vessel: null }] });
    expect(patched.data).toEqual({ search: [{ vessel: { label: 'QNg-90001', owner: null } }, {}, { vessel: null }] });
    expect(patched.errors?.map((e) => e.path)).toEqual([['search', 0, 'vessel', 'owner']]);
  });

  it('tells types apart when a response key means different fields in different types', async () => {
    const { patched } = await answer('{ assets { ... on Vessel { x: owner } ... on Port { x: label } } }', NO_PURPOSE);
    expect(patched.data).toEqual({ assets: [{ x: null }, { x: 'Sa Kỳ' }, { x: null }] });
    expect(patched.errors?.map((e) => e.path)).toEqual([
      ['assets', 0, 'x'],
      ['assets', 2, 'x'],
    ]);
  });

  it('puts a whole denied root field back as null, the rest intact', async () => {
    const only = await answer('{ auditTrail { at } }', NO_PURPOSE);
    expect(only.patched).toEqual({ data: { auditTrail: null }, errors: [forbidden('Query.auditTrail requires the auditor role.', 'auditTrail')] });
    const mixed = await answer('{ auditTrail { at } whoami }', NO_PURPOSE);
    expect(mixed.patched.data).toEqual({ auditTrail: null, whoami: 'me' });
  });

  it('skips null parents and keeps the errors already there', async () => {
    const { document, denied } = policy.authorize(parse('{ dossier(id: "9") { applicantName } dossiers { vessel { owner } } }'), NO_PURPOSE);
    const raw = await run(document, { ...ROOT, dossier: null, dossiers: [dossier('1'), { ...dossier('2'), vessel }] });
    const earlier: GraphQLFormattedError = { message: 'Sector unavailable.', path: ['elsewhere'], extensions: { code: 'SUBGRAPH_UNAVAILABLE' } };
    const patched = applyDenials({ ...raw, errors: [earlier] }, denied);
    expect(patched.data).toEqual({ dossier: null, dossiers: [{ vessel: null }, { vessel: { owner: null } }] });
    expect(patched.errors).toEqual([earlier, forbidden('Vessel.owner requires a purpose declared in the X-Purpose header.', 'dossiers', 1, 'vessel', 'owner')]);
    expect(applyDenials({ data: null, errors: [earlier] }, denied)).toEqual({ data: null, errors: [earlier] });
  });

  it('never changes the result it is given', async () => {
    const { document, denied } = policy.authorize(parse('{ search(text: "x") { ... on Dossier { number applicantName } } dossiers { id } }'), NO_PURPOSE);
    const raw = deepFreeze(await run(document));
    const before = JSON.stringify(raw);
    const patched = applyDenials(raw, denied);
    expect(JSON.stringify(raw)).toBe(before);
    expect(patched.data?.dossiers).toBe(raw.data.dossiers); // untouched parts are shared, not copied
  });

  it('returns the result itself when nothing is denied', () => {
    const result = { data: { a: 1 } };
    expect(applyDenials(result, [] as Denial[])).toBe(result);
  });
});

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}
