import type { DocumentNode } from 'graphql';
import { PII_READ, PII_SENSITIVE, ROLES, type Role } from '../../lib/caller.js';
import { pruneDocument, type PruneSchema, type Verdict } from './prune.js';
import { indexSupergraph, type AccessDirectives, type IndexedField, type IndexedType, type ScopeAlternatives } from './supergraph-index.js';
import type { AuthorizationCaller, AuthorizationResult, DenialReason } from './types.js';

/**
 * Field-level authorization, enforced by the gateway before planning because @apollo/gateway
 * ignores the federation security directives. Deny by default: a field is readable by a role only
 * when a subgraph that resolves it is granted to that role; then its `@authenticated`,
 * `@requiresScopes` (on the field, on the type it is selected on, on the type it returns) and
 * `@personalData` (scopes and a declared purpose) must all be met.
 */

/** Which roles each subgraph is granted to, by subgraph name; a subgraph not listed is granted to none. */
export type SubgraphGrants = Readonly<Record<string, readonly Role[]>>;

export interface AuthorizationPolicy {
  /** The subgraphs the supergraph joins, to check a grants table against (a name it lacks grants nothing). */
  readonly subgraphs: readonly string[];
  /**
   * The operation without the fields the caller may not read, and where to put their nulls back
   * (`applyDenials`). `document` should have passed validation. Pure: same input, same output.
   */
  authorize(document: DocumentNode, caller: AuthorizationCaller, operationName?: string | null): AuthorizationResult;
}

/** A field's requirements, worked out once from the supergraph. */
interface FieldRule {
  readonly coordinate: string;
  readonly returnType: string;
  readonly roles: ReadonlySet<Role>;
  readonly authenticated: boolean;
  readonly policy: boolean;
  /** Each entry must be met (AND); each is itself an OR of AND-lists. */
  readonly scopes: readonly ScopeAlternatives[];
  readonly personalData: boolean;
}

export function buildAuthorizationPolicy(supergraphSdl: string, grants: SubgraphGrants): AuthorizationPolicy {
  const index = indexSupergraph(supergraphSdl);
  const rules = new Map<string, Map<string, FieldRule>>();
  for (const type of index.types.values()) {
    const fields = new Map<string, FieldRule>();
    for (const field of type.fields.values()) fields.set(field.coordinate.slice(type.name.length + 1), ruleOf(field, type, index.types.get(field.returnType), grants));
    rules.set(type.name, fields);
  }
  const ruleAt = (parent: string, field: string): FieldRule | undefined => rules.get(parent)?.get(field);

  return {
    subgraphs: index.subgraphs,
    authorize(document, caller, operationName) {
      const scopes = new Set(caller.scopes);
      scopes.add(`role:${caller.role}`);
      const verdicts = new Map<FieldRule, Verdict | null>();
      const schema: PruneSchema = {
        rootType: (operation) => index.roots[operation],
        possibleTypes: (type) => index.types.get(type)?.possibleTypes ?? null,
        returnType: (parent, field) => ruleAt(parent, field)?.returnType ?? null,
        verdict(parent, field) {
          const rule = ruleAt(parent, field);
          if (!rule) return null;
          let verdict = verdicts.get(rule);
          if (verdict === undefined) verdicts.set(rule, (verdict = verdictOf(rule, caller, scopes)));
          return verdict;
        },
      };
      return pruneDocument(document, operationName, schema);
    },
  };
}

const BASIC_SCOPES: ScopeAlternatives = [[PII_READ]];
const SENSITIVE_SCOPES: ScopeAlternatives = [[PII_READ, PII_SENSITIVE]];

function ruleOf(field: IndexedField, parent: IndexedType, returned: IndexedType | undefined, grants: SubgraphGrants): FieldRule {
  const roles = new Set<Role>();
  for (const subgraph of field.subgraphs) for (const role of Object.hasOwn(grants, subgraph) ? (grants[subgraph] ?? []) : []) roles.add(role);
  // A type's requirements hold wherever its objects show: on the fields returning it and on its own fields.
  const access: AccessDirectives[] = [field.access, parent.access, ...(returned ? [returned.access] : [])];
  const scopes = access.flatMap((a) => (a.scopes ? [a.scopes] : []));
  // The level implies its scopes, so a field tagged personal is safe even if its @requiresScopes is forgotten.
  if (field.personalData) scopes.push(field.personalData === 'BASIC' ? BASIC_SCOPES : SENSITIVE_SCOPES);
  return {
    coordinate: field.coordinate,
    returnType: field.returnType,
    roles: roles.size === ROLES.length ? ALL_ROLES : roles,
    authenticated: access.some((a) => a.authenticated),
    policy: access.some((a) => a.policy),
    scopes,
    personalData: field.personalData !== null,
  };
}

const ALL_ROLES: ReadonlySet<Role> = new Set(ROLES);

function verdictOf(rule: FieldRule, caller: AuthorizationCaller, scopes: ReadonlySet<string>): Verdict | null {
  const { coordinate } = rule;
  // A role not granted learns nothing more about the field's requirements.
  if (!rule.roles.has(caller.role)) return { coordinate, reasons: ['ROLE'], message: `${coordinate} is not granted to the ${caller.role} role.` };
  const reasons: DenialReason[] = [];
  const missing: string[] = [];
  if (rule.authenticated && caller.authenticated === false) {
    reasons.push('AUTHENTICATION');
    missing.push('an authenticated caller');
  }
  if (rule.policy) {
    reasons.push('POLICY');
    missing.push('a @policy the hub does not evaluate');
  }
  const unmet = rule.scopes.filter((alternatives) => !alternatives.some((all) => all.every((s) => scopes.has(s))));
  if (unmet.length > 0) {
    reasons.push('SCOPE');
    missing.push(...new Set(unmet.map((alternatives) => describeScopes(alternatives, scopes))));
  }
  if (rule.personalData && !caller.hasPurpose) {
    reasons.push('PURPOSE');
    missing.push('a purpose declared in the X-Purpose header');
  }
  if (reasons.length === 0) return null;
  return { coordinate, reasons, message: `${coordinate} requires ${list(missing)}.` };
}

/** `[["pii:read", "pii:sensitive"], ["role:auditor"]]`, holding pii:read → "the scope pii:sensitive, or the auditor role". */
function describeScopes(alternatives: ScopeAlternatives, held: ReadonlySet<string>): string {
  return alternatives
    .map((all) => {
      const lacking = all.filter((s) => !held.has(s));
      const roles = lacking.filter((s) => s.startsWith('role:')).map((s) => `the ${s.slice('role:'.length)} role`);
      const plain = lacking.filter((s) => !s.startsWith('role:'));
      const named = plain.length === 0 ? [] : [`the scope${plain.length > 1 ? 's' : ''} ${list(plain)}`];
      return list([...named, ...roles]);
    })
    .join(', or ');
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
