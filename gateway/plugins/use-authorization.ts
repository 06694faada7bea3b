import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { print } from 'graphql';
import { LRUCache } from 'lru-cache';
import { applyDenials } from '../authorization/apply-denials.js';
import { authorizationCacheKey, type Authorizer } from '../authorization/authorizer.js';
import { contextOf, type GatewayContext } from '../context.js';

export interface AuthorizationOptions {
  authorizer: Authorizer;
  /** Pruned documents kept as text, least recently used first out; default 1,000. */
  printed?: number;
}

/**
 * Field-level authorization, before planning, deny by default: a field of a subgraph not granted
 * to the caller's role, one whose `@requiresScopes` the caller lacks (its role counts as the scope
 * `role:<role>`), or personal data (`@personalData`) without a declared purpose, is taken out of the
 * operation, so no subgraph is ever asked for it; the answer then has null there with FORBIDDEN, the
 * rest intact. @apollo/gateway alone ignores these directives.
 */
export function useAuthorization({ authorizer, printed = 1_000 }: AuthorizationOptions): { step: RequestHandler; plugin: ApolloServerPlugin<GatewayContext> } {
  const texts = new LRUCache<string, string>({ max: printed });
  return {
    step: (req, res, next) => {
      const context = contextOf(req, res);
      const { caller, operation, request } = context;
      const who = { role: caller!.role, scopes: caller!.scopes, hasPurpose: caller!.purpose !== null };
      const result = authorizer.authorize(operation!.queryHash, operation!.document, who, request!.operationName);
      if (result.denied.length > 0) {
        const key = JSON.stringify([operation!.queryHash, request!.operationName, authorizationCacheKey(who)]);
        let text = texts.get(key);
        if (text === undefined) {
          text = print(result.document);
          texts.set(key, text);
        }
        // Apollo parses, validates and plans the pruned text: its plan cache is keyed by that text.
        (req.body as { query: string }).query = text;
        context.denied = result.denied;
      }
      next();
    },
    plugin: {
      async requestDidStart({ contextValue }) {
        return {
          async willSendResponse({ response }) {
            const denied = contextValue.denied;
            if (!denied || response.body.kind !== 'single') return;
            const patched = applyDenials(response.body.singleResult, denied);
            response.body.singleResult.data = patched.data;
            response.body.singleResult.errors = patched.errors;
          },
        };
      },
    },
  };
}
