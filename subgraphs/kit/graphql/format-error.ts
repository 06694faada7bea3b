import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCodes, hubError, userCodeOf } from '../../../lib/errors.js';
import type { Logger } from '../../../lib/logger.js';
import { translateDatabaseError } from '../database/database-errors.js';

/**
 * The last stop of every error a subgraph returns: codes from the registry pass through, database
 * failures become DATABASE_UNAVAILABLE or DATABASE_ERROR, anything else INTERNAL_SERVER_ERROR; no
 * stack trace or driver message reaches the caller (they go to the log).
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const userCode = userCodeOf(error);
    if (userCode) {
      const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...extensions, code: userCode } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code in ErrorCodes && code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = unwrapResolverError(error);
    const translated = translateDatabaseError(original) ?? hubError('INTERNAL_SERVER_ERROR', 'Internal server error');
    logger.error({ err: original, path: formatted.path }, 'resolver failed');
    return { message: translated.message, path: formatted.path, locations: formatted.locations, extensions: translated.extensions };
  };
}
