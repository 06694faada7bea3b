import { Directive, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import { PII_READ, PII_SENSITIVE } from '../../../lib/caller.js';
import type { SubgraphContext } from '../context/context.js';
import { checkPersonalData, type PersonalDataLevel } from '../context/request-scope.js';

/**
 * Marks a field that returns personal data (an applicant, a vessel owner, a patient), so that it
 * is guarded the same way everywhere:
 * - in the SDL, visibly: `@requiresScopes` (`pii:read`, and `pii:sensitive` for sensitive data) and
 *   `@personalData(level:)`, which composition keeps in the supergraph, so the gateway knows it too
 *   and refuses it before planning to a caller without the scope or a declared purpose;
 * - in the subgraph, again: the caller's scopes and purpose are checked before anything is read
 *   (FORBIDDEN otherwise: the field is null, the rest of the answer intact);
 * - in the audit trail: the identifier of each person returned (`subjectOf`) is reported to the
 *   gateway, which records a keyed hash of it, never the identifier.
 */
export function PersonalData<T>(level: PersonalDataLevel, subjectOf: (value: T) => string | null): MethodDecorator & PropertyDecorator {
  const scopes = level === 'SENSITIVE' ? [PII_READ, PII_SENSITIVE] : [PII_READ];
  const guard: MiddlewareFn<SubgraphContext<unknown>> = async ({ context }, next) => {
    checkPersonalData(context.scope, level);
    const value = (await next()) as T | T[] | null | undefined;
    for (const item of Array.isArray(value) ? value : value == null ? [] : [value]) {
      const subject = subjectOf(item);
      if (subject) context.scope.subjects.add(subject);
    }
    return value;
  };
  // On a field resolver method or on a plain `@Field` property alike.
  const decorators = [
    Directive(`@requiresScopes(scopes: [[${scopes.map((s) => JSON.stringify(s)).join(', ')}]])`),
    Directive(`@personalData(level: "${level}")`),
    UseMiddleware(guard),
  ];
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    for (const decorate of decorators) (decorate as (t: object, k: string | symbol, d?: PropertyDescriptor) => void)(target, key, descriptor);
  };
}

/** A person's identifier for the audit trail: the ID number, else name and phone as given. */
export const personOf = (person: { idNumber: string | null; name: string; phone?: string | null }): string =>
  person.idNumber ?? `${person.name}|${person.phone ?? ''}`;
