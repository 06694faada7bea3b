import { parse, print, validate, type DocumentNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../lib/caller.js';
import { composeTestSupergraph, type TestSupergraph } from './fixture.js';
import { buildAuthorizationPolicy, type AuthorizationPolicy, type SubgraphGrants } from './policy.js';
import { TYPENAME_ALIAS, type AuthorizationCaller, type AuthorizationResult } from './types.js';

const GRANTS: SubgraphGrants = { registry: ROLES, fleet: ['province', 'auditor'], audit: ROLES };

/** Sees everything the test supergraph has, but the auditor's root field. */
const FULL: AuthorizationCaller = { role: 'province', scopes: ['pii:read', 'pii:sensitive', 'secret:read'], hasPurpose: true };
const BARE: AuthorizationCaller = { role: 'province', scopes: [], hasPurpose: false };

let supergraph: TestSupergraph;
let policy: AuthorizationPolicy;

beforeAll(() => {
  supergraph = composeTestSupergraph();
  policy = buildAuthorizationPolicy(supergraph.supergraphSdl, GRANTS);
});

/** Authorizes and checks that what is left is still a valid operation of the API schema. */
function authorize(query: string, caller: AuthorizationCaller, operationName?: string): AuthorizationResult & { printed: string } {
  const document = parse(query);
  expect(validate(supergraph.apiSchema, document)).toEqual([]);
  const result = policy.authorize(document, caller, operationName);
  const printed = print(result.document);
  expect(validate(supergraph.apiSchema, parse(printed)).map((e) => e.message)).toEqual([]);
  return { ...result, printed };
}

const pathsOf = (result: AuthorizationResult) => result.denied.map((d) => d.path.map((s) => (s.types ? `${s.key}[${s.types.join('|')}]` : s.key)).join('.'));

const compact = (document: DocumentNode | string) => print(typeof document === 'string' ? parse(document) : document).replace(/\s+/g, ' ');

describe('authorize', () => {
  it('returns the very same document when nothing is denied', () => {
    const document = parse(`
      query All { dossiers { id number applicantName applicantNationalId vessel { label owner } }
        search(text: "x") { ... on Classified { note } ...D } assets { label ... on Vessel { owner } } whoami }
      fragment D on Dossier { number }`);
    const result = policy.authorize(document, FULL);
    expect(result.document).toBe(document);
    expect(result.denied).toEqual([]);
  });

  it('denies a field whose subgraph is not granted to the role, naming the role', () => {
    const { denied, printed } = authorize('{ dossier(id: "1") { number vessel { label } } }', { ...FULL, role: 'local' });
    expect(denied).toEqual([
      { path: [{ key: 'dossier', types: null }, { key: 'vessel', types: null }], coordinate: 'Dossier.vessel', reasons: ['ROLE'], message: 'Dossier.vessel is not granted to the local role.' },
    ]);
    expect(compact(printed)).toBe(compact('{ dossier(id: "1") { number } }'));
  });

  it('denies every field of a subgraph missing from the grants to every role', () => {
    const withoutFleet = buildAuthorizationPolicy(supergraph.supergraphSdl, { registry: ROLES, audit: ROLES });
    for (const role of ROLES) {
      const result = withoutFleet.authorize(parse('{ vessels { id } dossiers { number vessel { id } } }'), { ...FULL, role });
      expect(result.denied.map((d) => d.coordinate)).toEqual(['Query.vessels', 'Dossier.vessel']);
      expect(result.denied.every((d) => d.reasons.join() === 'ROLE')).toBe(true);
    }
  });

  it('grants a root field to a role through @requiresScopes(scopes: [["role:auditor"]])', () => {
    expect(authorize('{ auditTrail(first: 3) { at who } }', { ...BARE, role: 'auditor' }).denied).toEqual([]);
    const { denied, printed } = authorize('{ auditTrail(first: 3) { at who } }', BARE);
    expect(denied.map((d) => [d.coordinate, d.reasons, d.message])).toEqual([['Query.auditTrail', ['SCOPE'], 'Query.auditTrail requires the auditor role.']]);
    // The whole operation was denied: what is left asks only for the root's type name.
    expect(compact(printed)).toBe(compact(`{ ${TYPENAME_ALIAS}: __typename }`));
  });

  it('names the missing scopes, and only those', () => {
    const { denied } = authorize('{ dossiers { applicantName applicantNationalId } }', { ...FULL, scopes: ['pii:read'] });
    expect(denied.map((d) => [d.coordinate, d.reasons, d.message])).toEqual([
      ['Dossier.applicantNationalId', ['SCOPE'], 'Dossier.applicantNationalId requires the scope pii:sensitive.'],
    ]);
    const bare = authorize('{ dossiers { applicantNationalId } }', { ...BARE, hasPurpose: true });
    expect(bare.denied[0]?.message).toBe('Dossier.applicantNationalId requires the scopes pii:read and pii:sensitive.');
  });

  it('denies personal data without a declared purpose, even with every scope', () => {
    const { denied } = authorize('{ dossiers { number applicantName } }', { ...FULL, hasPurpose: false });
    expect(denied.map((d) => [d.coordinate, d.reasons, d.message])).toEqual([
      ['Dossier.applicantName', ['PURPOSE'], 'Dossier.applicantName requires a purpose declared in the X-Purpose header.'],
    ]);
    expect(authorize('{ dossiers { applicantName } }', BARE).denied[0]?.message).toBe(
      'Dossier.applicantName requires the scope pii:read and a purpose declared in the X-Purpose header.',
    );
  });

  it('honours @authenticated for a caller that is not', () => {
    expect(authorize('{ whoami }', BARE).denied).toEqual([]);
    const { denied } = authorize('{ whoami dossiers { number } }', { ...BARE, authenticated: false });
    expect(denied.map((d) => [d.coordinate, d.reasons, d.message])).toEqual([['Query.whoami', ['AUTHENTICATION'], 'Query.whoami requires an authenticated caller.']]);
  });

  it('applies a type-level @requiresScopes to the fields returning the type and to its own fields', () => {
    const { denied, printed } = authorize('{ classified { id } search(text: "x") { ... on Classified { id note } ... on Dossier { number } } }', BARE);
    expect(pathsOf({ document: parse(printed), denied })).toEqual(['classified', 'search.id[Classified]', 'search.note[Classified]']);
    expect(denied[0]?.message).toBe('Query.classified requires the scope secret:read.');
    expect(compact(printed)).toBe(compact(`{ search(text: "x") { ... on Classified { ${TYPENAME_ALIAS}: __typename } ... on Dossier { number } } }`));
  });

  it('follows aliases and fragments, pruning a fragment definition in place for all its spreads', () => {
    const { denied, printed } = authorize(
      `query Q { first: dossier(id: "1") { ...D } all: dossiers { ...D ref: id } }
       fragment D on Dossier { number name: applicantName }`,
      { ...FULL, hasPurpose: false },
    );
    expect(pathsOf({ document: parse(printed), denied })).toEqual(['first.name', 'all.name']);
    expect(compact(printed)).toBe(compact('query Q { first: dossier(id: "1") { ...D } all: dossiers { ...D ref: id } } fragment D on Dossier { number }'));
  });

  it('marks type conditions narrower than the parent, selecting the type name where the condition is', () => {
    const { denied, printed } = authorize(
      `{ search(text: "x") { ...D } dossiers { ...D } assets { id ... on Vessel { owner } ... on Port { berths } } }
       fragment D on Dossier { number applicantName }`,
      { ...FULL, hasPurpose: false },
    );
    expect(pathsOf({ document: parse(printed), denied })).toEqual(['search.applicantName[Dossier]', 'dossiers.applicantName', 'assets.owner[Vessel]']);
    expect(compact(printed)).toBe(
      compact(`{ search(text: "x") { ...D } dossiers { ...D } assets { id ... on Vessel { ${TYPENAME_ALIAS}: __typename } ... on Port { berths } } }
        fragment D on Dossier { number ${TYPENAME_ALIAS}: __typename }`),
    );
  });

  it('denies a skipped field anyway and drops the variables only it used', () => {
    const { denied, printed } = authorize(
      'query Q($id: ID!, $skip: Boolean!) { dossier(id: $id) { number applicantName @skip(if: $skip) } }',
      { ...FULL, hasPurpose: false },
    );
    expect(pathsOf({ document: parse(printed), denied })).toEqual(['dossier.applicantName']);
    expect(compact(printed)).toBe(compact('query Q($id: ID!) { dossier(id: $id) { number } }'));
  });

  it('keeps only the selected operation and the fragments it still uses', () => {
    const { printed } = authorize(
      `query A { vessels { ...V } } query B { dossiers { number } vessels { ...V } }
       fragment V on Vessel { label }`,
      { ...FULL, role: 'local' },
      'B',
    );
    expect(compact(printed)).toBe(compact('query B { dossiers { number } }'));
    // An operation that cannot be selected is left for graphql-js to refuse.
    const document = parse('query A { vessels { id } } query B { vessels { id } }');
    expect(policy.authorize(document, { ...FULL, role: 'local' })).toEqual({ document, denied: [] });
  });

  it('finds the personal-data directive under whatever name the supergraph links it', () => {
    const imported = `import: ["@personalData"])`;
    expect(supergraph.supergraphSdl).toContain(imported);
    const renamed = supergraph.supergraphSdl
      .replace(imported, `import: [{ name: "@personalData", as: "@pii" }])`)
      .replaceAll('@personalData(', '@pii(');
    const prefixed = supergraph.supergraphSdl.replace(`, ${imported}`, ')').replaceAll('@personalData(', '@_0personaldata__personalData(');
    for (const sdl of [renamed, prefixed]) {
      const result = buildAuthorizationPolicy(sdl, GRANTS).authorize(parse('{ dossiers { applicantName } }'), { ...FULL, hasPurpose: false });
      expect(result.denied.map((d) => d.reasons)).toEqual([['PURPOSE']]);
    }
    // And a name the supergraph does not link is not the directive.
    const unlinked = supergraph.supergraphSdl.replaceAll('@personalData(', '@other(');
    expect(buildAuthorizationPolicy(unlinked, GRANTS).authorize(parse('{ dossiers { applicantName } }'), { ...FULL, hasPurpose: false }).denied).toEqual([]);
  });

  it('removes a denied field even where no object type can meet the type conditions around it', () => {
    const { denied, document, printed } = authorize('{ search(text: "x") { ... on Dossier { ... on SearchResult { ... on Classified { note } } } } }', BARE);
    expect(denied).toEqual([]);
    expect(print(document)).not.toContain('note');
    expect(compact(printed)).toBe(compact(`{ search(text: "x") { ... on Dossier { ... on SearchResult { ... on Classified { ${TYPENAME_ALIAS}: __typename } } } } }`));
  });

  it('reads the requirements through nested lists and interfaces', () => {
    const { denied } = authorize('{ batches { number applicantNationalId } assets { label } }', { ...FULL, scopes: ['pii:read'] });
    expect(pathsOf({ document: parse('{a}'), denied })).toEqual(['batches.applicantNationalId']);
  });
});
