import {
  Kind,
  type ArgumentNode,
  type DefinitionNode,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type OperationTypeNode,
  type SelectionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { TYPENAME_ALIAS, type AuthorizationResult, type Denial, type DenialReason, type PathStep } from './types.js';

/**
 * Removes the fields a caller may not read from an operation, and records where each one was.
 *
 * Whether a field is denied depends only on the field node itself (the field, the static type of
 * the selection set it sits in) and the caller, never on where a fragment holding it is spread. So
 * every denied field node is removed where it stands, fragment definitions included, and no
 * fragment ever needs inlining: the returned document is the original minus the denied fields,
 * plus a few `__typename` selections. Only the response paths depend on the spread site, and those
 * are found by expanding fragments, but only along the way to a denied field: a selection set with
 * nothing denied under it is never entered, so a document with nothing denied costs one pass.
 */

export interface Verdict {
  readonly coordinate: string;
  readonly reasons: readonly DenialReason[];
  readonly message: string;
}

/** What pruning needs of the schema and of the caller's rights. */
export interface PruneSchema {
  rootType(operation: OperationTypeNode): string;
  /** The object types a value of a composite type can be; null for an unknown type. */
  possibleTypes(type: string): ReadonlySet<string> | null;
  /** The named type a field returns; null for an unknown field. */
  returnType(parent: string, field: string): string | null;
  /** Why the caller may not read the field; null when it may (or the field is unknown: validation refuses those). */
  verdict(parent: string, field: string): Verdict | null;
}

export function pruneDocument(document: DocumentNode, operationName: string | null | undefined, schema: PruneSchema): AuthorizationResult {
  const operation = selectOperation(document, operationName);
  // No operation to run: graphql-js refuses the request on its own, nothing is executed.
  if (!operation) return { document, denied: [] };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const pruner = new Pruner(schema, fragments);
  const root = schema.rootType(operation.operation);
  if (!pruner.containsDenial(operation.selectionSet, root)) return { document, denied: [] };
  const rootTypes = new Set([root]);
  pruner.walk(operation.selectionSet, root, rootTypes, rootTypes, []);
  return { document: pruner.rewrite(document, operation), denied: pruner.denied };
}

function selectOperation(document: DocumentNode, name: string | null | undefined): OperationDefinitionNode | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (name) return operations.find((o) => o.name?.value === name) ?? null;
  return operations.length === 1 ? (operations[0] ?? null) : null;
}

const TYPENAME_FIELD: FieldNode = Object.freeze({
  kind: Kind.FIELD,
  alias: Object.freeze({ kind: Kind.NAME, value: TYPENAME_ALIAS }),
  name: Object.freeze({ kind: Kind.NAME, value: '__typename' }),
});

class Pruner {
  readonly denied: Denial[] = [];
  private readonly deniedPaths = new Set<string>();
  /** Per selection set: does a denied field sit in it or under it (static, see the file comment). */
  private readonly denialBelow = new Map<SelectionSetNode, boolean>();
  /** Denied field nodes, by the selection set that holds them. */
  private readonly removals = new Map<SelectionSetNode, Set<FieldNode>>();
  /** Selection sets that need the aliased `__typename` to tell object types apart. */
  private readonly needTypename = new Set<SelectionSetNode>();
  private readonly rebuilt = new Map<SelectionSetNode, SelectionSetNode>();

  constructor(
    private readonly schema: PruneSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  ) {}

  containsDenial(set: SelectionSetNode, type: string): boolean {
    const known = this.denialBelow.get(set);
    if (known !== undefined) return known;
    // A fragment cycle (which validation refuses anyway) reads as "nothing below" instead of looping.
    this.denialBelow.set(set, false);
    const found = set.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) return false;
        if (this.schema.verdict(type, name)) return true;
        const returned = selection.selectionSet ? this.schema.returnType(type, name) : null;
        return returned !== null && selection.selectionSet !== undefined && this.containsDenial(selection.selectionSet, returned);
      }
      const [body, condition] = this.bodyOf(selection, type);
      return body !== null && this.containsDenial(body, condition);
    });
    this.denialBelow.set(set, found);
    return found;
  }

  /**
   * Follows every way to a denied field with fragments expanded. `narrowed` is the set of object
   * types the objects at this level can have after the type conditions passed so far; `base` is
   * the set before any (the field's own return type). Returns whether a denial was found below.
   */
  walk(set: SelectionSetNode, type: string, narrowed: ReadonlySet<string>, base: ReadonlySet<string>, prefix: readonly PathStep[], active = new Set<string>()): boolean {
    const types = narrowed.size === base.size ? null : [...narrowed].sort();
    let found = false;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        const step: PathStep = { key: selection.alias?.value ?? name, types };
        const verdict = this.schema.verdict(type, name);
        if (verdict) {
          this.remove(set, selection);
          this.record([...prefix, step], verdict);
        } else {
          const returned = this.schema.returnType(type, name);
          const possible = returned === null ? null : this.schema.possibleTypes(returned);
          if (!selection.selectionSet || returned === null || possible === null || !this.containsDenial(selection.selectionSet, returned)) continue;
          if (!this.walk(selection.selectionSet, returned, possible, possible, [...prefix, step], active)) continue;
        }
        found = true;
        // Only objects of `types` hold this step: the data must say which objects those are.
        if (types) this.needTypename.add(set);
        continue;
      }
      const spread = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : null;
      if (spread !== null && active.has(spread)) continue;
      const [body, condition] = this.bodyOf(selection, type);
      if (body === null || !this.containsDenial(body, condition)) continue;
      const conditionTypes = condition === type ? narrowed : this.schema.possibleTypes(condition);
      if (!conditionTypes) continue;
      if (spread !== null) active.add(spread);
      if (this.walk(body, condition, intersect(narrowed, conditionTypes), base, prefix, active)) found = true;
      if (spread !== null) active.delete(spread);
    }
    return found;
  }

  /** The document with the denied fields removed, only the operation and the fragments it still uses, and only the variables it still uses. */
  rewrite(document: DocumentNode, operation: OperationDefinitionNode): DocumentNode {
    const selectionSet = this.rebuild(operation.selectionSet);
    const used = new Map<string, FragmentDefinitionNode>();
    const variables = new Set<string>();
    collectVariables(operation.directives, variables);
    const queue: SelectionSetNode[] = [selectionSet];
    for (let set = queue.pop(); set; set = queue.pop()) {
      for (const name of scanSelections(set, variables)) {
        const fragment = this.fragments.get(name);
        if (!fragment || used.has(name)) continue;
        const body = this.rebuild(fragment.selectionSet);
        used.set(name, body === fragment.selectionSet ? fragment : { ...fragment, selectionSet: body });
        collectVariables(fragment.directives, variables);
        queue.push(body);
      }
    }
    const variableDefinitions = operation.variableDefinitions?.filter((v) => variables.has(v.variable.name.value));
    const pruned: OperationDefinitionNode = { ...operation, selectionSet, variableDefinitions };
    const definitions = document.definitions.flatMap((d): DefinitionNode[] => {
      if (d === operation) return [pruned];
      if (d.kind === Kind.FRAGMENT_DEFINITION) {
        const kept = used.get(d.name.value);
        return kept ? [kept] : [];
      }
      return []; // other operations are not run; their fragments could otherwise go unused, which validation refuses
    });
    return { kind: Kind.DOCUMENT, definitions };
  }

  /** A selection set without its denied fields; the same node when nothing under it changed. */
  private rebuild(set: SelectionSetNode): SelectionSetNode {
    const known = this.rebuilt.get(set);
    if (known) return known;
    const removed = this.removals.get(set);
    let changed = false;
    const selections: SelectionNode[] = [];
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD && removed?.has(selection)) {
        changed = true;
        continue;
      }
      if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet) {
        const body = this.rebuild(selection.selectionSet);
        if (body !== selection.selectionSet) {
          selections.push({ ...selection, selectionSet: body });
          changed = true;
          continue;
        }
      }
      selections.push(selection);
    }
    const needsTypename = this.needTypename.has(set) || selections.length === 0;
    if (needsTypename && !selections.some((s) => s.kind === Kind.FIELD && s.alias?.value === TYPENAME_ALIAS && s.name.value === '__typename')) {
      selections.push(TYPENAME_FIELD);
      changed = true;
    }
    const result = changed ? { ...set, selections } : set;
    this.rebuilt.set(set, result);
    return result;
  }

  private bodyOf(selection: Exclude<SelectionNode, FieldNode>, type: string): [SelectionSetNode | null, string] {
    if (selection.kind === Kind.INLINE_FRAGMENT) return [selection.selectionSet, selection.typeCondition?.name.value ?? type];
    const fragment = this.fragments.get(selection.name.value);
    return fragment ? [fragment.selectionSet, fragment.typeCondition.name.value] : [null, type];
  }

  private remove(set: SelectionSetNode, field: FieldNode): void {
    let fields = this.removals.get(set);
    if (!fields) this.removals.set(set, (fields = new Set()));
    fields.add(field);
  }

  private record(path: PathStep[], verdict: Verdict): void {
    // Type conditions no object type meets (an interface inside a disjoint one): the field is
    // still removed, but no object can hold it, so there is nothing to put back.
    if (path.some((step) => step.types?.length === 0)) return;
    // The same field reached twice (two fragments on one object) is one path, so one error.
    const key = JSON.stringify(path);
    if (this.deniedPaths.has(key)) return;
    this.deniedPaths.add(key);
    this.denied.push({ path, coordinate: verdict.coordinate, reasons: verdict.reasons, message: verdict.message });
  }
}

function intersect(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> {
  if (a === b) return a;
  const result = new Set<string>();
  for (const item of a) if (b.has(item)) result.add(item);
  return result.size === a.size ? a : result;
}

/** Names of the fragments a selection set spreads (not following them), collecting its variables on the way. */
function scanSelections(set: SelectionSetNode, variables: Set<string>): string[] {
  const spreads: string[] = [];
  const stack: SelectionSetNode[] = [set];
  for (let current = stack.pop(); current; current = stack.pop()) {
    for (const selection of current.selections) {
      collectVariables(selection.directives, variables);
      if (selection.kind === Kind.FRAGMENT_SPREAD) spreads.push(selection.name.value);
      else {
        if (selection.kind === Kind.FIELD) collectVariables(selection.arguments, variables);
        if (selection.selectionSet) stack.push(selection.selectionSet);
      }
    }
  }
  return spreads;
}

function collectVariables(nodes: readonly (DirectiveNode | ArgumentNode)[] | undefined, variables: Set<string>): void {
  for (const node of nodes ?? []) {
    if (node.kind === Kind.DIRECTIVE) collectVariables(node.arguments, variables);
    else collectValue(node.value, variables);
  }
}

function collectValue(value: ValueNode, variables: Set<string>): void {
  if (value.kind === Kind.VARIABLE) variables.add(value.name.value);
  else if (value.kind === Kind.LIST) for (const item of value.values) collectValue(item, variables);
  else if (value.kind === Kind.OBJECT) for (const field of value.fields) collectValue(field.value, variables);
}
