import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';

/**
 * Token buckets per caller key: a bucket holds up to `capacity` tokens (the burst a caller may send
 * at once) and refills at `refillPerSecond` (the sustained rate); a request takes `cost` tokens
 * (default 1) or is refused with the time until it could pass. Refill is computed from the time
 * elapsed at each take, so no timer runs per key.
 */
export interface RateLimiter {
  take(key: string, cost?: number): Promise<RateDecision>;
  close(): Promise<void>;
}

export interface RateDecision {
  readonly allowed: boolean;
  /**
   * 0 when allowed; else the milliseconds until `cost` tokens are back. Infinity when `cost` is
   * larger than the capacity: the request can never pass.
   */
  readonly retryAfterMs: number;
  /** Whole tokens left in the bucket after this take. */
  readonly remaining: number;
}

export interface RateLimiterOptions {
  /** Most tokens a bucket holds, the allowed burst; required, > 0. */
  readonly capacity: number;
  /** Tokens added back per second, the sustained rate; required, > 0. */
  readonly refillPerSecond: number;
}

export interface MemoryRateLimiterOptions extends RateLimiterOptions {
  /**
   * Most buckets kept; default 100,000 (measured: 9 MB, plus the key strings). Past it the least
   * recently used bucket is dropped, which is the same as refilling it: an idle bucket is full after
   * capacity / refillPerSecond seconds, so dropping one that still matters takes more than
   * `maxKeys` distinct callers within that time.
   */
  readonly maxKeys?: number;
  /** Clock in milliseconds; default `performance.now` (monotonic). For tests. */
  readonly now?: () => number;
}

export interface RedisRateLimiterOptions extends RateLimiterOptions {
  /** `redis://host:port/db`; required. */
  readonly url: string;
  /** Prefix of the bucket keys; default `hub:rate:`. */
  readonly prefix?: string;
  /** Milliseconds to connect and for each take to answer; default 500. */
  readonly timeoutMs?: number;
  /** Told about connection errors (to log them); default: ignored, since takes report them. */
  readonly onError?: (error: Error) => void;
}

/**
 * Redis could not answer a take in time. The limiter never decides for the caller: the pipeline
 * maps this error to failing open (let the request through, log) or closed (refuse).
 */
export class RateLimiterUnavailableError extends Error {
  override name = 'RateLimiterUnavailableError';
  readonly code = 'RATE_LIMITER_UNAVAILABLE';
}

function checkOptions({ capacity, refillPerSecond }: RateLimiterOptions): void {
  if (!(Number.isFinite(capacity) && capacity > 0)) throw new RangeError(`capacity must be a positive number, got ${capacity}`);
  if (!(Number.isFinite(refillPerSecond) && refillPerSecond > 0)) {
    throw new RangeError(`refillPerSecond must be a positive number, got ${refillPerSecond}`);
  }
}

function checkCost(cost: number): void {
  if (!(Number.isFinite(cost) && cost >= 0)) throw new RangeError(`cost must be a non-negative number, got ${cost}`);
}

/** Rounds a wait up to whole milliseconds, ignoring floating-point dust (1.0000000000000009 is 1). */
const wholeMs = (ms: number): number => Math.ceil(ms - 1e-6);

interface Bucket {
  tokens: number;
  at: number;
}

export function createMemoryRateLimiter(options: MemoryRateLimiterOptions): RateLimiter {
  checkOptions(options);
  const { capacity, refillPerSecond, maxKeys = 100_000, now = () => performance.now() } = options;
  const perMs = refillPerSecond / 1000;
  // A Map iterates in insertion order: re-inserting on each take keeps the least recent first.
  const buckets = new Map<string, Bucket>();
  return {
    async take(key, cost = 1) {
      checkCost(cost);
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: capacity, at: t };
      buckets.delete(key);
      bucket.tokens = Math.min(capacity, bucket.tokens + Math.max(0, t - bucket.at) * perMs);
      bucket.at = t;
      const allowed = bucket.tokens >= cost;
      if (allowed) bucket.tokens -= cost;
      buckets.set(key, bucket);
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value!);
      return {
        allowed,
        retryAfterMs: allowed ? 0 : cost > capacity ? Infinity : wholeMs((cost - bucket.tokens) / perMs),
        remaining: Math.floor(bucket.tokens),
      };
    },
    async close() {
      buckets.clear();
    },
  };
}

/**
 * One atomic step per take: refill by the time elapsed (Redis's clock, so gateways with skewed
 * clocks agree), take or refuse, and let the key expire when the bucket would be full again, since
 * a missing bucket reads as a full one.
 */
const TAKE_SCRIPT = `
local capacity = tonumber(ARGV[1])
local perMs = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(bucket[1]) or capacity
local at = tonumber(bucket[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * perMs)
local allowed = 0
local retryAfterMs = 0
if tokens >= cost then
  tokens = tokens - cost
  allowed = 1
else
  retryAfterMs = math.ceil((cost - tokens) / perMs - 1e-6)
end
local untilFull = math.ceil((capacity - tokens) / perMs - 1e-6)
if untilFull > 0 then
  redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
  redis.call('PEXPIRE', KEYS[1], untilFull)
else
  redis.call('DEL', KEYS[1])
end
return { allowed, retryAfterMs, math.floor(tokens) }
`;
const TAKE_SHA = createHash('sha1').update(TAKE_SCRIPT).digest('hex');

/** States in which ioredis has lost the server and only waits to retry: a take fails at once. */
const DOWN = new Set(['reconnecting', 'close', 'end']);

/**
 * Buckets in Redis, shared by every gateway that uses the same Redis and prefix. A take never waits
 * longer than `timeoutMs`: connecting and each command are bounded, a command is retried on at most
 * one reconnection, and while the connection is down a take fails at once with
 * `RateLimiterUnavailableError` instead of queuing.
 */
export function createRedisRateLimiter(options: RedisRateLimiterOptions): RateLimiter {
  checkOptions(options);
  const { capacity, refillPerSecond, url, prefix = 'hub:rate:', timeoutMs = 500, onError = () => {} } = options;
  const perMs = String(refillPerSecond / 1000);
  const redis = new Redis(url, {
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    maxRetriesPerRequest: 1,
    // Keep trying in the background, at most every 2 s, so the limiter comes back with Redis.
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
  });
  redis.on('error', onError);
  const unavailable = (cause: unknown) =>
    new RateLimiterUnavailableError(`rate limiter: Redis at ${redactedUrl(url)} did not answer (${(cause as Error)?.message ?? cause})`, { cause });

  const run = async (args: (string | number)[]): Promise<unknown> => {
    try {
      return await redis.evalsha(TAKE_SHA, 1, ...args);
    } catch (error) {
      // A restarted or flushed Redis forgets loaded scripts: send the script itself once.
      if ((error as Error)?.message?.startsWith('NOSCRIPT')) return redis.eval(TAKE_SCRIPT, 1, ...args);
      throw error;
    }
  };

  return {
    async take(key, cost = 1) {
      checkCost(cost);
      if (cost > capacity) return { allowed: false, retryAfterMs: Infinity, remaining: 0 };
      if (DOWN.has(redis.status)) throw unavailable(new Error(`connection ${redis.status}`));
      let reply: unknown;
      try {
        reply = await run([prefix + key, capacity, perMs, cost]);
      } catch (error) {
        throw unavailable(error);
      }
      const [allowed, retryAfterMs, remaining] = reply as [number, number, number];
      return { allowed: allowed === 1, retryAfterMs, remaining };
    },
    async close() {
      if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
      else redis.disconnect();
    },
  };
}

/** The URL without its password, for messages. */
function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured URL';
  }
}
