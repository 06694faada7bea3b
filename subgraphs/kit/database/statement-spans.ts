import type { Span } from '@opentelemetry/api';
import { SpanStatusCode } from '@opentelemetry/api';
import { startStatementSpan, tracingEnabled } from '../../../lib/tracing.js';
import type { Database } from './database.js';

interface QueryEvent {
  readonly __knexQueryUid?: string;
  readonly sql?: string;
}

/** A span per SQL statement of the database, child of the request it serves, when tracing is on. */
export function traceStatements(db: Database): void {
  if (!tracingEnabled()) return;
  const open = new Map<string, Span>();
  const end = (event: QueryEvent, error?: Error) => {
    const span = event.__knexQueryUid ? open.get(event.__knexQueryUid) : undefined;
    if (!span) return;
    open.delete(event.__knexQueryUid!);
    if (error) span.setStatus({ code: SpanStatusCode.ERROR, message: error.message.slice(0, 200) });
    span.end();
  };
  db.knex.on('query', (event: QueryEvent) => {
    if (event.__knexQueryUid && event.sql) open.set(event.__knexQueryUid, startStatementSpan(db.kind === 'mssql' ? 'mssql' : 'postgresql', event.sql));
  });
  db.knex.on('query-response', (_response: unknown, event: QueryEvent) => end(event));
  db.knex.on('query-error', (error: Error, event: QueryEvent) => end(event, error));
}
