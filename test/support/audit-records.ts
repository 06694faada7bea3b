import { createHash } from 'node:crypto';
import type { AuditRecordInput } from '../../lib/audit/audit-record.js';

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A plausible gateway record; `n` varies the request id and time so records differ. */
export function auditRecord(n: number, overrides: Partial<AuditRecordInput> = {}): AuditRecordInput {
  return {
    at: new Date(Date.UTC(2026, 10, 1, 8, 0, 0, 0) + n * 1_001),
    requestId: `req-${n}`,
    callerId: 'key-province-1',
    role: 'province',
    area: [],
    purpose: null,
    operationName: 'ProvinceOverview',
    operationType: 'query',
    documentHash: sha256(`query ProvinceOverview { n${n} }`),
    variablesHash: sha256('{}'),
    subgraphs: ['admin-units', 'incidents'],
    outcome: 'OK',
    errorCodes: [],
    cached: false,
    durationMs: 12 + (n % 7),
    responseHash: sha256(`response ${n}`),
    responseBytes: 2_048 + n,
    units: ['51'],
    subjects: [],
    ...overrides,
  };
}
