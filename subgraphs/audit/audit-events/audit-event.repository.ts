import type { Knex } from 'knex';
import { auditEventToJson } from '../../../lib/audit/audit-jsonl.js';
import { auditRecordProblem, normaliseAuditRecord, type AuditEvent, type AuditOutcome, type AuditRecordInput } from '../../../lib/audit/audit-record.js';
import { EMPTY_HEAD, linkRecords, verifyChain, type ChainHead, type ChainVerification } from '../../../lib/audit/chain.js';
import type { Database } from '../../kit/database/database.js';
import { SectorRepository } from '../../kit/database/sector-repository.js';
import { bulkInsertFor, type BulkInsert, type BulkTable } from '../../kit/dialect/bulk-insert.js';

export interface AuditEventFilter {
  /** This caller's records; null for unauthenticated requests. Default: any. */
  callerId?: string | null;
  /** Requests that asked about this unit code, or any of these codes. Default: any. */
  unit?: string | readonly string[];
  operationName?: string;
  outcome?: AuditOutcome;
  /** Answers that carried this data subject's data: a `subjectHash`, not the identifier. */
  subject?: string;
  /** Arrived at or after this instant. Default: no lower bound. */
  from?: Date;
  /** Arrived before this instant (exclusive). Default: no upper bound. */
  to?: Date;
}

export interface AuditPageRequest {
  /** Page size, 1 to MAX_AUDIT_PAGE. */
  first: number;
  /** Continue after this id (the last id of the previous page): older records only. Default: newest first. */
  after?: number;
}

export interface AuditEventPage {
  /** Newest first (id descending). */
  events: AuditEvent[];
  hasMore: boolean;
}

export const MAX_AUDIT_PAGE = 1000;
/** Default records per statement when reading the whole log (verify, export). */
export const DEFAULT_AUDIT_BATCH = 1000;

interface EventRow {
  id: number | string;
  at: Date | string;
  request_id: string;
  caller_id: string | null;
  role: string | null;
  area: string;
  purpose: string | null;
  operation_name: string | null;
  operation_type: AuditEvent['operationType'];
  document_hash: string | null;
  variables_hash: string | null;
  subgraphs: string;
  outcome: AuditOutcome;
  error_codes: string;
  cached: boolean | number;
  duration_ms: number | string;
  response_hash: string | null;
  response_bytes: number | string;
  prev_hash: string;
  hash: string;
}

interface ChildRow {
  event_id: number | string;
  kind: 'S' | 'U';
  position: number | string;
  value: string;
}

const EVENT_TABLE: BulkTable = {
  name: 'audit_event',
  columns: [
    ['id', 'bigint'], ['at', 'timestamptz'], ['request_id', 'text'], ['caller_id', 'text'], ['role', 'text'], ['area', 'text'],
    ['purpose', 'text'], ['operation_name', 'text'], ['operation_type', 'text'], ['document_hash', 'text'], ['variables_hash', 'text'],
    ['subgraphs', 'text'], ['outcome', 'text'], ['error_codes', 'text'], ['cached', 'boolean'], ['duration_ms', 'integer'],
    ['response_hash', 'text'], ['response_bytes', 'integer'], ['prev_hash', 'text'], ['hash', 'text'],
  ],
};
const SUBJECT_TABLE: BulkTable = { name: 'audit_event_subject', columns: [['event_id', 'bigint'], ['position', 'integer'], ['subject', 'text']] };
const UNIT_TABLE: BulkTable = { name: 'audit_event_unit', columns: [['event_id', 'bigint'], ['position', 'integer'], ['unit_code', 'text']] };

const EVENT_COLUMNS = EVENT_TABLE.columns.map(([column]) => column);

/** An event as EVENT_TABLE's row, in its column order. */
const toRow = (e: AuditEvent): unknown[] => [
  e.id,
  // An ISO string, not a Date: knex binds a Date as SQL Server's legacy `datetime`, which rounds
  // milliseconds to 1/300 s and would break the hash. Both engines read ISO UTC exactly.
  e.at.toISOString(),
  e.requestId,
  e.callerId,
  e.role,
  JSON.stringify(e.area),
  e.purpose,
  e.operationName,
  e.operationType,
  e.documentHash,
  e.variablesHash,
  JSON.stringify(e.subgraphs),
  e.outcome,
  JSON.stringify(e.errorCodes),
  e.cached,
  e.durationMs,
  e.responseHash,
  e.responseBytes,
  e.prevHash,
  e.hash,
];

function toEvent(r: EventRow, subjects: string[], units: string[]): AuditEvent {
  return {
    id: Number(r.id),
    at: new Date(r.at),
    requestId: r.request_id,
    callerId: r.caller_id,
    role: r.role,
    area: JSON.parse(r.area) as string[],
    purpose: r.purpose,
    operationName: r.operation_name,
    operationType: r.operation_type,
    documentHash: r.document_hash,
    variablesHash: r.variables_hash,
    subgraphs: JSON.parse(r.subgraphs) as string[],
    outcome: r.outcome,
    errorCodes: JSON.parse(r.error_codes) as string[],
    cached: Boolean(r.cached),
    durationMs: Number(r.duration_ms),
    responseHash: r.response_hash,
    responseBytes: Number(r.response_bytes),
    units,
    subjects,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/**
 * The only place that knows the audit tables. Writers serialise on the one `audit_chain_head` row;
 * readers never lock. A batch is a handful of statements whatever its size: lock the head, one
 * insert per table (on SQL Server one per ~100 records, under its parameter limit), move the head.
 */
export class AuditEventRepository extends SectorRepository {
  readonly data = 'audit';
  private readonly insert: BulkInsert;
  /** The head as this process last moved it (PostgreSQL): the next batch tries to go on from it in one statement. */
  private knownHead: ChainHead | null = null;

  constructor(db: Database) {
    super(db);
    this.insert = bulkInsertFor(db.dialect);
  }

  /**
   * Appends records in the given order, in one transaction, and returns them as stored. Text the
   * store cannot hold is normalised first (see `normaliseAuditRecord`); a malformed record (wrong
   * types, a bad hash) is a programming error: TypeError, and nothing of the batch is written.
   */
  async append(records: readonly AuditRecordInput[]): Promise<AuditEvent[]> {
    if (records.length === 0) return [];
    const clean = records.map((record, i) => {
      const problem = auditRecordProblem(record as unknown as Record<string, unknown>);
      if (problem) throw new TypeError(`audit record ${i} of the batch: ${problem}`);
      return normaliseAuditRecord(record);
    });
    if (this.knownHead && this.db.dialect.name !== 'mssql') {
      const events = linkRecords(this.knownHead, clean);
      if (await this.appendAfter(this.knownHead, events)) return events;
    }
    return this.knex.transaction(async (trx) => {
      const row: { last_id: number | string; last_hash: string } | undefined = await trx('audit_chain_head')
        .forUpdate()
        .where('id', 1)
        .first('last_id', 'last_hash');
      if (!row) throw new Error('the audit chain head is missing: run the audit migrations');
      const events = linkRecords({ id: Number(row.last_id), hash: row.last_hash }, clean);
      await this.insert(trx, EVENT_TABLE, events.map(toRow));
      await this.insert(trx, SUBJECT_TABLE, events.flatMap((e) => e.subjects.map((subject, position) => [e.id, position, subject])));
      await this.insert(trx, UNIT_TABLE, events.flatMap((e) => e.units.map((unit, position) => [e.id, position, unit])));
      const last = events[events.length - 1]!;
      await trx('audit_chain_head').where('id', 1).update({ last_id: last.id, last_hash: last.hash });
      this.knownHead = { id: last.id, hash: last.hash };
      return events;
    });
  }

  /**
   * PostgreSQL, the common case of one writer: the batch in ONE statement (one round trip, its own
   * transaction) that moves the head only if it is still where this process left it, and inserts
   * the records only if it moved. False (nothing written) when another writer moved the head
   * meanwhile: `append` then takes the locking path, which reads the head again.
   */
  private async appendAfter(expected: ChainHead, events: readonly AuditEvent[]): Promise<boolean> {
    const last = events[events.length - 1]!;
    const columns = (table: BulkTable) => table.columns.map(([c]) => this.knex.raw('??', [c]).toQuery()).join(', ');
    const unnest = (table: BulkTable) => table.columns.map(([, type]) => `?::${type}[]`).join(', ');
    const arrays = (table: BulkTable, rows: ReadonlyArray<readonly unknown[]>) => table.columns.map((_, i) => rows.map((row) => row[i]));
    const subjects = events.flatMap((e) => e.subjects.map((subject, position) => [e.id, position, subject]));
    const units = events.flatMap((e) => e.units.map((unit, position) => [e.id, position, unit]));
    const insert = (name: string, table: BulkTable) => `${name} as (insert into ${table.name} (${columns(table)}) select * from unnest(${unnest(table)}) where exists (select 1 from moved))`;
    const { rows } = await this.knex.raw<{ rows: Array<{ moved: number }> }>(
      `with moved as (update audit_chain_head set last_id = ?, last_hash = ? where id = 1 and last_id = ? and last_hash = ? returning 1),
        ${insert('e', EVENT_TABLE)}, ${insert('s', SUBJECT_TABLE)}, ${insert('u', UNIT_TABLE)}
        select count(*)::int as moved from moved`,
      [
        last.id,
        last.hash,
        expected.id,
        expected.hash,
        ...(arrays(EVENT_TABLE, events.map(toRow)) as never[]),
        ...(arrays(SUBJECT_TABLE, subjects) as never[]),
        ...(arrays(UNIT_TABLE, units) as never[]),
      ],
    );
    if (rows[0]?.moved !== 1) {
      this.knownHead = null;
      return false;
    }
    this.knownHead = { id: last.id, hash: last.hash };
    return true;
  }

  /** The records matching a filter (no order, no page); null when nothing can match. */
  private matching(filter: AuditEventFilter): Knex.QueryBuilder | null {
    const { knex } = this;
    const q = knex('audit_event as e');
    if (filter.callerId === null) q.whereNull('e.caller_id');
    else if (filter.callerId !== undefined) q.where('e.caller_id', filter.callerId);
    if (filter.operationName !== undefined) q.where('e.operation_name', filter.operationName);
    if (filter.outcome !== undefined) q.where('e.outcome', filter.outcome);
    if (filter.from) q.where('e.at', '>=', filter.from.toISOString());
    if (filter.to) q.where('e.at', '<', filter.to.toISOString());
    if (filter.unit !== undefined) {
      const units = typeof filter.unit === 'string' ? [filter.unit] : filter.unit;
      if (units.length === 0) return null;
      q.whereExists(knex('audit_event_unit as u').select(knex.raw('1')).whereRaw('?? = ??', ['u.event_id', 'e.id']).andWhere(this.db.dialect.inList(knex, 'u.unit_code', units)));
    }
    if (filter.subject !== undefined) {
      q.whereExists(knex('audit_event_subject as s').select(knex.raw('1')).whereRaw('?? = ??', ['s.event_id', 'e.id']).andWhere('s.subject', filter.subject));
    }
    return q;
  }

  /** How many records match a filter (a connection's totalCount). */
  async count(filter: AuditEventFilter): Promise<number> {
    const q = this.matching(filter);
    if (!q) return 0;
    const row: { n: string | number } | undefined = await q.first(this.knex.raw('count(*) as n'));
    return Number(row?.n ?? 0);
  }

  /** One page of matching records, newest first: one statement for the records, one for their lists. */
  async find(filter: AuditEventFilter, page: AuditPageRequest): Promise<AuditEventPage> {
    const { first, after } = page;
    if (!Number.isInteger(first) || first < 1 || first > MAX_AUDIT_PAGE) throw new RangeError(`first must be an integer from 1 to ${MAX_AUDIT_PAGE}`);
    if (after !== undefined && !Number.isSafeInteger(after)) throw new RangeError('after must be a record id');
    const { knex } = this;
    const q = this.matching(filter);
    if (!q) return { events: [], hasMore: false };
    q.select(EVENT_COLUMNS.map((c) => `e.${c}`)).orderBy('e.id', 'desc').limit(first + 1);
    if (after !== undefined) q.where('e.id', '<', after);
    const rows: EventRow[] = await q;
    const pageRows = rows.slice(0, first);
    const ids = pageRows.map((r) => Number(r.id));
    const children = ids.length === 0 ? [] : await this.children((column) => this.db.dialect.inList(knex, column, ids));
    return { events: assemble(pageRows, children), hasMore: rows.length > first };
  }

  /**
   * Checks the whole log in id order, `batchSize` records a statement (default DEFAULT_AUDIT_BATCH),
   * against the chain and the head row: records removed from the end are found unless the head row
   * was moved back too (anchor `head()` outside the database for that), and records beyond the
   * head (inserted around `append`) are reported. `anchors`: heads kept outside the database
   * (default none), which also catch a tail removed together with the head row moved back.
   * Appends may continue meanwhile.
   */
  async verify(options: { batchSize?: number; anchors?: readonly ChainHead[] } = {}): Promise<ChainVerification> {
    const before = await this.head();
    const anchors = [before, ...(options.anchors ?? [])];
    const result = await verifyChain(this.events(options.batchSize ?? DEFAULT_AUDIT_BATCH), { anchors });
    if (!result.ok) return result;
    // Read after the scan: anything the scan saw past this head was not written by `append`.
    const after = await this.head();
    if (result.head.id > after.id) {
      return {
        ok: false,
        checked: after.id,
        firstBrokenId: after.id + 1,
        reason: `record ${after.id + 1} and later are past the chain head (written outside append)`,
        head: after,
      };
    }
    return result;
  }

  /** The last record's id and hash, as the writers left them: what operators anchor outside the database. */
  async head(): Promise<ChainHead> {
    const row: { last_id: number | string; last_hash: string } | undefined = await this.knex('audit_chain_head').where('id', 1).first('last_id', 'last_hash');
    return row ? { id: Number(row.last_id), hash: row.last_hash } : EMPTY_HEAD;
  }

  /**
   * Writes the whole log as JSON Lines (lib/audit/audit-jsonl.ts) in id order, `batchSize` records a
   * statement; each line ends with a line break. Awaits `write` before the next line, so a stream's
   * back-pressure can be honoured. Returns how many records it wrote and the last one.
   */
  async exportJsonl(write: (line: string) => void | Promise<void>, options: { batchSize?: number } = {}): Promise<{ records: number; head: ChainHead }> {
    let records = 0;
    let head = EMPTY_HEAD;
    for await (const event of this.events(options.batchSize ?? DEFAULT_AUDIT_BATCH)) {
      await write(`${auditEventToJson(event)}\n`);
      records += 1;
      head = { id: event.id, hash: event.hash };
    }
    return { records, head };
  }

  /** Every stored record in id order, `batchSize` at a time: memory stays bounded by the batch. */
  private async *events(batchSize: number): AsyncGenerator<AuditEvent> {
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError('batchSize must be a positive integer');
    let after = 0;
    for (;;) {
      const rows: EventRow[] = await this.knex('audit_event').select(EVENT_COLUMNS).where('id', '>', after).orderBy('id').limit(batchSize);
      if (rows.length === 0) return;
      const low = Number(rows[0]!.id);
      after = Number(rows[rows.length - 1]!.id);
      const children = await this.children((column) => this.knex.raw('?? between ? and ?', [column, low, after]));
      yield* assemble(rows, children);
      if (rows.length < batchSize) return;
    }
  }

  /** Subjects and units of the selected events, in one statement. */
  private children(eventIds: (column: string) => Knex.Raw): Promise<ChildRow[]> {
    const { knex } = this;
    return knex
      .select('event_id', knex.raw(`'S' as kind`), 'position', 'subject as value')
      .from('audit_event_subject')
      .where(eventIds('event_id'))
      .unionAll((u) => u.select('event_id', knex.raw(`'U' as kind`), 'position', 'unit_code as value').from('audit_event_unit').where(eventIds('event_id')));
  }

}

/** Events with their lists, in the rows' order; list items in their recorded positions. */
function assemble(rows: readonly EventRow[], children: readonly ChildRow[]): AuditEvent[] {
  const lists = new Map<number, { S: Array<[number, string]>; U: Array<[number, string]> }>();
  for (const c of children) {
    const id = Number(c.event_id);
    let entry = lists.get(id);
    if (!entry) lists.set(id, (entry = { S: [], U: [] }));
    entry[c.kind].push([Number(c.position), c.value]);
  }
  const ordered = (items: Array<[number, string]> | undefined) => (items ?? []).sort((a, b) => a[0] - b[0]).map((item) => item[1]);
  return rows.map((r) => {
    const entry = lists.get(Number(r.id));
    return toEvent(r, ordered(entry?.S), ordered(entry?.U));
  });
}
