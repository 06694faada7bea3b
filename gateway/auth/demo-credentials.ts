import { randomBytes } from 'node:crypto';
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import { PII_READ, PII_SENSITIVE } from '../../lib/caller.js';
import { writeAtomically, type KeyStore, type NewApiKey } from './api-keys.js';

import { AUDIT_SUBJECT_KEY_FILE_NAME } from '../../lib/audit/subject-key.js';
import { SIGNING_KEY_FILE_NAME, VERIFY_KEY_FILE_NAME } from '../../lib/caller-keys.js';

/** The demo's API keys, one per role, in the data directory. */
export const DEMO_KEYS_FILE_NAME = 'demo-keys.txt';

export interface DemoCredentialsOptions {
  /** The hub's data directory (`HUB_DATA_DIR`). */
  readonly dataDir: string;
  readonly keyStore: Pick<KeyStore, 'create'>;
  /** The sector of the demo department's key (the first sector of the registry: the gateway knows no sector itself). */
  readonly departmentSector: string;
  /** Lifetime of the demo keys; default the key store's default (90 days); null: never expire. */
  readonly expiresInDays?: number | null;
}

export interface DemoCredentials {
  /** The gateway's private Ed25519 JWK (mode 0600). */
  readonly signingKeyPath: string;
  /** Its public JWK, for the subgraphs. */
  readonly verifyKeyPath: string;
  /** One `role key` line per role (mode 0600). */
  readonly demoKeysPath: string;
  /** The key of the audit trail's subject hashes, 32 random bytes as hex (mode 0600). */
  readonly subjectKeyPath: string;
  /** True when this call wrote anything (the first start); the caller prints where. */
  readonly created: boolean;
}

/** The demo keys: one per role, each with a realistic grant. */
const demoGrants = (departmentSector: string): ReadonlyArray<NewApiKey & { role: string }> => [
  { role: 'province', label: 'demo province' },
  // Huyện Bình Sơn, a district of old Quảng Ngãi (51) before the 2025 reform.
  { role: 'local', units: ['524'], label: 'demo local (district 524, Bình Sơn)' },
  { role: 'department', sector: departmentSector, scopes: [PII_READ], label: `demo department (${departmentSector})` },
  { role: 'developer', label: 'demo developer' },
  { role: 'auditor', scopes: [PII_READ, PII_SENSITIVE], label: 'demo auditor' },
];

/**
 * On the first start of a demo, makes what the hub needs to run with authentication on: the
 * gateway's caller-token key pair, the audit trail's subject-hash key and one API key per role,
 * written to the data directory. Each
 * part is made only when its file is absent, so later starts change nothing.
 */
export async function ensureDemoCredentials(options: DemoCredentialsOptions): Promise<DemoCredentials> {
  const signingKeyPath = join(options.dataDir, SIGNING_KEY_FILE_NAME);
  const verifyKeyPath = join(options.dataDir, VERIFY_KEY_FILE_NAME);
  const demoKeysPath = join(options.dataDir, DEMO_KEYS_FILE_NAME);
  const subjectKeyPath = join(options.dataDir, AUDIT_SUBJECT_KEY_FILE_NAME);
  let created = false;

  if (!(await exists(subjectKeyPath))) {
    await writeAtomically(subjectKeyPath, `${randomBytes(32).toString('hex')}\n`, 0o600);
    created = true;
  }

  if (!(await exists(signingKeyPath))) {
    const pair = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const privateJwk = await exportJWK(pair.privateKey);
    const kid = await calculateJwkThumbprint(privateJwk);
    await writeAtomically(signingKeyPath, jwkText({ ...privateJwk, kid, alg: 'EdDSA', use: 'sig' }), 0o600);
    await writeAtomically(verifyKeyPath, jwkText({ ...publicOf(privateJwk), kid, alg: 'EdDSA', use: 'sig' }), 0o644);
    created = true;
  } else if (!(await exists(verifyKeyPath))) {
    const privateJwk = JSON.parse(await readFile(signingKeyPath, 'utf8')) as JWK;
    await writeAtomically(verifyKeyPath, jwkText(publicOf(privateJwk)), 0o644);
    created = true;
  }

  if (!(await exists(demoKeysPath))) {
    const lines: string[] = [];
    let expires: string | null = null;
    for (const grant of demoGrants(options.departmentSector)) {
      const made = await options.keyStore.create(options.expiresInDays === undefined ? grant : { ...grant, expiresInDays: options.expiresInDays });
      expires = made.info.expiresAt;
      lines.push(`${grant.role} ${made.key}`);
    }
    const header = [
      `# IOC Hub demo API keys, one per role, created ${new Date().toISOString()}.`,
      '# Send one as the header  Authorization: Bearer <key>',
      expires ? `# They expire at ${expires}.` : '# They do not expire.',
      '# List or revoke them with  npm run keys -- list  /  npm run keys -- revoke <id>  (the id is the part after ioc_).',
      '# This file is written once: delete it (and revoke the old keys) to get new ones at the next start.',
    ];
    await writeAtomically(demoKeysPath, `${[...header, ...lines].join('\n')}\n`, 0o600);
    created = true;
  }
  return { signingKeyPath, verifyKeyPath, demoKeysPath, subjectKeyPath, created };
}

const jwkText = (jwk: JWK): string => `${JSON.stringify(jwk, null, 2)}\n`;

/** The public half of a private OKP JWK: everything but `d`. */
const publicOf = ({ d: _d, ...rest }: JWK): JWK => rest;

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );
