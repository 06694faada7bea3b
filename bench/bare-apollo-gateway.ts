/**
 * The baseline of `npm run bench`: a bare @apollo/gateway in Apollo Server 5 with its defaults, over
 * the same supergraph and subgraphs as the hub. Not part of the hub. The subgraphs answer the hub's
 * gateway only, so it sends the caller token the bench signed for it (`BENCH_CALLER_TOKEN`), and it
 * loads the supergraph as the hub's planner does (it enforces none of the security directives).
 */
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { readFileSync } from 'node:fs';
import { supergraphForPlanner } from '../gateway/authorization/security-features.js';
import { subgraphsOf } from '../gateway/config.js';
import { CALLER_TOKEN_HEADER } from '../lib/caller-token.js';

const supergraphSdl = readFileSync(process.env.SUPERGRAPH_PATH ?? 'schema/supergraph.graphql', 'utf8');
const urls = new Map(subgraphsOf(supergraphSdl, process.env).map((s) => [s.name, s.url]));
const token = process.env.BENCH_CALLER_TOKEN ?? '';
const gateway = new ApolloGateway({
  supergraphSdl: supergraphForPlanner(supergraphSdl).sdl,
  buildService: ({ name, url }) =>
    new RemoteGraphQLDataSource({
      url: urls.get(name) ?? url,
      willSendRequest: ({ request }) => {
        request.http?.headers.set(CALLER_TOKEN_HEADER, token);
      },
    }),
});
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT ?? 4201) } });
console.log(JSON.stringify({ msg: 'bare gateway listening', url }));
