import type { GraphQLFormattedError } from 'graphql';
import { ErrorCodes } from '../../lib/errors.js';
import type { Logger } from '../../lib/logger.js';

/**
 * The gateway's last word on every error: a code from the registry passes with its message;
 * anything else becomes INTERNAL_SERVER_ERROR with a generic message (the detail is logged), and no
 * stack trace leaves the hub. Apollo Server takes this as `formatError`, not as a plugin.
 */
/** Longest error message that leaves the hub. */
const MAX_MESSAGE_LENGTH = 500;

export function createErrorMasking(logger: Logger) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
    const code = extensions.code;
    if (typeof code === 'string' && code in ErrorCodes && code !== 'INTERNAL_SERVER_ERROR') {
      // graphql-js repeats a wrong variable value in its message: name a long one, never echo it.
      const message =
        formatted.message.length > MAX_MESSAGE_LENGTH
          ? `${formatted.message.slice(0, MAX_MESSAGE_LENGTH)}… (message cut at ${MAX_MESSAGE_LENGTH} of ${formatted.message.length} characters)`
          : formatted.message;
      return { ...formatted, message, extensions };
    }
    logger.error({ error: formatted }, 'masked error');
    const serviceName = typeof extensions.serviceName === 'string' ? { serviceName: extensions.serviceName } : {};
    return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR', ...serviceName } };
  };
}
