import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, optionalEnv, type Env } from '../env.js';
import { SUBJECT_KEY_MIN_BYTES } from './subject-hash.js';

/** The demo's subject-hash key file in the data directory, written at first start. */
export const AUDIT_SUBJECT_KEY_FILE_NAME = 'audit-subject-key.txt';

/**
 * The key of data subjects' hashes (see subject-hash.ts), shared by the gateway (which hashes the
 * subjects of each answer) and the audit subgraph (which hashes `auditEvents(filter: {subject})`):
 * `AUDIT_SUBJECT_KEY` (hex), else the file `AUDIT_SUBJECT_KEY_FILE`, default
 * `<HUB_DATA_DIR>/audit-subject-key.txt`. At least 32 bytes.
 */
export function subjectKeyFromEnv(env: Env, dataDir: string): Buffer {
  const file = optionalEnv(env, 'AUDIT_SUBJECT_KEY_FILE') ?? join(dataDir, AUDIT_SUBJECT_KEY_FILE_NAME);
  let hex = optionalEnv(env, 'AUDIT_SUBJECT_KEY');
  if (!hex) {
    try {
      hex = readFileSync(file, 'utf8').trim();
    } catch {
      throw new ConfigError(`cannot read the audit subject key ${file}; set AUDIT_SUBJECT_KEY or AUDIT_SUBJECT_KEY_FILE, or run npm start once to make the demo keys`);
    }
  }
  if (!new RegExp(`^([0-9a-f]{2}){${SUBJECT_KEY_MIN_BYTES},}$`, 'i').test(hex)) {
    throw new ConfigError(`the audit subject key must be at least ${SUBJECT_KEY_MIN_BYTES} bytes as hex (${SUBJECT_KEY_MIN_BYTES * 2} hex digits)`);
  }
  return Buffer.from(hex, 'hex');
}
