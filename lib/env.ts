/** Small readers for typed configuration; a bad value stops the process with a clear message. */
export type Env = Readonly<Record<string, string | undefined>>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function stringEnv(env: Env, name: string, fallback: string): string {
  const value = env[name];
  return value === undefined || value === '' ? fallback : value;
}

export function optionalEnv(env: Env, name: string): string | null {
  const value = env[name];
  return value === undefined || value === '' ? null : value;
}

export function intEnv(env: Env, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const raw = optionalEnv(env, name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

export function dateEnv(env: Env, name: string, fallback: string): string {
  const value = stringEnv(env, name, fallback);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new ConfigError(`${name} must be a date as YYYY-MM-DD, got "${value}"`);
  return value;
}

/** `on`/`true`/`1` or `off`/`false`/`0`. */
export function booleanEnv(env: Env, name: string, fallback: boolean): boolean {
  const raw = optionalEnv(env, name);
  if (raw === null) return fallback;
  if (['on', 'true', '1'].includes(raw.toLowerCase())) return true;
  if (['off', 'false', '0'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be on or off, got "${raw}"`);
}

/** `admin-units` → `ADMIN_UNITS`: the prefix of a subgraph's env vars (`ADMIN_UNITS_URL`, …). */
export const envPrefix = (name: string): string => name.toUpperCase().replace(/-/g, '_');
