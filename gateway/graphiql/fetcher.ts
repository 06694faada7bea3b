/// <reference lib="dom" />
/**
 * GraphiQL's fetcher for the hub: the toolkit's own (incremental delivery
 * and all) with the tab's credentials added to every request it sends, and a
 * schema fetcher of our own so the page can tell a schema refused for want of
 * a token from one that failed for another reason.
 */
import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { bearerToken, withCredentials, type Credentials } from './credentials.js';

/** How the latest schema (introspection) request ended. */
export interface SchemaAnswer {
  outcome: 'loaded' | 'unauthenticated' | 'failed';
  /** Whether that request carried a token from the bar. */
  withToken: boolean;
}

export interface HubFetcherOptions {
  /** Same-origin path of the GraphQL endpoint, e.g. `/graphql`. Required. */
  endpoint: string;
  /** Read at each request, so edits apply to the next request without a new fetcher. Required. */
  credentials: () => Credentials;
  /** Told how each schema request ended; answers to superseded requests are dropped. Default: none. */
  onSchemaAnswer?: (answer: SchemaAnswer) => void;
  /**
   * Schema requests sent so far, shared by the successive fetchers of a page
   * so that a late answer to an older fetcher's request cannot overwrite a
   * newer one. Default: a counter of this fetcher's own.
   */
  schemaRequests?: { sent: number };
}

function hasErrorCode(body: unknown, code: string): boolean {
  if (typeof body !== 'object' || body === null || !('errors' in body) || !Array.isArray(body.errors)) return false;
  return body.errors.some((error: unknown) => {
    const extensions = typeof error === 'object' && error !== null && 'extensions' in error ? error.extensions : undefined;
    return typeof extensions === 'object' && extensions !== null && 'code' in extensions && extensions.code === code;
  });
}

function hasSchema(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || !('data' in body)) return false;
  const { data } = body;
  return typeof data === 'object' && data !== null && '__schema' in data;
}

export function createHubFetcher(options: HubFetcherOptions): Fetcher {
  const { endpoint, credentials, onSchemaAnswer, schemaRequests = { sent: 0 } } = options;

  // Every HTTP request GraphiQL makes goes through here, so none leaves without the credentials.
  const authorizedFetch: typeof fetch = async (input, init) =>
    fetch(input, { ...init, headers: withCredentials(init?.headers, credentials()) });

  const schemaFetcher: Fetcher = async (params, fetcherOptions) => {
    const request = ++schemaRequests.sent;
    const withToken = bearerToken(credentials().token) !== '';
    const report = (outcome: SchemaAnswer['outcome']) => {
      if (request === schemaRequests.sent) onSchemaAnswer?.({ outcome, withToken });
    };
    let response: Response;
    try {
      response = await authorizedFetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json;q=0.9',
          ...fetcherOptions?.headers,
        },
        body: JSON.stringify(params),
      });
    } catch (error) {
      report('failed');
      throw error;
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      report(response.status === 401 ? 'unauthenticated' : 'failed');
      throw new Error(`The endpoint answered HTTP ${response.status} without a JSON body`);
    }
    if (response.status === 401 || hasErrorCode(body, 'UNAUTHENTICATED')) report('unauthenticated');
    else report(hasSchema(body) ? 'loaded' : 'failed');
    return body as Awaited<ReturnType<Fetcher>>;
  };

  return createGraphiQLFetcher({ url: endpoint, fetch: authorizedFetch, schemaFetcher });
}
