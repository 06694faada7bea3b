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

/**
 * One line an operator can act on when a command cannot open a server database (`npm run seed`
 * against a database not yet created, a server not running, a wrong password); null for any other
 * error. `url` is the configured one; its password is never repeated.
 */
export function explainConnectError(error: unknown, url: string | null): string | null {
  if (!(error instanceof Error) || !url) return null;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return null;
  }
  const name = decodeURIComponent(target.pathname.replace(/^\//, '')) || '(none)';
  const where = `${target.hostname}:${target.port || (target.protocol.startsWith('mssql') ? '1433' : '5432')}`;
  const { code, message } = error as Error & { code?: unknown };
  if (code === '3D000' || /database .* does not exist|Cannot open database/i.test(message)) {
    return target.protocol.startsWith('mssql')
      ? `database "${name}" does not exist on ${where}: create it first (CREATE DATABASE [${name}]), then run this again`
      : `database "${name}" does not exist on ${where}: create it first (createdb -h ${target.hostname} -p ${target.port || 5432} -U ${decodeURIComponent(target.username) || 'postgres'} ${name}), then run this again`;
  }
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === 'EHOSTUNREACH') return `cannot reach the database server at ${where} (${String(code)}): is it running, and is the URL right?`;
  if (code === '28P01' || code === '28000' || code === 'ELOGIN') return `the database server at ${where} refused the login of "${decodeURIComponent(target.username)}": check the user and password in the URL`;
  return null;
}
