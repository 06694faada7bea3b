/**
 * The baseline of `npm run bench`: a bare @apollo/gateway in Apollo Server 5 with its defaults, over
 * the same supergraph and subgraphs as the hub. Not part of the hub.
 */
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { readFileSync } from 'node:fs';
import { subgraphsOf } from '../gateway/config.js';

const supergraphSdl = readFileSync(process.env.SUPERGRAPH_PATH ?? 'schema/supergraph.graphql', 'utf8');
const urls = new Map(subgraphsOf(supergraphSdl, process.env).map((s) => [s.name, s.url]));
const gateway = new ApolloGateway({
  supergraphSdl,
  buildService: ({ name, url }) => new RemoteGraphQLDataSource({ url: urls.get(name) ?? url }),
});
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT ?? 4201) } });
console.log(JSON.stringify({ msg: 'bare gateway listening', url }));
