import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InflightFetches } from './inflight-fetches.js';

describe('identical subgraph requests in flight share one fetch', () => {
  let server: Server;
  let url: string;
  let received = 0;
  let aborted = 0;

  beforeAll(async () => {
    // A subgraph stand-in that answers after 100 ms with the body it was sent and its own count.
    server = createServer((req, res) => {
      received++;
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('close', () => {
        if (!res.writableEnded) aborted++;
      });
      req.on('end', () => setTimeout(() => res.writableEnded || res.destroyed || res.end(JSON.stringify({ echo: body, n: received })), 100));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const send = (body: string) => (signal: AbortSignal) => fetch(url, { method: 'POST', body, signal });

  it('sends one request for identical keys and gives each waiter its own copy of the answer', async () => {
    const inflight = new InflightFetches();
    const before = received;
    const answers = await Promise.all(Array.from({ length: 8 }, () => inflight.fetch('k1', new AbortController().signal, send('a'))));
    expect(received - before).toBe(1);
    const bodies = await Promise.all(answers.map((r) => r.json()));
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(inflight.size).toBe(0);
    // Distinct keys (another caller scope, another body) are never shared.
    const again = received;
    await Promise.all([inflight.fetch('k1', new AbortController().signal, send('a')), inflight.fetch('k2', new AbortController().signal, send('a'))]);
    expect(received - again).toBe(2);
  });

  it('keeps the fetch for the others when one waiter gives up, and cancels it when all have', async () => {
    const inflight = new InflightFetches();
    const quitter = new AbortController();
    const first = inflight.fetch('k3', quitter.signal, send('b'));
    const second = inflight.fetch('k3', new AbortController().signal, send('b'));
    quitter.abort(new Error('client went away'));
    await expect(first).rejects.toThrow('client went away');
    expect(((await (await second).json()) as { echo: string }).echo).toBe('b');

    const abortedBefore = aborted;
    const only = new AbortController();
    const lone = inflight.fetch('k4', only.signal, send('c'));
    await new Promise((r) => setTimeout(r, 20));
    only.abort(new Error('timeout'));
    await expect(lone).rejects.toThrow('timeout');
    await new Promise((r) => setTimeout(r, 50));
    expect(aborted - abortedBefore).toBe(1);
  });
});
