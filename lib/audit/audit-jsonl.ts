import { auditRecordProblem, isSha256Hex, type AuditEvent } from './audit-record.js';

/**
 * The export format: one JSON object per line (JSON Lines), records in id order, each with the
 * fields of `AuditEvent` (`at` as an ISO UTC string with milliseconds) and `id` first. Verifying an
 * export needs nothing else: see chain.ts for the canonical form and the hash.
 */

/** A line is not an exported audit event (not JSON, or not the shape of one). */
export class AuditFormatError extends Error {
  override name = 'AuditFormatError';
}

/** One export line, without its line break. */
export function auditEventToJson(event: AuditEvent): string {
  const { id, at, prevHash, hash, ...rest } = event;
  return JSON.stringify({ id, at: at.toISOString(), ...rest, prevHash, hash });
}

/** Parses one export line; throws AuditFormatError saying what is wrong. */
export function parseAuditEvent(line: string): AuditEvent {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new AuditFormatError('not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new AuditFormatError('not a JSON object');
  const raw = value as Record<string, unknown>;
  if (!Number.isSafeInteger(raw.id) || (raw.id as number) < 1) throw new AuditFormatError('id is not a positive integer');
  // Only an ISO UTC instant round-trips to the same canonical `at`.
  const at = typeof raw.at === 'string' ? new Date(raw.at) : null;
  if (!at || Number.isNaN(at.getTime()) || at.toISOString() !== raw.at) {
    throw new AuditFormatError(`record ${String(raw.id)}: at is not an ISO UTC time with milliseconds`);
  }
  const event = { ...raw, at } as unknown as AuditEvent;
  const problem = auditRecordProblem(event as unknown as Record<string, unknown>) ?? hashProblem(raw);
  if (problem) throw new AuditFormatError(`record ${String(raw.id)}: ${problem}`);
  return event;
}

function hashProblem(raw: Record<string, unknown>): string | null {
  if (!isSha256Hex(raw.prevHash)) return 'prevHash is not a lowercase SHA-256 hex';
  if (!isSha256Hex(raw.hash)) return 'hash is not a lowercase SHA-256 hex';
  return null;
}
