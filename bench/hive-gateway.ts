/**
 * A comparison point of `npm run bench`: Hive Gateway's runtime (`@graphql-hive/gateway-runtime`)
 * over the same supergraph and subgraphs as the hub, with its defaults, and with its own response
 * cache when `HIVE_RESPONSE_CACHE=on` (the like-for-like counterpart of the hub's). Not part of the hub.
 * Like the bare gateway, it sends the caller token the bench signed (`BENCH_CALLER_TOKEN`).
 */
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import InMemoryLRUCache from '@graphql-mesh/cache-inmemory-lru';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { supergraphForPlanner } from '../gateway/authorization/security-features.js';
import { subgraphsOf } from '../gateway/config.js';
import { CALLER_TOKEN_HEADER } from '../lib/caller-token.js';

const sdl = readFileSync(process.env.SUPERGRAPH_PATH ?? 'schema/supergraph.graphql', 'utf8');
// The supergraph names the default subgraph URLs; the bench runs its subgraphs on other ports.
const urls = new Map(subgraphsOf(sdl, process.env).map((s) => [s.name, s.url]));
const supergraph = supergraphForPlanner(sdl).sdl.replace(/(@join__graph\(name: "([^"]+)", url: ")([^"]+)(")/g, (_m, head: string, name: string, url: string, tail: string) => `${head}${urls.get(name) ?? url}${tail}`);

const cached = process.env.HIVE_RESPONSE_CACHE === 'on';
const gateway = createGatewayRuntime({
  supergraph,
  logging: 'warn',
  propagateHeaders: { fromClientToSubgraphs: () => ({ [CALLER_TOKEN_HEADER]: process.env.BENCH_CALLER_TOKEN ?? '' }) },
  ...(cached ? { cache: new InMemoryLRUCache(), responseCaching: { session: () => null, ttl: 30_000 } } : {}),
});
const port = Number(process.env.PORT ?? 4202);
createServer(gateway).listen(port, '127.0.0.1', () => console.log(JSON.stringify({ msg: 'hive gateway listening', port, cached })));
