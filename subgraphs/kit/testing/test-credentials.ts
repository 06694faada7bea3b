import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { ALL_AREA, PII_READ, PII_SENSITIVE, type Caller } from '../../../lib/caller.js';
import { CALLER_TOKEN_HEADER, createCallerSigner, createCallerVerifier } from '../../../lib/caller-token.js';

/**
 * A gateway key pair made for this test process: test subgraphs verify with its public half, test
 * gateways and test clients sign with its private half, as the real hub does with its data
 * directory's keys.
 */
const pair = generateKeyPairSync('ed25519');
export const TEST_SIGNING_KEY = pair.privateKey;
export const TEST_VERIFY_KEY = pair.publicKey;
export const testCallerSigner = createCallerSigner({ privateKey: pair.privateKey });
export const testCallerVerifier = createCallerVerifier({ publicKey: pair.publicKey });

const caller = (id: string, role: Caller['role'], extra: Partial<Caller> = {}): Caller => ({ id, role, area: ALL_AREA, sector: null, scopes: [], purpose: null, ...extra });

/** Callers for tests: the whole province without personal data, and an auditor who may read everything. */
export const TEST_CALLERS = {
  province: caller('test-province', 'province'),
  auditor: caller('test-auditor', 'auditor', { scopes: [PII_READ, PII_SENSITIVE], purpose: 'kiểm thử' }),
  developer: caller('test-developer', 'developer'),
} as const;

/** A local IOC caller for these units (and what lies under them). */
export const localCaller = (...codes: string[]): Caller => caller(`test-local-${codes.join('-')}`, 'local', { area: { kind: 'UNITS', codes } });

export const isCaller = (value: unknown): value is Caller => typeof value === 'object' && value !== null && 'role' in value && 'area' in value;

/** The header a subgraph needs: the caller token the gateway would have signed for this caller. */
export async function callerHeaders(as: Caller): Promise<Record<string, string>> {
  return { [CALLER_TOKEN_HEADER]: await testCallerSigner.sign(as) };
}

/** The audit subject key of this test process (hex), for the gateway and the audit subgraph alike. */
export const TEST_SUBJECT_KEY = randomBytes(32).toString('hex');

/** The settings a test subgraph reads beyond its config. */
export const TEST_ENV: Readonly<Record<string, string>> = { AUDIT_SUBJECT_KEY: TEST_SUBJECT_KEY };
