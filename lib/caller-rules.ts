import { isRole, type AreaScope, type Caller, type Role } from './caller.js';

/**
 * The rules a caller must satisfy wherever one is made (an API key, an identity provider's JWT) or
 * received (the gateway's signed caller token), kept in one place so that a key the CLI accepts is
 * a caller the subgraphs accept.
 */

/** A caller as authentication resolves it; the purpose is added per request from `X-Purpose`. */
export type CallerIdentity = Omit<Caller, 'purpose'>;

/** What a credential grants: the caller without identity and purpose. */
export interface Grant {
  readonly role: Role;
  /** Unit codes a `local` caller covers; empty for the other roles. */
  readonly units: readonly string[];
  /** The sector of a `department` caller; null for the other roles. */
  readonly sector: string | null;
  readonly scopes: readonly string[];
}

/** A GSO administrative unit code: province (2 digits), district (3) or commune (5). */
export const isUnitCode = (value: unknown): value is string => typeof value === 'string' && /^(\d{2}|\d{3}|\d{5})$/.test(value);

/** A sector is named like its subgraph: lowercase words joined by dashes. */
export const isSectorName = (value: unknown): value is string => typeof value === 'string' && /^[a-z][a-z0-9-]{0,63}$/.test(value);

/** A scope such as `pii:read`; no spaces, since OAuth scopes travel space-separated. */
export const isScope = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9][\w.:/-]{0,127}$/.test(value);

/** Stable identities are short printable text (an API key id, a JWT subject). */
const isCallerId = (value: unknown): value is string => typeof value === 'string' && /^[\x21-\x7e]{1,256}$/.test(value);

/**
 * Why a grant is not acceptable, or null when it is. Units belong to `local` only and a sector to
 * `department` only, so that no grant carries a restriction the caller contract would ignore.
 */
export function grantProblem(grant: { role: unknown; units: readonly unknown[]; sector: unknown; scopes: readonly unknown[] }): string | null {
  const { role, units, sector, scopes } = grant;
  if (!isRole(role)) return `unknown role "${String(role)}"`;
  const badUnit = units.find((u) => !isUnitCode(u));
  if (badUnit !== undefined) return `"${String(badUnit)}" is not a unit code (2, 3 or 5 digits)`;
  if (role === 'local' && units.length === 0) return 'a local caller needs at least one unit';
  if (role !== 'local' && units.length > 0) return `units apply to the local role only, not to ${role}`;
  if (sector !== null && !isSectorName(sector)) return `"${String(sector)}" is not a sector name`;
  if (role === 'department' && sector === null) return 'a department caller needs a sector';
  if (role !== 'department' && sector !== null) return `a sector applies to the department role only, not to ${role}`;
  const badScope = scopes.find((s) => !isScope(s));
  if (badScope !== undefined) return `"${String(badScope)}" is not a scope`;
  return null;
}

/**
 * The caller a valid grant makes for `id`, frozen all the way down: authentication caches callers
 * and hands the same object to many requests, so none of them may change it for the others.
 */
export function identityOf(id: string, grant: Grant): CallerIdentity {
  return Object.freeze({ id, role: grant.role, area: areaOf(grant), sector: grant.sector, scopes: Object.freeze([...new Set(grant.scopes)]) });
}

const WHOLE_PROVINCE: AreaScope = Object.freeze({ kind: 'ALL' });

const areaOf = (grant: Pick<Grant, 'role' | 'units'>): AreaScope =>
  grant.role === 'local' ? Object.freeze({ kind: 'UNITS', codes: Object.freeze([...new Set(grant.units)]) }) : WHOLE_PROVINCE;

/**
 * A caller received from elsewhere (a token payload) if it has exactly the contract's shape and
 * satisfies the grant rules; null otherwise.
 */
export function parseCaller(value: unknown): Caller | null {
  if (typeof value !== 'object' || value === null) return null;
  const c = value as Record<string, unknown>;
  const area = c.area as Record<string, unknown> | null | undefined;
  if (!isCallerId(c.id) || typeof area !== 'object' || area === null) return null;
  if (!Array.isArray(c.scopes) || !(c.purpose === null || typeof c.purpose === 'string')) return null;
  if (c.sector === undefined) return null;
  let units: unknown[];
  if (area.kind === 'ALL') units = [];
  else if (area.kind === 'UNITS' && Array.isArray(area.codes)) units = area.codes;
  else return null;
  // A local caller is the only one with UNITS; anything else with UNITS would be silently widened.
  if ((area.kind === 'UNITS') !== (c.role === 'local')) return null;
  if (grantProblem({ role: c.role, units, sector: c.sector, scopes: c.scopes }) !== null) return null;
  const grant = { role: c.role as Role, units: units as string[], sector: c.sector as string | null, scopes: c.scopes as string[] };
  return Object.freeze({ ...identityOf(c.id, grant), purpose: c.purpose });
}
