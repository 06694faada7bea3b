import { describe, expect, it } from 'vitest';
import { auditRecord, sha256 } from '../../test/support/audit-records.js';
import { auditEventToJson, AuditFormatError, parseAuditEvent } from './audit-jsonl.js';
import { AUDIT_TEXT_LIMITS, auditRecordProblem, normaliseAuditRecord, type AuditRecordInput } from './audit-record.js';
import { EMPTY_HEAD, linkRecords } from './chain.js';

const problem = (overrides: Record<string, unknown>) => auditRecordProblem({ ...auditRecord(1), ...overrides });

describe('audit records', () => {
  it('accepts a well-formed record and names the first problem of a malformed one', () => {
    expect(auditRecordProblem(auditRecord(1) as unknown as Record<string, unknown>)).toBeNull();
    expect(problem({ at: new Date('nonsense') })).toBe('at is not a valid time');
    expect(problem({ callerId: 7 })).toBe('callerId is not a string or null');
    expect(problem({ units: ['51', 51] })).toBe('units is not a list of strings');
    expect(problem({ operationType: 'QUERY' })).toMatch(/^operationType/);
    expect(problem({ responseHash: sha256('x').toUpperCase() })).toMatch(/^responseHash is not a lowercase SHA-256/);
    expect(problem({ outcome: 'DENIED' })).toMatch(/^outcome is not one of OK, PARTIAL/);
    expect(problem({ cached: 1 })).toBe('cached is not a boolean');
    expect(problem({ durationMs: 1.5 })).toMatch(/^durationMs/);
    expect(problem({ responseBytes: -1 })).toMatch(/^responseBytes/);
    expect(problem({ subjects: ['079203000123'] })).toMatch(/^subjects is not a list of subject hashes/);
  });

  it('normalises to what the store can hold, idempotently, keeping only record fields', () => {
    const long = 'x'.repeat(AUDIT_TEXT_LIMITS.operationName - 1) + '😀';
    const input = { ...auditRecord(1, { purpose: 'a\u0000b\uDC00', operationName: long }), extra: 1 } as AuditRecordInput;
    const once = normaliseAuditRecord(input);
    expect(once.purpose).toBe('a\uFFFDb\uFFFD');
    // The emoji's surrogate pair is not cut in half: the name ends before it.
    expect(once.operationName).toBe('x'.repeat(AUDIT_TEXT_LIMITS.operationName - 1));
    expect(once).not.toHaveProperty('extra');
    expect(normaliseAuditRecord(once)).toEqual(once);
    expect(normaliseAuditRecord(auditRecord(2, { purpose: 'Hồ sơ 😀' }))).toEqual(auditRecord(2, { purpose: 'Hồ sơ 😀' }));
  });

  it('round-trips an event through an export line, and rejects lines that are not events', () => {
    const [event] = linkRecords(EMPTY_HEAD, [auditRecord(3, { purpose: 'line\nbreak' })]);
    const line = auditEventToJson(event!);
    expect(line).not.toContain('\n');
    expect(line.startsWith('{"id":1,"at":"')).toBe(true);
    expect(parseAuditEvent(line)).toEqual(event);
    const bad = (text: string) => () => parseAuditEvent(text);
    expect(bad('{"id":1')).toThrow(new AuditFormatError('not JSON'));
    expect(bad('[1]')).toThrow('not a JSON object');
    expect(bad(line.replace('"id":1', '"id":0'))).toThrow('id is not a positive integer');
    expect(bad(line.replace(/"at":"[^"]+"/, '"at":"2026-11-01T08:00:00Z"'))).toThrow('record 1: at is not an ISO UTC time with milliseconds');
    expect(bad(line.replace(/"at":"[^"]+"/, '"at":"2026-02-30T08:00:00.000Z"'))).toThrow(/at is not an ISO UTC time/);
    expect(bad(line.replace(/"hash":"[^"]+"/, '"hash":"x"'))).toThrow('record 1: hash is not a lowercase SHA-256 hex');
  });
});
