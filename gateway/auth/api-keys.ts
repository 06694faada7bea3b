import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isRole, type Role } from '../../lib/caller.js';
import { grantProblem, identityOf, type CallerIdentity } from '../../lib/caller-rules.js';

/**
 * API keys issued by the hub. A key reads `ioc_<id>_<secret>`: the prefix makes a leaked key easy
 * to grep for, the id finds its entry in one map lookup, and only the SHA-256 of the 256-bit secret
 * is stored. A plain hash (no salt, no slow KDF) is enough because the secret is random, not chosen.
 */

export const API_KEY_PREFIX = 'ioc_';
/** The key file's name in the data directory: `<HUB_DATA_DIR>/api-keys.json`. */
export const API_KEYS_FILE_NAME = 'api-keys.json';
export const DEFAULT_KEY_LIFETIME_DAYS = 90;

const KEY_PATTERN = /^ioc_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;
const DAY_MS = 86_400_000;

/** A key as listed: everything but its secret's hash. */
export interface ApiKeyInfo {
  readonly id: string;
  readonly label: string | null;
  readonly role: Role;
  /** Unit codes of a `local` key; empty for the other roles. */
  readonly units: readonly string[];
  /** Sector of a `department` key; null for the other roles. */
  readonly sector: string | null;
  readonly scopes: readonly string[];
  /** ISO 8601 instants (UTC); `expiresAt` null for a key that never expires, `revokedAt` null while valid. */
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly revokedAt: string | null;
}

/** A key as stored in the file. */
export interface ApiKeyEntry extends ApiKeyInfo {
  /** SHA-256 of the secret part, hex. */
  readonly secretSha256: string;
}

/** The key file: `{ "version": 1, "keys": [ApiKeyEntry…] }`. */
interface KeyFile {
  readonly version: 1;
  readonly keys: readonly ApiKeyEntry[];
}

export interface NewApiKey {
  /** Checked here too, so a typo from a script is refused like one from the CLI. */
  readonly role: string;
  readonly units?: readonly string[];
  readonly sector?: string | null;
  readonly scopes?: readonly string[];
  readonly label?: string | null;
  /** Days until the key expires; default the store's `defaultExpiresInDays`; null: never. */
  readonly expiresInDays?: number | null;
}

export interface KeyStoreOptions {
  /** The JSON key file; created with mode 0600 on the first write (the gateway passes `<HUB_DATA_DIR>/api-keys.json`). */
  readonly file: string;
  /** How often the file's mtime is checked for changes by another process, default 1000 ms; 0 never (one-shot tools). */
  readonly reloadIntervalMs?: number;
  /** Lifetime of a new key when `create` names none, default 90 days; null: keys never expire by default. */
  readonly defaultExpiresInDays?: number | null;
  /** Called when a changed file cannot be read or parsed; the keys loaded before stay in force. Default: ignore. */
  readonly onReloadError?: (error: Error) => void;
  /** The clock, default `Date.now` (tests move it). */
  readonly now?: () => number;
}

export type KeyCheck = { readonly ok: true; readonly caller: CallerIdentity } | { readonly ok: false; readonly reason: string };

export interface KeyStore {
  /** Issues a key; the plain key is returned this once and never stored. */
  create(input: NewApiKey): Promise<{ readonly id: string; readonly key: string; readonly info: ApiKeyInfo }>;
  /** Every key, revoked and expired ones included, oldest first; no secrets. */
  list(): readonly ApiKeyInfo[];
  /** Marks a key revoked (idempotent); null when no key has this id. */
  revoke(id: string): Promise<ApiKeyInfo | null>;
  /** The caller a key stands for, or why it is refused. Memory only: no I/O per request. */
  check(token: string): KeyCheck;
  /** The caller a valid key stands for; null for a malformed, unknown, wrong, revoked or expired key. */
  authenticate(token: string): CallerIdentity | null;
  /** Re-reads the file if it changed since it was last read (the timer calls this). */
  refresh(): Promise<void>;
  /** Stops watching the file. */
  close(): void;
}

/** A loaded entry with what each request needs already computed. */
interface LoadedKey {
  readonly entry: ApiKeyEntry;
  readonly hash: Buffer;
  readonly caller: CallerIdentity;
  readonly expiresAtMs: number;
  readonly revoked: boolean;
}

export const isApiKey = (token: string): boolean => token.startsWith(API_KEY_PREFIX);

export async function openKeyStore(options: KeyStoreOptions): Promise<KeyStore> {
  const { file } = options;
  const now = options.now ?? Date.now;
  const defaultDays = options.defaultExpiresInDays === undefined ? DEFAULT_KEY_LIFETIME_DAYS : options.defaultExpiresInDays;
  const intervalMs = options.reloadIntervalMs ?? 1000;
  let keys = new Map<string, LoadedKey>();
  let entries: readonly ApiKeyEntry[] = [];
  let signature = '';
  let refreshing: Promise<void> | null = null;

  const install = (next: readonly ApiKeyEntry[], sig: string): void => {
    entries = next;
    keys = new Map(next.map((e) => [e.id, load(e)]));
    signature = sig;
  };

  const reload = async (): Promise<void> => {
    const sig = await signatureOf(file);
    if (sig === signature) return;
    try {
      install(await readEntries(file), sig);
    } catch (error) {
      signature = sig; // report a bad file once, not every second
      throw error;
    }
  };

  /** Reads the newest file, changes it and writes it back under a lock, so two writers lose nothing. */
  const mutate = async <T>(change: (current: readonly ApiKeyEntry[]) => { next: readonly ApiKeyEntry[] | null; result: T }): Promise<T> =>
    withLock(file, async () => {
      const current = await readEntries(file);
      const { next, result } = change(current);
      if (next) await writeAtomically(file, `${JSON.stringify({ version: 1, keys: next } satisfies KeyFile, null, 2)}\n`);
      install(next ?? current, await signatureOf(file));
      return result;
    });

  await reload();
  const timer =
    intervalMs > 0
      ? setInterval(() => {
          refreshing ??= reload()
            .catch((error: Error) => options.onReloadError?.(error))
            .finally(() => (refreshing = null));
        }, intervalMs)
      : null;
  timer?.unref();

  const check = (token: string): KeyCheck => {
    const m = KEY_PATTERN.exec(token);
    if (!m) return { ok: false, reason: 'malformed API key' };
    const key = keys.get(m[1]!);
    if (!key) return { ok: false, reason: 'unknown API key' };
    if (!timingSafeEqual(sha256(m[2]!), key.hash)) return { ok: false, reason: 'wrong API key secret' };
    if (key.revoked) return { ok: false, reason: 'API key revoked' };
    if (now() >= key.expiresAtMs) return { ok: false, reason: 'API key expired' };
    return { ok: true, caller: key.caller };
  };

  return {
    async create(input) {
      const units = [...new Set(input.units ?? [])];
      const scopes = [...new Set(input.scopes ?? [])];
      const sector = input.sector ?? null;
      const problem = grantProblem({ role: input.role, units, sector, scopes });
      if (problem) throw new RangeError(problem);
      const days = input.expiresInDays === undefined ? defaultDays : input.expiresInDays;
      if (days !== null && !(Number.isInteger(days) && days >= 1)) throw new RangeError('expiresInDays must be a whole number of days, at least 1');
      const secret = randomBytes(32).toString('base64url');
      return mutate((current) => {
        let id: string;
        do id = randomBytes(8).toString('hex');
        while (current.some((e) => e.id === id));
        const createdAt = now();
        const entry: ApiKeyEntry = {
          id,
          label: cleanLabel(input.label),
          role: input.role as Role,
          units,
          sector,
          scopes,
          createdAt: new Date(createdAt).toISOString(),
          expiresAt: days === null ? null : new Date(createdAt + days * DAY_MS).toISOString(),
          revokedAt: null,
          secretSha256: sha256(secret).toString('hex'),
        };
        return { next: [...current, entry], result: { id, key: `${API_KEY_PREFIX}${id}_${secret}`, info: infoOf(entry) } };
      });
    },
    list: () => entries.map(infoOf),
    revoke: (id) =>
      mutate((current) => {
        const found = current.find((e) => e.id === id);
        if (!found) return { next: null, result: null };
        if (found.revokedAt) return { next: null, result: infoOf(found) };
        const revoked = { ...found, revokedAt: new Date(now()).toISOString() };
        return { next: current.map((e) => (e.id === id ? revoked : e)), result: infoOf(revoked) };
      }),
    check,
    authenticate(token) {
      const result = check(token);
      return result.ok ? result.caller : null;
    },
    refresh: reload,
    close() {
      if (timer) clearInterval(timer);
    },
  };
}

const sha256 = (text: string): Buffer => createHash('sha256').update(text).digest();

const infoOf = ({ secretSha256: _hash, ...info }: ApiKeyEntry): ApiKeyInfo => info;

const cleanLabel = (label: string | null | undefined): string | null => {
  // eslint-disable-next-line no-control-regex -- a label is printed in a table: no control characters
  const text = label?.replace(/[\x00-\x1f\x7f]+/g, ' ').trim().slice(0, 200);
  return text ? text : null;
};

function load(entry: ApiKeyEntry): LoadedKey {
  return {
    entry,
    hash: Buffer.from(entry.secretSha256, 'hex'),
    caller: identityOf(entry.id, entry),
    expiresAtMs: entry.expiresAt === null ? Infinity : Date.parse(entry.expiresAt),
    revoked: entry.revokedAt !== null,
  };
}

/** Changes whenever the file is replaced (new inode) or rewritten in place. */
async function signatureOf(file: string): Promise<string> {
  try {
    const s = await stat(file);
    return `${s.ino}:${s.mtimeMs}:${s.size}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw error;
  }
}

/** The file's entries; none when it does not exist yet. A malformed file is an error, never "no keys". */
async function readEntries(file: string): Promise<ApiKeyEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON`, { cause: error });
  }
  const body = parsed as Partial<KeyFile> | null;
  if (body?.version !== 1 || !Array.isArray(body.keys)) throw new Error(`${file} is not an API key file (version 1)`);
  return body.keys.map((entry, i) => {
    const problem = entryProblem(entry);
    if (problem) throw new Error(`${file}: key ${i + 1}: ${problem}`);
    return entry;
  });
}

function entryProblem(e: Partial<ApiKeyEntry> | null): string | null {
  if (typeof e !== 'object' || e === null) return 'not an object';
  if (typeof e.id !== 'string' || !/^[0-9a-f]{16}$/.test(e.id)) return 'bad id';
  if (typeof e.secretSha256 !== 'string' || !/^[0-9a-f]{64}$/.test(e.secretSha256)) return 'bad secretSha256';
  if (!isRole(e.role) || !Array.isArray(e.units) || !Array.isArray(e.scopes) || e.sector === undefined) return 'bad grant';
  const problem = grantProblem({ role: e.role, units: e.units, sector: e.sector, scopes: e.scopes });
  if (problem) return problem;
  if (typeof e.createdAt !== 'string' || Number.isNaN(Date.parse(e.createdAt))) return 'bad createdAt';
  if (e.expiresAt !== null && (typeof e.expiresAt !== 'string' || Number.isNaN(Date.parse(e.expiresAt)))) return 'bad expiresAt';
  if (e.revokedAt !== null && (typeof e.revokedAt !== 'string' || Number.isNaN(Date.parse(e.revokedAt)))) return 'bad revokedAt';
  if (e.label !== null && typeof e.label !== 'string') return 'bad label';
  return null;
}

/** Writes a sibling temp file and renames it over the target, so a reader never sees half a file. */
export async function writeAtomically(file: string, content: string, mode = 0o600): Promise<void> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const temp = join(dirname(file), `.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', mode);
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Holds `<file>.lock` while `work` runs; waits up to 5 s for another writer (a CLI and a starting gateway). */
async function withLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const lock = `${file}.lock`;
  for (let waited = 0; ; waited += 50) {
    try {
      const handle = await open(lock, 'wx', 0o600);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (waited >= 5000) throw new Error(`${lock} is held by another writer (delete it if no keys command or gateway is running)`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try {
    return await work();
  } finally {
    await unlink(lock).catch(() => undefined);
  }
}
