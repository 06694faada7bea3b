import { normaliseIdentifier } from '../../../lib/audit/subject-hash.js';
import { badUserInput, forbidden } from '../../../lib/errors.js';
import type { RequestScope } from '../../kit/context/request-scope.js';
import { encodeCursor, pageRequest } from '../../kit/graphql/pagination.js';
import type { AuditEventFilter, AuditEventRepository } from './audit-event.repository.js';
import type { AuditEventFilterInput } from './audit-event.type.js';

export interface AuditIntegrity {
  ok: boolean;
  checked: number;
  firstBrokenId: number | null;
  reason: string | null;
  headId: number;
  headHash: string;
}

/**
 * The audit trail as auditors read it. Only the `auditor` role may (the gateway's grants say so
 * too; this holds even if they were misconfigured). A subject is searched by its keyed hash, never
 * by the number itself.
 */
export class AuditEventService {
  constructor(
    private readonly repository: AuditEventRepository,
    private readonly scope: RequestScope,
    private readonly hashSubject: (identifier: string) => string,
  ) {}

  async events(filter: AuditEventFilterInput | null, first: number | null, after: string | null) {
    this.requireAuditor();
    const page = pageRequest(first, after);
    const afterId = page.after ? Number(page.after[0]) : undefined;
    if (afterId !== undefined && !Number.isSafeInteger(afterId)) throw badUserInput('after is not a cursor this API issued', 'after');
    const criteria = this.filterOf(filter ?? {});
    const found = page.first === 0 ? { events: [], hasMore: false } : await this.repository.find(criteria, { first: page.first, ...(afterId !== undefined ? { after: afterId } : {}) });
    const edges = found.events.map((node) => ({ node, cursor: encodeCursor([String(node.id)]) }));
    const { repository } = this;
    return {
      edges,
      nodes: found.events,
      pageInfo: { hasNextPage: found.hasMore, endCursor: edges.at(-1)?.cursor ?? null },
      // Counted only when asked for.
      get totalCount() {
        return repository.count(criteria);
      },
    };
  }

  async integrity(): Promise<AuditIntegrity> {
    this.requireAuditor();
    const result = await this.repository.verify();
    const head = result.ok ? result.head : await this.repository.head();
    return { ok: result.ok, checked: result.checked, firstBrokenId: result.firstBrokenId, reason: result.reason, headId: head.id, headHash: head.hash };
  }

  private requireAuditor(): void {
    if (this.scope.caller.role !== 'auditor') throw forbidden('the audit trail is open to auditors only');
  }

  private filterOf(input: AuditEventFilterInput): AuditEventFilter {
    if (input.callerId != null && input.unauthenticated) throw badUserInput('callerId and unauthenticated: true exclude each other', 'filter');
    if (input.from && input.to && input.from >= input.to) throw badUserInput('from must be before to', 'filter');
    let subject: string | undefined;
    if (input.subject != null) {
      if (normaliseIdentifier(input.subject) === '') throw badUserInput('subject is empty', 'filter');
      subject = this.hashSubject(input.subject);
    }
    return {
      ...(input.unauthenticated ? { callerId: null } : input.callerId != null ? { callerId: input.callerId } : {}),
      ...(input.unit != null ? { unit: input.unit } : {}),
      ...(input.operationName != null ? { operationName: input.operationName } : {}),
      ...(input.outcome != null ? { outcome: input.outcome } : {}),
      ...(subject ? { subject } : {}),
      ...(input.from ? { from: input.from } : {}),
      ...(input.to ? { to: input.to } : {}),
    };
  }
}
