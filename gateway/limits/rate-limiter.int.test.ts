import { randomUUID } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryRateLimiter, createRedisRateLimiter, RateLimiterUnavailableError, type RateLimiter } from './rate-limiter.js';

const REDIS_URL = 'redis://127.0.0.1:6379';

async function takeMany(limiter: RateLimiter, key: string, times: number) {
  const decisions = [];
  for (let i = 0; i < times; i++) decisions.push(await limiter.take(key));
  return decisions;
}

describe('memory rate limiter', () => {
  const clock = () => {
    let t = 1_000;
    return { now: () => t, advance: (ms: number) => void (t += ms) };
  };

  it('allows a burst up to capacity, then refuses with the wait for the next token', async () => {
    const { now } = clock();
    const limiter = createMemoryRateLimiter({ capacity: 5, refillPerSecond: 2, now });
    const decisions = await takeMany(limiter, 'caller', 6);
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, true, true, false]);
    expect(decisions.map((d) => d.remaining)).toEqual([4, 3, 2, 1, 0, 0]);
    expect(decisions[5]!.retryAfterMs).toBe(500);
    expect(decisions[0]!.retryAfterMs).toBe(0);
  });

  it('refills by the time elapsed, up to capacity', async () => {
    const { now, advance } = clock();
    const limiter = createMemoryRateLimiter({ capacity: 5, refillPerSecond: 2, now });
    await takeMany(limiter, 'caller', 5);
    advance(499);
    expect(await limiter.take('caller')).toEqual({ allowed: false, retryAfterMs: 1, remaining: 0 });
    advance(1);
    expect(await limiter.take('caller')).toMatchObject({ allowed: true, remaining: 0 });
    advance(60_000);
    expect((await takeMany(limiter, 'caller', 6)).filter((d) => d.allowed)).toHaveLength(5);
  });

  it('takes a cost, keeps keys apart, and never passes a cost above capacity', async () => {
    const { now } = clock();
    const limiter = createMemoryRateLimiter({ capacity: 5, refillPerSecond: 1, now });
    expect(await limiter.take('a', 3)).toMatchObject({ allowed: true, remaining: 2 });
    expect(await limiter.take('a', 3)).toMatchObject({ allowed: false, retryAfterMs: 1_000, remaining: 2 });
    expect(await limiter.take('b', 5)).toMatchObject({ allowed: true, remaining: 0 });
    expect(await limiter.take('c', 6)).toMatchObject({ allowed: false, retryAfterMs: Infinity });
    await expect(limiter.take('a', -1)).rejects.toThrow(RangeError);
    expect(() => createMemoryRateLimiter({ capacity: 0, refillPerSecond: 1 })).toThrow(RangeError);
    expect(() => createMemoryRateLimiter({ capacity: 1, refillPerSecond: Number.NaN })).toThrow(RangeError);
  });

  it('keeps at most maxKeys buckets, dropping the least recently used (which reads as full)', async () => {
    const { now } = clock();
    const limiter = createMemoryRateLimiter({ capacity: 1, refillPerSecond: 0.001, maxKeys: 2, now });
    await limiter.take('a');
    await limiter.take('b');
    expect((await limiter.take('a')).allowed).toBe(false); // a is now the most recent
    await limiter.take('c'); // drops b
    expect((await limiter.take('a')).allowed).toBe(false);
    expect((await limiter.take('b')).allowed).toBe(true);
  });

  it('stays within maxKeys over 100,000 distinct callers, forgetting the oldest', async () => {
    const limiter = createMemoryRateLimiter({ capacity: 1, refillPerSecond: 0.001, maxKeys: 1_000 });
    for (let i = 0; i < 100_000; i++) await limiter.take(`caller-${i}`);
    expect((await limiter.take('caller-99999')).allowed).toBe(false); // still kept, still empty
    expect((await limiter.take('caller-0')).allowed).toBe(true); // dropped long ago: full again
  });
});

describe('Redis rate limiter (127.0.0.1:6379)', () => {
  const prefix = `hub:test:rate:${randomUUID()}:`;
  const inspector = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  const opened: RateLimiter[] = [];
  const open = (capacity: number, refillPerSecond: number) => {
    const limiter = createRedisRateLimiter({ url: REDIS_URL, prefix, capacity, refillPerSecond });
    opened.push(limiter);
    return limiter;
  };
  afterAll(async () => {
    await Promise.all(opened.map((l) => l.close()));
    const keys = await inspector.keys(`${prefix}*`);
    if (keys.length > 0) await inspector.del(...keys);
    await inspector.quit();
  });

  it('allows a burst up to capacity, then refuses with a sane retryAfterMs', async () => {
    const limiter = open(5, 1);
    const decisions = await takeMany(limiter, 'burst', 6);
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, true, true, false]);
    expect(decisions.map((d) => d.remaining)).toEqual([4, 3, 2, 1, 0, 0]);
    expect(decisions[5]!.retryAfterMs).toBeGreaterThan(900);
    expect(decisions[5]!.retryAfterMs).toBeLessThanOrEqual(1_000);
  });

  it('refills over time', async () => {
    const limiter = open(2, 10);
    expect((await takeMany(limiter, 'refill', 3)).map((d) => d.allowed)).toEqual([true, true, false]);
    await sleep(250); // 2.5 tokens' worth, capped at 2
    expect((await takeMany(limiter, 'refill', 3)).map((d) => d.allowed)).toEqual([true, true, false]);
  });

  it('shares one bucket between two limiters on the same Redis', async () => {
    const first = open(5, 0.01);
    const second = open(5, 0.01);
    expect((await takeMany(first, 'shared', 3)).every((d) => d.allowed)).toBe(true);
    expect((await takeMany(second, 'shared', 3)).map((d) => d.allowed)).toEqual([true, true, false]);
    expect((await first.take('shared')).allowed).toBe(false);
    expect((await second.take('other')).allowed).toBe(true);
  });

  it('lets a bucket key expire when the bucket would be full again', async () => {
    const limiter = open(4, 10);
    await takeMany(limiter, 'expiry', 2);
    const ttl = await inspector.pttl(`${prefix}expiry`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(200); // 2 tokens at 10 a second
    await sleep(300);
    expect(await inspector.exists(`${prefix}expiry`)).toBe(0);
    expect(await limiter.take('expiry')).toMatchObject({ allowed: true, remaining: 3 });
  });

  it('takes costs atomically under concurrency', async () => {
    const limiter = open(50, 0.01);
    const decisions = await Promise.all(Array.from({ length: 80 }, () => limiter.take('concurrent')));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(50);
  });
});

describe('Redis rate limiter when Redis is not there', () => {
  /** A port nothing listens on: bound, then released. */
  async function closedPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    return port;
  }

  it('fails fast with the typed error on a closed port, and at once while down', async () => {
    const limiter = createRedisRateLimiter({ url: `redis://127.0.0.1:${await closedPort()}`, capacity: 5, refillPerSecond: 1 });
    try {
      let start = performance.now();
      await expect(limiter.take('caller')).rejects.toBeInstanceOf(RateLimiterUnavailableError);
      expect(performance.now() - start).toBeLessThan(1_000);
      start = performance.now();
      await expect(limiter.take('caller')).rejects.toMatchObject({ code: 'RATE_LIMITER_UNAVAILABLE' });
      expect(performance.now() - start).toBeLessThan(1_000);
    } finally {
      const start = performance.now();
      await limiter.close();
      expect(performance.now() - start).toBeLessThan(1_000);
    }
  });

  it('fails within its timeout when the server accepts the connection but never answers', async () => {
    const sockets = new Set<Socket>();
    const silent: Server = createServer((socket) => void sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    const limiter = createRedisRateLimiter({ url: `redis://127.0.0.1:${port}`, capacity: 5, refillPerSecond: 1, timeoutMs: 300 });
    try {
      const start = performance.now();
      await expect(limiter.take('caller')).rejects.toBeInstanceOf(RateLimiterUnavailableError);
      expect(performance.now() - start).toBeLessThan(1_000);
    } finally {
      await limiter.close();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
