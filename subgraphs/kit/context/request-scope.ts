import { PII_READ, PII_SENSITIVE, type Caller } from '../../../lib/caller.js';
import { forbidden } from '../../../lib/errors.js';
import type { RecordArea, UnitDirectory } from '../units/unit-directory.js';

/** How personal a field is: basic (name, ID number, phone) or sensitive (health, …). */
export type PersonalDataLevel = 'BASIC' | 'SENSITIVE';

/**
 * What one request may see, built once by the kit before any resolver runs and handed to the
 * subgraph's services: the caller, the records of this subgraph it may see (for the SQL of every
 * read), the unit directory, "now" for the whole request, and the data subjects its answer carries.
 */
export interface RequestScope {
  readonly caller: Caller;
  /** The records the caller may see here; aggregates (indicators) are shared and never narrowed. */
  readonly records: RecordArea;
  readonly directory: UnitDirectory;
  /** "Now", fixed for the whole request so that filters and fields agree (e.g. overdue). */
  readonly now: Date;
  /** Identifiers of the people whose personal data this answer carries, reported to the audit trail. */
  readonly subjects: Set<string>;
}

const ALL_RECORDS: RecordArea = { kind: 'ALL' };
const NO_RECORDS: RecordArea = { kind: 'NONE' };

/**
 * The records of a subgraph a caller may see, deny by default: the province and auditors all of
 * them; a local IOC those of its area (through lineage); a department those of its own sector
 * only; a developer none (aggregates only).
 */
export function recordAreaOf(caller: Caller, subgraph: string, directory: UnitDirectory): RecordArea {
  switch (caller.role) {
    case 'province':
    case 'auditor':
      return ALL_RECORDS;
    case 'local':
      return caller.area.kind === 'ALL' ? ALL_RECORDS : directory.recordArea(caller.area.codes);
    case 'department':
      return caller.sector === subgraph ? ALL_RECORDS : NO_RECORDS;
    default:
      return NO_RECORDS;
  }
}

export function createRequestScope(caller: Caller, subgraph: string, directory: UnitDirectory, now = new Date()): RequestScope {
  return { caller, records: recordAreaOf(caller, subgraph, directory), directory, now, subjects: new Set() };
}

/**
 * Personal data leaves only with a permission and a declared purpose: `pii:read` (and
 * `pii:sensitive` for sensitive data) and `X-Purpose`. Otherwise FORBIDDEN, naming what is missing.
 */
export function checkPersonalData(scope: RequestScope, level: PersonalDataLevel): void {
  const { scopes, purpose } = scope.caller;
  const missing = [PII_READ, ...(level === 'SENSITIVE' ? [PII_SENSITIVE] : [])].filter((s) => !scopes.includes(s));
  if (missing.length) throw forbidden(`personal data needs the scope ${missing.join(' and ')}`);
  if (!purpose) throw forbidden('personal data needs a declared purpose (X-Purpose)');
}
