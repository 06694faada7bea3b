/**
 * Hostile and malformed requests of every kind a client can get wrong or send to hurt, each with the
 * status and code the hub must answer it with: the no-5xx test sends them through a test hub, and
 * `npm run bench` through the real gateway to see its memory come back afterwards.
 */
/** One hostile request and what the hub must answer it with. */
export interface HostileCase {
  readonly kind: string;
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** For a GET, the query string (without `?`). */
  readonly search?: string;
  readonly body?: string;
  readonly contentType?: string;
  readonly status: number;
  readonly code: string;
}

const UNIT = 'query($c: String!) { unit(code: $c) { code } }';
const post = (payload: unknown) => JSON.stringify(payload);
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const get = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** A few hundred requests of every kind a client can get wrong, or send to hurt. */
export function hostileCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  for (let i = 0; i < 20; i++) {
    const hash = i.toString(16).padStart(64, 'f');
    cases.push({
      kind: 'unknown persisted query (POST)',
      body: post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
      status: 200,
      code: 'PERSISTED_QUERY_NOT_FOUND',
    });
    cases.push({
      kind: 'unknown persisted query (GET)',
      method: 'GET',
      search: get({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }) }),
      status: 200,
      code: 'PERSISTED_QUERY_NOT_FOUND',
    });
    cases.push({ kind: 'malformed persisted query', body: post({ extensions: { persistedQuery: { version: i, sha256Hash: `x${i}` } } }), status: 400, code: 'BAD_REQUEST' });
    cases.push({ kind: 'unknown operationName', body: post({ query: 'query A { unit(code: "51") { code } }', operationName: `B${i}` }), status: 400, code: 'BAD_REQUEST' });
    cases.push({
      kind: 'several anonymous operations',
      body: post({ query: `{ unit(code: "51") { code } } ${'{ unit(code: "52") { code } } '.repeat(1 + (i % 3))}` }),
      status: 400,
      code: 'BAD_REQUEST',
    });
    cases.push({ kind: 'subscription over HTTP', body: post({ query: `subscription S${i} { unit { code } }` }), status: 400, code: 'BAD_REQUEST' });
    cases.push({ kind: 'mutation, where the hub has none', body: post({ query: `mutation M${i} { x }` }), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    cases.push({ kind: 'mutation over GET', method: 'GET', search: get({ query: `mutation { x${i} }` }), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    const depth = [33, 100, 1_000, 5_000, 20_000][i % 5]!;
    cases.push({ kind: 'variables nested deep', body: `{"query":${JSON.stringify(UNIT)},"variables":{"c":${nested(depth)}}}`, status: 400, code: 'BAD_REQUEST' });
    cases.push({
      kind: 'variables nested deep (GET)',
      method: 'GET',
      search: get({ query: UNIT, variables: `{"c":${nested(Math.min(depth, 500))}}` }),
      status: 400,
      code: 'BAD_REQUEST',
    });
    // A URL Node's HTTP parser refuses before any handler runs still gets the hub's coded body.
    cases.push({
      kind: 'URL over the limit',
      method: 'GET',
      search: get({ query: UNIT, variables: `{"c":"${'x'.repeat(300_000 + i)}"}` }),
      status: 431,
      code: 'REQUEST_TOO_LARGE',
    });
    cases.push({ kind: 'GET without a query', method: 'GET', search: i % 2 ? '' : 'operationName=x', status: 400, code: 'BAD_REQUEST' });
    cases.push({ kind: 'GET with malformed variables', method: 'GET', search: get({ query: UNIT, variables: `{${i}` }), status: 400, code: 'BAD_REQUEST' });
    cases.push({ kind: 'GET with malformed extensions', method: 'GET', search: get({ query: UNIT, extensions: `[${i}` }), status: 400, code: 'BAD_REQUEST' });
    cases.push({ kind: 'GET with a repeated query', method: 'GET', search: `query=a${i}&query=b`, status: 400, code: 'BAD_REQUEST' });
    cases.push({ kind: 'NUL in a string literal', body: post({ query: `{ units(search: "B\\u0000${i}", first: 2) { nodes { code } } }` }), status: 400, code: 'BAD_USER_INPUT' });
    cases.push({
      kind: 'NUL in a variable',
      body: post({ query: 'query($s: String) { units(search: $s, first: 2) { nodes { code } } }', variables: { s: `x\u0000${i}` } }),
      status: 400,
      code: 'BAD_USER_INPUT',
    });
    cases.push({ kind: 'oversized code', body: post({ query: UNIT, variables: { c: 'x'.repeat(50_000 + i * 5_000) } }), status: 200, code: 'BAD_USER_INPUT' });
    cases.push({
      kind: 'oversized date',
      body: post({ query: 'query($d: Date) { unit(code: "51", asOf: $d) { code } }', variables: { d: '9'.repeat(60_000) } }),
      status: 200,
      code: 'BAD_USER_INPUT',
    });
    cases.push({ kind: 'body over the limit', body: post({ query: UNIT, variables: { c: 'x'.repeat(900_000 + i) } }), status: 413, code: 'REQUEST_TOO_LARGE' });
    cases.push({ kind: 'syntax error', body: post({ query: `{ unit(code: "51" { code }${'}'.repeat(i % 3)}` }), status: 400, code: 'GRAPHQL_PARSE_FAILED' });
    cases.push({ kind: 'unknown field', body: post({ query: `{ unit(code: "51") { f${i} } }` }), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    cases.push({ kind: 'not JSON', body: `{"query": "{ unit(code: \\"51\\") { code } }"${','.repeat(1 + i)}`, status: 400, code: 'BAD_REQUEST' });
    cases.push({ kind: 'not a GraphQL body', body: i % 2 ? '"just a string"' : 'null', status: 400, code: 'BAD_REQUEST' });
    cases.push({ kind: 'plain text', body: `{ unit(code: "51") { code } } ${i}`, contentType: 'text/plain', status: 400, code: 'BAD_REQUEST' });
    cases.push({ kind: 'another method', method: i % 2 ? 'PUT' : 'DELETE', body: '{}', status: 400, code: 'BAD_REQUEST' });
  }
  return cases;
}

/** Sends one case to a gateway's GraphQL URL; resolves with its status, body text and cache-control. */
export async function sendHostile(url: string, headers: Record<string, string>, c: HostileCase): Promise<{ status: number; text: string; cacheControl: string | null }> {
  const method = c.method ?? 'POST';
  const res = await fetch(`${url}${c.search !== undefined ? `?${c.search}` : ''}`, {
    method,
    headers: { ...headers, 'content-type': c.contentType ?? 'application/json' },
    ...(method === 'GET' ? {} : { body: c.body }),
    signal: AbortSignal.timeout(20_000),
  });
  return { status: res.status, text: await res.text(), cacheControl: res.headers.get('cache-control') };
}
