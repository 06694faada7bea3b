import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, OperationTypeNode, parse, type DocumentNode, type FieldNode, type SelectionSetNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { analyzeOperation, type AnalyzeOptions } from './analyze-operation.js';
import { supergraphForPlanner } from '../authorization/security-features.js';

const root = join(import.meta.dirname, '..', '..');
const analyze = (source: string, options?: AnalyzeOptions) => analyzeOperation(parse(source), options);

/** Fastest of a few runs, so that a busy machine does not fail a timing by one slow run. */
function fastestMs(run: () => void, times = 5): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** `fragment F0 { a b }`, `F1 { ...F0 ...F0 }` … `F<n>`, spread once by the operation. */
function fragmentBomb(doublings: number, operation = 'query Bomb { ...F@ }'): string {
  const lines = [operation.replace('@', String(doublings)), 'fragment F0 on Query { a b }'];
  for (let i = 1; i <= doublings; i++) lines.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
  return lines.join('\n');
}

/** A document nested `levels` deep, built as a tree: graphql's recursive `parse` overflows first. */
function nestedDocument(levels: number): DocumentNode {
  let selectionSet: SelectionSetNode | undefined;
  for (let i = 0; i < levels; i++) {
    const field: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: i === 0 ? 'leaf' : 'a' }, selectionSet };
    selectionSet = { kind: Kind.SELECTION_SET, selections: [field] };
  }
  return { kind: Kind.DOCUMENT, definitions: [{ kind: Kind.OPERATION_DEFINITION, operation: OperationTypeNode.QUERY, selectionSet: selectionSet! }] };
}

describe('analyzeOperation: counts', () => {
  it('measures depth, selections and aliases of a plain operation', () => {
    expect(analyze('{ a { b c { d } } e }')).toEqual({
      operations: 1,
      selected: true,
      depth: 3,
      aliases: 0,
      selections: 5,
      cost: 5,
      introspection: false,
      fragmentCycle: false,
      unknownFragment: false,
    });
  });

  it('counts __typename as a selection but not as a level of depth', () => {
    expect(analyze('{ __typename a { __typename } }')).toMatchObject({ depth: 1, selections: 3 });
    expect(analyze('{ __typename }')).toMatchObject({ depth: 0, selections: 1 });
  });

  it('counts every aliased field, nested ones included', () => {
    expect(analyze('{ x: a y: a { z: b w } }')).toMatchObject({ aliases: 3, selections: 4 });
  });

  it('counts fragments and inline fragments as if expanded, at the depth where they are spread', () => {
    // F = 2 fields; root: F (2) + a (1) + F inside a (2) + inline fragment (1) = 6.
    const result = analyze('query { ...F a { ...F } ... on Query { c } } fragment F on Query { b { c } }');
    expect(result).toMatchObject({ selections: 6, depth: 3 });
  });

  it('measures only the selected operation and the fragments it uses', () => {
    const source = `
      query Small { a }
      query Big { a { b { c { d } } } x: e }
      fragment Unused on Query { ...Unused }`;
    expect(analyze(source, { operationName: 'Small' })).toMatchObject({ operations: 2, selected: true, depth: 1, selections: 1, fragmentCycle: false });
    expect(analyze(source, { operationName: 'Big' })).toMatchObject({ selected: true, depth: 4, selections: 5, aliases: 1 });
  });

  it('selects nothing, and counts nothing, when the operation to run is not clear', () => {
    const source = 'query A { a } query B { b { c } }';
    expect(analyze(source)).toMatchObject({ operations: 2, selected: false, depth: 0, selections: 0, cost: 0 });
    expect(analyze(source, { operationName: 'C' })).toMatchObject({ selected: false, selections: 0 });
  });

  it('flags introspection of __schema and __type, also inside fragments, but not __typename', () => {
    expect(analyze('{ __schema { types { name } } }').introspection).toBe(true);
    expect(analyze('{ __type(name: "Query") { name } }').introspection).toBe(true);
    expect(analyze('{ ...I } fragment I on Query { __schema { queryType { name } } }').introspection).toBe(true);
    expect(analyze('{ __typename a { __typename } }').introspection).toBe(false);
  });

  it('flags fragment cycles, direct, indirect and through a field', () => {
    expect(analyze('{ ...A } fragment A on Query { ...A }').fragmentCycle).toBe(true);
    expect(analyze('{ ...A } fragment A on Query { b ...B } fragment B on Query { ...C } fragment C on Query { ...A }').fragmentCycle).toBe(true);
    expect(analyze('{ ...A } fragment A on Query { a { ...A } }').fragmentCycle).toBe(true);
    // A fragment spread twice is not a cycle.
    expect(analyze('{ ...A ...B } fragment A on Query { ...B } fragment B on Query { b }').fragmentCycle).toBe(false);
  });

  it('flags a spread of an undefined fragment', () => {
    expect(analyze('{ a ...Missing }')).toMatchObject({ unknownFragment: true, selections: 1 });
  });
});

describe('analyzeOperation: cost with a schema', () => {
  const schema = buildSchema(`
    type Query {
      items(first: Int, last: Int): [Item!]!
      item(id: ID!): Item
      things: [Item!]!
      page(first: Int): ItemConnection!
      search: SearchResult
      node: Node
    }
    interface Node { id: ID! children: [Item!]! }
    type Item implements Node { id: ID! name: String tags: [String!]! children: [Item!]! related(limit: Int): [Item!]! }
    type ItemConnection { total: Int! nodes: [Item!]! edges: [ItemEdge!]! }
    type ItemEdge { cursor: String! node: Item! }
    type Other { items: [Item!]! }
    union SearchResult = Item | Other
  `);
  const cost = (source: string, options: AnalyzeOptions = {}) => analyze(source, { schema, ...options }).cost;

  it('multiplies what is below a list by its first, last or limit argument', () => {
    expect(cost('{ items(first: 10) { id name } }')).toBe(1 + 10 * 2);
    expect(cost('{ items(last: 2) { id } }')).toBe(1 + 2);
    expect(cost('{ item(id: "1") { related(limit: 3) { id } } }')).toBe(1 + 1 + 3);
    expect(cost('{ items(first: 10) { children { id } } }')).toBe(1 + 10 * (1 + 50 * 1));
  });

  it('takes the default list size without an argument, and caps every size', () => {
    expect(cost('{ things { id } }')).toBe(1 + 50);
    expect(cost('{ things { id } }', { defaultListSize: 7 })).toBe(1 + 7);
    expect(cost('{ items(first: 100000) { id } }')).toBe(1 + 500);
    expect(cost('{ items(first: 100) { id } }', { maxListSize: 20 })).toBe(1 + 20);
    expect(cost('{ items(first: -5) { id } }')).toBe(1);
  });

  it('reads a size from a variable, else from its default value, else takes the default size', () => {
    expect(cost('query ($n: Int) { items(first: $n) { id } }', { variables: { n: 3 } })).toBe(1 + 3);
    expect(cost('query ($n: Int) { items(first: $n) { id } }')).toBe(1 + 50);
    expect(cost('query ($n: Int = 4) { items(first: $n) { id } }')).toBe(1 + 4);
    expect(cost('query ($n: Int = 4) { items(first: $n) { id } }', { variables: { n: 2 } })).toBe(1 + 2);
  });

  it("sizes a connection's nodes and edges by the connection's first", () => {
    // page 1 + total 1 + nodes (1 + 10 × 2) + edges (1 + 10 × (cursor 1 + node 1 + id 1)).
    expect(cost('{ page(first: 10) { total nodes { id name } edges { cursor node { id } } } }')).toBe(1 + 1 + 21 + 31);
    expect(cost('{ page { nodes { id } } }')).toBe(1 + 1 + 50);
  });

  it('passes a connection size through fragments, memoised once for every size', () => {
    expect(cost('{ page(first: 4) { ...P } } fragment P on ItemConnection { nodes { id } }')).toBe(1 + 1 + 4);
    expect(cost('{ a: page(first: 2) { ...P } b: page(first: 3) { ...P } } fragment P on ItemConnection { nodes { id } }')).toBe(1 + 1 + 2 + (1 + 1 + 3));
  });

  it('resolves fields through fragments on interfaces and inline fragments on union members', () => {
    expect(cost('{ node { ...N } } fragment N on Node { children { id } }')).toBe(1 + 1 + 50);
    // A list of scalars (tags) is one field: nothing below it to multiply.
    expect(cost('{ search { ... on Other { items { id } } ... on Item { tags } } }')).toBe(1 + (1 + 50) + 1);
  });

  it('charges nothing for __typename and does not multiply introspection lists', () => {
    expect(cost('{ items(first: 10) { __typename id } }')).toBe(1 + 10);
    expect(cost('{ __schema { types { fields { name } } } }')).toBe(4);
  });

  it('treats no field as a list without a schema', () => {
    expect(analyze('{ items(first: 10) { id } }').cost).toBe(2);
  });

  it('saturates at Number.MAX_SAFE_INTEGER instead of overflowing', () => {
    // 12 nested lists of 50 under one of 500: 500 × 50^11 ≈ 2.4e20 > 2^53.
    const nested = '{ items(first: 500) { ' + 'children { '.repeat(11) + 'id' + ' }'.repeat(11) + ' } }';
    expect(cost(nested)).toBe(Number.MAX_SAFE_INTEGER);
    // 60 doublings: 2^61 selections.
    expect(analyze(fragmentBomb(60)).selections).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('analyzeOperation: attack shapes, measured in milliseconds', () => {
  it('counts a 14-doubling fragment bomb exactly, without expanding it, in well under 50 ms', () => {
    // F0 selects 2 fields and F(k) spreads F(k-1) twice, so F(k) stands for 2 × 2^k = 2^(k+1)
    // fields: F14 is 2^15. Spreading it at the root adds nothing; under a field x it adds x itself.
    const source = fragmentBomb(14);
    expect(source.length).toBeLessThan(1_400);
    const document = parse(source);
    let result = analyzeOperation(document);
    expect(fastestMs(() => (result = analyzeOperation(document)))).toBeLessThan(50);
    expect(result).toMatchObject({ selections: 2 ** 15, depth: 1, aliases: 0, cost: 2 ** 15, fragmentCycle: false });
    expect(analyze(fragmentBomb(14, 'query Bomb { x { ...F@ } }'))).toMatchObject({ selections: 2 ** 15 + 1, depth: 2 });
  });

  it('measures each fragment once: 40 doublings (2^41 fields) take as long as 14', () => {
    const document = parse(fragmentBomb(40));
    let result = analyzeOperation(document);
    expect(fastestMs(() => (result = analyzeOperation(document)))).toBeLessThan(50);
    expect(result.selections).toBe(2 ** 41);
  });

  it('counts 300 aliases with distinct arguments', () => {
    const source = `{ ${Array.from({ length: 300 }, (_, i) => `u${i}: unit(code: "${i}") { code }`).join(' ')} }`;
    const document = parse(source);
    let result = analyzeOperation(document);
    expect(fastestMs(() => (result = analyzeOperation(document)))).toBeLessThan(50);
    expect(result).toMatchObject({ aliases: 300, selections: 600, depth: 2 });
  });

  it('walks a document nested 100,000 deep without overflowing the stack', () => {
    // graphql's parse recurses: on Node 20's default stack it throws RangeError near 5,000 levels,
    // so the walk is also given documents built as trees, as deep as no parser would go.
    const source = '{' + 'a {'.repeat(4_999) + 'leaf' + '}'.repeat(5_000);
    let parsed: DocumentNode | null = null;
    try {
      parsed = parse(source);
    } catch (error) {
      expect(error).toBeInstanceOf(RangeError);
    }
    if (parsed) expect(analyzeOperation(parsed)).toMatchObject({ depth: 5_000, selections: 5_000 });
    expect(analyzeOperation(nestedDocument(5_000))).toMatchObject({ depth: 5_000, selections: 5_000 });
    const deep = nestedDocument(100_000);
    let result = analyzeOperation(deep);
    expect(fastestMs(() => (result = analyzeOperation(deep)), 3)).toBeLessThan(1_000);
    expect(result).toMatchObject({ depth: 100_000, selections: 100_000 });
  });
});

describe('analyzeOperation: the province overview against the committed supergraph', () => {
  const api = supergraphForPlanner(readFileSync(join(root, 'schema', 'supergraph.graphql'), 'utf8')).supergraph.apiSchema().toGraphQLJSSchema();
  const overview = parse(readFileSync(join(root, 'clients', 'queries', 'province-overview.graphql'), 'utf8'));
  const variables = { province: '51', asOf: '2024-06-30', period: { from: '2024-01-01', to: '2024-12-31' } };

  it('has the numbers worked out by hand', () => {
    // SectorFigures, for each of the six registered sectors: 1 + indicators (1 + 50 × 7) + its
    // overview list (1 + nodes 1, or 2 with totalCount, + 5 × its fields): 384, 369, 369, 364, 374
    // and 374 in registry order, 2,234 in all.
    // The province: unit 1 + code, name 2 + 2,234 + children (1 + 50 × (3 + 2,234)) = 114,088.
    expect(analyzeOperation(overview, { schema: api, variables })).toEqual({
      operations: 1,
      selected: true,
      depth: 6,
      aliases: 1,
      selections: 183,
      cost: 114_088,
      introspection: false,
      fragmentCycle: false,
      unknownFragment: false,
    });
    // 20 records a sector instead of 5: 15 × (6 + 3 + 3 + 2 + 4 + 4) more per SectorFigures, 51 of them.
    expect(analyzeOperation(overview, { schema: api, variables: { ...variables, records: 20 } }).cost).toBe(114_088 + 51 * 15 * 22);
  });

  it('is analysed in a few milliseconds', () => {
    expect(fastestMs(() => analyzeOperation(overview, { schema: api, variables }))).toBeLessThan(5);
  });
});
