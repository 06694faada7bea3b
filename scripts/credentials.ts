/**
 * `npm run credentials`: makes the demo's secrets in the data directory if they are missing (the
 * gateway's caller-token key pair, the audit trail's subject-hash key, one API key per role) and
 * prints where they are. `npm start` runs it first; a deployment sets its own keys instead (see
 * the README's configuration table). Idempotent: a second run changes nothing.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { API_KEYS_FILE_NAME, openKeyStore } from '../gateway/auth/api-keys.js';
import { ensureDemoCredentials, type DemoCredentials } from '../gateway/auth/demo-credentials.js';
import { optionalEnv, stringEnv, type Env } from '../lib/env.js';
import { subgraphs } from '../subgraphs/all.js';

export async function demoCredentials(env: Env): Promise<DemoCredentials> {
  const dataDir = stringEnv(env, 'HUB_DATA_DIR', '.data');
  await mkdir(dataDir, { recursive: true });
  const keyStore = await openKeyStore({ file: optionalEnv(env, 'API_KEYS_FILE') ?? join(dataDir, API_KEYS_FILE_NAME) });
  try {
    // The demo department is the registry's first sector.
    const departmentSector = subgraphs.find((s) => s.sector)!.name;
    return await ensureDemoCredentials({ dataDir, keyStore, departmentSector });
  } finally {
    keyStore.close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const made = await demoCredentials(process.env);
  console.log(`${made.created ? 'made the demo credentials' : 'demo credentials already present'}: API keys in ${made.demoKeysPath}`);
}
