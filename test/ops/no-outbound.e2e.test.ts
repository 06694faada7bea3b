import dns from 'node:dns';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUnits } from '../../subgraphs/admin-units/index.js';
import { incidents } from '../support/incidents-sector.js';
import { useTestHub } from '../support/test-hub.js';

/** Loopback, where the test hub's gateway, subgraphs and databases listen. */
const LOCAL = new Set(['127.0.0.1', '::1', 'localhost', '::ffff:127.0.0.1']);

/**
 * The hub connects to nothing but what it is configured with. The gateway and the subgraphs run
 * here in one process, so every socket they open and every name they resolve passes through the
 * hooks below; anything not on loopback fails the test. Apollo's own reporting is tempted with the
 * variables that switch it on.
 */
describe('zero outbound connections', () => {
  const attempts: string[] = [];
  const original = { connect: net.Socket.prototype.connect, lookup: dns.lookup, promisesLookup: dns.promises.lookup };
  const saved = { APOLLO_KEY: process.env.APOLLO_KEY, APOLLO_GRAPH_REF: process.env.APOLLO_GRAPH_REF };

  beforeAll(() => {
    net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
      // net.connect() passes its normalised arguments as one array: [options, listener].
      const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
      const target = typeof first === 'object' && first !== null ? (first as { host?: string; path?: string }) : { host: typeof args[1] === 'string' ? args[1] : undefined };
      const host = target.host ?? 'localhost';
      if (!target.path && !LOCAL.has(host)) attempts.push(`connect ${host}`);
      return (original.connect as (...a: unknown[]) => net.Socket).apply(this, args);
    } as typeof net.Socket.prototype.connect;
    dns.lookup = function (hostname: string, ...rest: unknown[]) {
      if (!LOCAL.has(hostname)) attempts.push(`lookup ${hostname}`);
      return (original.lookup as (...a: unknown[]) => unknown)(hostname, ...rest);
    } as typeof dns.lookup;
    dns.promises.lookup = function (hostname: string, ...rest: unknown[]) {
      if (!LOCAL.has(hostname)) attempts.push(`lookup ${hostname}`);
      return (original.promisesLookup as (...a: unknown[]) => unknown)(hostname, ...rest);
    } as typeof dns.promises.lookup;
    process.env.APOLLO_KEY = 'service:ioc-hub:not-a-real-key';
    process.env.APOLLO_GRAPH_REF = 'ioc-hub@current';
  });

  afterAll(() => {
    net.Socket.prototype.connect = original.connect;
    dns.lookup = original.lookup;
    dns.promises.lookup = original.promisesLookup;
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  // Started with the hooks in place, stopped before they are taken off (after-hooks run in reverse).
  const fixture = useTestHub([adminUnits, incidents]);

  it('sees the hooks work: a connection to another host is recorded', async () => {
    const before = attempts.length;
    await new Promise<void>((resolve) => {
      const socket = net.connect({ host: '192.0.2.1', port: 9 }, () => socket.destroy());
      socket.on('error', () => resolve());
      socket.setTimeout(10, () => (socket.destroy(), resolve()));
    });
    expect(attempts.slice(before)).toEqual(['connect 192.0.2.1']);
    attempts.length = before;
  });

  it('starts, answers and idles without a connection to anything but its own parts', async () => {
    const res = await fixture.hub.query(
      `{ units(level: DISTRICT, first: 3) { nodes { code incidents { indicators(period: { from: "2024-01-01", to: "2024-12-31" }) { code value } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    // Cloud resource detectors and usage reporting start in the background: give them time.
    await sleep(3_000);
    expect(attempts).toEqual([]);
  });
});
