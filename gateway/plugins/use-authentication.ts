import type { RequestHandler } from 'express';
import type { Caller } from '../../lib/caller.js';
import { sendGraphQLError } from '../../lib/http.js';
import type { Logger } from '../../lib/logger.js';
import type { Authenticator } from '../auth/authenticate.js';
import { contextOf } from '../context.js';

export interface AuthenticationOptions {
  authenticate: Authenticator;
  logger: Logger;
}

/** The header a caller declares the purpose of its request in, e.g. a case or dossier number. */
export const PURPOSE_HEADER = 'x-purpose';
const MAX_PURPOSE = 500;

/**
 * `X-Purpose` as text: percent-encoded UTF-8 (what GraphiQL sends, since HTTP headers carry Latin-1
 * only) or plain ASCII; trimmed; null when absent. Too long or undecodable is the caller's mistake.
 */
function purposeOf(header: string | undefined): string | null | Error {
  if (header === undefined || header.trim() === '') return null;
  let purpose: string;
  try {
    purpose = decodeURIComponent(header).trim();
  } catch {
    return new Error('X-Purpose is not valid percent-encoded UTF-8');
  }
  if (purpose.length > MAX_PURPOSE) return new Error(`X-Purpose is longer than ${MAX_PURPOSE} characters`);
  return purpose || null;
}

/**
 * The authentication step: `Authorization: Bearer <API key or JWT>` resolves the caller, and
 * `X-Purpose` adds its declared purpose. No valid credentials: HTTP 401 UNAUTHENTICATED (the
 * reason goes to the log, never to the caller). Everything after this step has a caller.
 */
export function useAuthentication({ authenticate, logger }: AuthenticationOptions): RequestHandler {
  return (req, res, next) => {
    const context = contextOf(req, res);
    authenticate(req.get('authorization')).then((result) => {
      if (!result.ok) {
        logger.warn({ requestId: context.requestId, reason: result.reason }, 'unauthenticated request');
        context.audit.errorCodes = ['UNAUTHENTICATED'];
        res.setHeader('www-authenticate', 'Bearer');
        return sendGraphQLError(res, 401, 'UNAUTHENTICATED', 'A valid API key or token is required: send Authorization: Bearer <key>');
      }
      const purpose = purposeOf(req.get(PURPOSE_HEADER));
      if (purpose instanceof Error) {
        context.audit.errorCodes = ['BAD_REQUEST'];
        return sendGraphQLError(res, 400, 'BAD_REQUEST', purpose.message);
      }
      context.caller = { ...result.caller, purpose } satisfies Caller;
      next();
    }, next);
  };
}
