import type { DocumentNode } from 'graphql';
import type { Role } from '../../lib/caller.js';

/** What authorization needs of a caller (see lib/caller.ts for the whole contract). */
export interface AuthorizationCaller {
  readonly role: Role;
  /** Granted scopes; the role is added as the scope `role:<role>`, so a schema can grant a field to a role. */
  readonly scopes: readonly string[];
  /** True when the request declared a purpose (`X-Purpose`): personal data needs one. */
  readonly hasPurpose: boolean;
  /**
   * For `@authenticated`. Default true: the gateway answers 401 to a request without valid
   * credentials before authorization runs, so every caller that reaches it is authenticated.
   */
  readonly authenticated?: boolean;
}

/** Why a field is denied, in the order they are checked. */
export type DenialReason =
  /** No subgraph that resolves the field is granted to the caller's role. */
  | 'ROLE'
  /** `@authenticated` and the caller is not. */
  | 'AUTHENTICATION'
  /** `@policy`: the hub does not evaluate policies, so it denies them to everyone. */
  | 'POLICY'
  /** `@requiresScopes` (on the field, its type or the type it returns), or the scopes personal data implies. */
  | 'SCOPE'
  /** `@personalData` and no purpose declared. */
  | 'PURPOSE';

/**
 * One level of a response path: the response key (alias or field name) in the object at this level,
 * and the object types that object must have for the step to apply (null: any). Lists are not
 * steps: every element of a list found at a key is followed.
 */
export interface PathStep {
  readonly key: string;
  readonly types: readonly string[] | null;
}

/** A field removed from the operation, to be put back as null with a FORBIDDEN error. */
export interface Denial {
  /** Where, with fragments expanded: the last step is the denied field's response key. */
  readonly path: readonly PathStep[];
  /** `Type.field` of the denied field. */
  readonly coordinate: string;
  readonly reasons: readonly DenialReason[];
  /** One English sentence naming what is missing (role, scopes, purpose); never any data. */
  readonly message: string;
}

export interface AuthorizationResult {
  /**
   * The operation to plan: the very object given when nothing was removed. Compare it, not
   * `denied`, to know: a denied field under type conditions no object can meet is removed with
   * no denial to report.
   */
  readonly document: DocumentNode;
  readonly denied: readonly Denial[];
}

/**
 * The alias under which authorization selects `__typename` where it needs to tell object types
 * apart, or to keep a selection set from becoming empty. `applyDenials` removes it from the data.
 */
export const TYPENAME_ALIAS = '_authzTypename';
