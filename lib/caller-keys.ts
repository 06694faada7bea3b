import { join } from 'node:path';
import type { JWK } from 'jose';
import { readCallerKeyFile } from './caller-token.js';
import { ConfigError, optionalEnv, type Env } from './env.js';

/** File names in the hub's data directory (`HUB_DATA_DIR`); the demo writes them on first start. */
export const SIGNING_KEY_FILE_NAME = 'gateway-signing-key.jwk.json';
export const VERIFY_KEY_FILE_NAME = 'gateway-verify-key.jwk.json';

/**
 * One of the gateway's caller-token keys from the environment: the JWK itself in `<NAME>` (for
 * containers), else the JWK file in `<NAME>_FILE`, else the demo's file in the data directory.
 */
function keyFromEnv(env: Env, name: string, dataDir: string, fileName: string): JWK {
  const inline = optionalEnv(env, name);
  if (inline) {
    try {
      return JSON.parse(inline) as JWK;
    } catch {
      throw new ConfigError(`${name} must be a JWK as JSON`);
    }
  }
  const file = optionalEnv(env, `${name}_FILE`) ?? join(dataDir, fileName);
  try {
    return readCallerKeyFile(file);
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}; set ${name} or ${name}_FILE, or run npm start once to make the demo keys`, { cause: error });
  }
}

/** `CALLER_SIGNING_KEY` / `CALLER_SIGNING_KEY_FILE`: the gateway's private key (gateway only). */
export const signingKeyFromEnv = (env: Env, dataDir: string): JWK => keyFromEnv(env, 'CALLER_SIGNING_KEY', dataDir, SIGNING_KEY_FILE_NAME);

/** `CALLER_VERIFY_KEY` / `CALLER_VERIFY_KEY_FILE`: the gateway's public key (every subgraph). */
export const verifyKeyFromEnv = (env: Env, dataDir: string): JWK => keyFromEnv(env, 'CALLER_VERIFY_KEY', dataDir, VERIFY_KEY_FILE_NAME);
