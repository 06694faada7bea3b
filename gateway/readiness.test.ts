import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readinessHandler } from './readiness.js';

/** A stand-in subgraph on a real port: `ready` is what its `/ready` answers (null: it has none). */
async function subgraph(ready: number | null): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url === '/ready' && ready !== null) return void res.writeHead(ready).end('{}');
    if (req.url === '/graphql' && req.method === 'POST') {
      return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"__typename":"Query"}}');
    }
    res.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

describe('gateway readiness', () => {
  const servers: Server[] = [];
  let gateway: Server;

  beforeAll(async () => {
    const [ready, noDatabase, foreign, stopped] = await Promise.all([subgraph(200), subgraph(503), subgraph(null), subgraph(200)]);
    servers.push(ready!, noDatabase!, foreign!);
    const stoppedUrl = urlOf(stopped!);
    stopped!.close();
    const app = express();
    app.get(
      '/ready',
      readinessHandler({
        subgraphs: [
          { name: 'ready', url: urlOf(ready!) },
          { name: 'no-database', url: urlOf(noDatabase!) },
          { name: 'foreign', url: urlOf(foreign!) },
          { name: 'stopped', url: stoppedUrl },
        ],
      }),
    );
    gateway = app.listen(0, '127.0.0.1');
    await once(gateway, 'listening');
  });

  afterAll(() => {
    for (const server of [...servers, gateway]) server.close();
  });

  it("trusts a subgraph's own readiness, which covers its database, and probes GraphQL where there is none", async () => {
    const res = await fetch(`http://127.0.0.1:${(gateway.address() as AddressInfo).port}/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'degraded',
      subgraphs: { ready: 'up', 'no-database': 'down', foreign: 'up', stopped: 'down' },
    });
  });

  it('says down (503) when an essential subgraph is down, or all are', async () => {
    const app = express();
    const essential = readinessHandler({ subgraphs: [{ name: 'ready', url: urlOf(servers[0]!) }, { name: 'units', url: urlOf(servers[1]!) }], essential: ['units'] });
    const none = readinessHandler({ subgraphs: [{ name: 'no-database', url: urlOf(servers[1]!) }] });
    const all = readinessHandler({ subgraphs: [{ name: 'ready', url: urlOf(servers[0]!) }], essential: ['ready'] });
    app.get('/essential', essential).get('/none', none).get('/all', all);
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const get = async (path: string) => {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`);
      return [res.status, ((await res.json()) as { status: string }).status];
    };
    expect(await get('/essential')).toEqual([503, 'down']);
    expect(await get('/none')).toEqual([503, 'down']);
    expect(await get('/all')).toEqual([200, 'ready']);
    server.close();
  });
});
