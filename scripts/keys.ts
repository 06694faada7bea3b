/**
 * Manages the hub's API keys in the data directory; needs no running hub.
 *
 *   npm run --silent keys -- create --role <role> [--unit <code>]… [--sector <name>] [--scope <s>]…
 *                                   [--label <text>] [--expires-in-days <n> | --no-expiry]
 *   npm run --silent keys -- list
 *   npm run --silent keys -- revoke <id>
 *
 * `create` prints only the new key on stdout, so it can be captured. The file is `API_KEYS_FILE`,
 * default `<HUB_DATA_DIR>/api-keys.json` with `HUB_DATA_DIR` default `.data`. A running gateway sees
 * a change within about a second. Exit status: 0 done, 1 failed, 2 bad invocation.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ROLES } from '../lib/caller.js';
import { grantProblem } from '../lib/caller-rules.js';
import { optionalEnv, stringEnv, type Env } from '../lib/env.js';
import { API_KEYS_FILE_NAME, DEFAULT_KEY_LIFETIME_DAYS, openKeyStore, type ApiKeyInfo, type KeyStore } from '../gateway/auth/api-keys.js';

const USAGE = `usage:
  npm run --silent keys -- create --role <role> [--unit <code>]... [--sector <name>] [--scope <scope>]...
                                  [--label <text>] [--expires-in-days <n> | --no-expiry]
  npm run --silent keys -- list
  npm run --silent keys -- revoke <id>
roles: ${ROLES.join(', ')}; local needs --unit (GSO code of 2, 3 or 5 digits), department needs --sector.
keys expire after ${DEFAULT_KEY_LIFETIME_DAYS} days unless told otherwise.
key file: $API_KEYS_FILE, default $HUB_DATA_DIR/${API_KEYS_FILE_NAME} (HUB_DATA_DIR default .data).`;

class UsageError extends Error {}

/** Where the command writes; the process's streams when run from the shell. */
export interface KeysOutput {
  out(text: string): void;
  err(text: string): void;
}

const OPTIONS = {
  role: { type: 'string' },
  unit: { type: 'string', multiple: true },
  sector: { type: 'string' },
  scope: { type: 'string', multiple: true },
  label: { type: 'string' },
  'expires-in-days': { type: 'string' },
  'no-expiry': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs one command and returns its exit status; reads nothing but `argv`, `env` and the key file. */
export async function runKeys(argv: readonly string[], env: Env, output: KeysOutput): Promise<number> {
  try {
    return await run(argv, env, output);
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`keys: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    output.err(`keys: ${(error as Error).message}\n`);
    return 1;
  }
}

async function run(argv: readonly string[], env: Env, output: KeysOutput): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    output.out(`${USAGE}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  const file = optionalEnv(env, 'API_KEYS_FILE') ?? join(stringEnv(env, 'HUB_DATA_DIR', '.data'), API_KEYS_FILE_NAME);
  const grantFlags = ['role', 'unit', 'sector', 'scope', 'label', 'expires-in-days', 'no-expiry'] as const;
  if (command !== 'create' && grantFlags.some((flag) => values[flag] !== undefined)) {
    throw new UsageError(`--${grantFlags.find((flag) => values[flag] !== undefined)} applies to create only`);
  }
  switch (command) {
    case 'create':
      if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
      return create(file, values, output);
    case 'list':
      if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
      return withStore(file, (store) => {
        output.out(table(store.list()));
        return 0;
      });
    case 'revoke':
      if (rest.length !== 1) throw new UsageError('revoke takes exactly one key id');
      return revoke(file, rest[0]!, output);
    case undefined:
      throw new UsageError('no command given');
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

async function create(file: string, values: Values, output: KeysOutput): Promise<number> {
  if (values.role === undefined) throw new UsageError('create needs --role');
  const units = values.unit ?? [];
  const scopes = values.scope ?? [];
  const sector = values.sector ?? null;
  const problem = grantProblem({ role: values.role, units, sector, scopes });
  if (problem) throw new UsageError(problem);
  let expiresInDays: number | null | undefined;
  if (values['no-expiry'] && values['expires-in-days'] !== undefined) throw new UsageError('give --expires-in-days or --no-expiry, not both');
  if (values['no-expiry']) expiresInDays = null;
  if (values['expires-in-days'] !== undefined) {
    expiresInDays = Number(values['expires-in-days']);
    if (!/^\d+$/.test(values['expires-in-days']) || expiresInDays < 1 || expiresInDays > 3650) {
      throw new UsageError(`--expires-in-days must be a whole number from 1 to 3650, got "${values['expires-in-days']}"`);
    }
  }
  return withStore(file, async (store) => {
    const { key, info } = await store.create({ role: values.role!, units, sector, scopes, label: values.label ?? null, expiresInDays });
    output.out(`${key}\n`);
    output.err(`created key ${info.id} (${info.role}), ${info.expiresAt ? `expires ${info.expiresAt}` : 'never expires'}, in ${file}\n`);
    return 0;
  });
}

async function revoke(file: string, idOrKey: string, output: KeysOutput): Promise<number> {
  // A leaked key can be pasted whole: its id is the part after the prefix.
  const id = /^ioc_([0-9a-f]{16})(_|$)/.exec(idOrKey)?.[1] ?? idOrKey;
  if (!/^[0-9a-f]{16}$/.test(id)) throw new UsageError(`"${idOrKey}" is not a key id (16 hex digits, as keys list shows)`);
  return withStore(file, async (store) => {
    const info = await store.revoke(id);
    if (!info) {
      output.err(`keys: no key with id ${id} in ${file}\n`);
      return 1;
    }
    output.out(`revoked ${info.id} at ${info.revokedAt}\n`);
    return 0;
  });
}

async function withStore(file: string, work: (store: KeyStore) => number | Promise<number>): Promise<number> {
  const store = await openKeyStore({ file, reloadIntervalMs: 0 });
  try {
    return await work(store);
  } finally {
    store.close();
  }
}

const minute = (iso: string | null): string => (iso ? `${iso.slice(0, 16)}Z` : '-');

function table(keys: readonly ApiKeyInfo[]): string {
  const rows = [
    ['id', 'role', 'units', 'sector', 'scopes', 'created', 'expires', 'revoked', 'label'],
    ...keys.map((k) => [
      k.id,
      k.role,
      k.units.join(',') || '-',
      k.sector ?? '-',
      k.scopes.join(',') || '-',
      minute(k.createdAt),
      k.expiresAt ? minute(k.expiresAt) : 'never',
      minute(k.revokedAt),
      k.label ?? '',
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n') + '\n';
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const output: KeysOutput = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) };
  process.exitCode = await runKeys(process.argv.slice(2), process.env, output);
}
