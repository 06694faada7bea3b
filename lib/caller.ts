/**
 * The caller contract shared by the gateway and the subgraphs: who is asking, in which role, for
 * which area, with which scopes and declared purpose. The gateway resolves it from the request's
 * credentials; the subgraphs receive it from the gateway and apply it in the SQL they run.
 */

/** The roles of the hub, deny by default: a role sees only what it is granted. */
export const ROLES = ['province', 'local', 'department', 'developer', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/**
 * The area a caller may see records of. Repositories take it as a filter on every query, so that
 * access control narrows what the SQL selects rather than filtering rows afterwards.
 */
export type AreaScope =
  /** The whole province and every historical unit in it. */
  | { readonly kind: 'ALL' }
  /** Only these units and everything under them (codes of any level, before or after 2025-07-01). */
  | { readonly kind: 'UNITS'; readonly codes: readonly string[] };

export const ALL_AREA: AreaScope = { kind: 'ALL' };

export interface Caller {
  /** Stable identity of the person or system: an API key's id or a JWT subject. */
  readonly id: string;
  readonly role: Role;
  /** The units a `local` caller covers; the whole province for the other roles. */
  readonly area: AreaScope;
  /** The sector (subgraph name) a `department` caller belongs to; null for the other roles. */
  readonly sector: string | null;
  /** Granted scopes, e.g. `pii:read`, `pii:sensitive`. */
  readonly scopes: readonly string[];
  /** The purpose the caller declared for this request (`X-Purpose`), e.g. a case number; null if none. */
  readonly purpose: string | null;
}

/** Scopes that open personal data: basic with `pii:read`, sensitive with `pii:sensitive` as well. */
export const PII_READ = 'pii:read';
export const PII_SENSITIVE = 'pii:sensitive';
