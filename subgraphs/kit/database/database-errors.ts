import type { GraphQLError } from 'graphql';
import { hubError } from '../../../lib/errors.js';

/** Node socket errors and pool time-outs: the database did not answer. */
const UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ESOCKET', 'ELOGIN']);

/**
 * Turns a driver error (pg, tedious, PGlite, knex pool) into a coded GraphQL error; null when the
 * error did not come from the database. The driver's message stays in the log.
 */
export function translateDatabaseError(error: unknown): GraphQLError | null {
  if (!(error instanceof Error)) return null;
  const { code, name } = error as Error & { code?: unknown };
  if ((typeof code === 'string' && UNAVAILABLE.has(code)) || name === 'KnexTimeoutError' || /Connection terminated|connect ECONNREFUSED/.test(error.message)) {
    return hubError('DATABASE_UNAVAILABLE', 'The sector database is unavailable');
  }
  // PostgreSQL SQLSTATE (5 characters) or a tedious RequestError: the statement was rejected.
  if ((typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) || name === 'RequestError' || 'severity' in error) {
    return hubError('DATABASE_ERROR', 'The sector database rejected the query');
  }
  return null;
}
