import type { GraphQLFormattedError } from 'graphql';
import { TYPENAME_ALIAS, type Denial } from './types.js';

/**
 * Puts the denied fields back into an executed result as null, with one FORBIDDEN error per
 * concrete path, and removes the `__typename` authorization added.
 *
 * It never mutates its input: objects and lists on the way to a denied field are copied (the rest
 * of the data is shared with the input), so a result that a cache also holds stays as it was. The
 * work is proportional to the part of the data the denials' paths go through, at most its size.
 */

export interface ExecutionResultShape {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: readonly GraphQLFormattedError[];
}

/** The denials merged into a tree by path, so that data shared by several paths is walked once. */
interface Node {
  readonly entries: Entry[];
  /** Some key has entries with subtrees under several type conditions (rare: fragments on several types). */
  repeatedKeys: boolean;
}

interface Entry {
  readonly key: string;
  readonly types: ReadonlySet<string> | null;
  readonly typesKey: string;
  /** Set when the field at `key` is the denied one. */
  denial: Denial | null;
  child: Node | null;
}

type Path = (string | number)[];

const trees = new WeakMap<readonly Denial[], Node>();

export function applyDenials<R extends ExecutionResultShape>(result: R, denied: readonly Denial[]): R {
  if (denied.length === 0 || !result.data) return result;
  let tree = trees.get(denied);
  if (!tree) trees.set(denied, (tree = treeOf(denied)));
  const errors: GraphQLFormattedError[] = [];
  const data = visitObject(result.data, tree, [], errors);
  if (data === result.data && errors.length === 0) return result;
  return { ...result, data, errors: [...(result.errors ?? []), ...errors] };
}

function treeOf(denied: readonly Denial[]): Node {
  const root: Node = { entries: [], repeatedKeys: false };
  for (const denial of denied) {
    let node = root;
    denial.path.forEach((step, i) => {
      const typesKey = step.types ? step.types.join(',') : '';
      let entry = node.entries.find((e) => e.key === step.key && e.typesKey === typesKey);
      if (!entry) {
        if (node.entries.some((e) => e.key === step.key)) node.repeatedKeys = true;
        node.entries.push((entry = { key: step.key, types: step.types ? new Set(step.types) : null, typesKey, denial: null, child: null }));
      }
      if (i === denial.path.length - 1) entry.denial ??= denial;
      else node = entry.child ??= { entries: [], repeatedKeys: false };
    });
  }
  return root;
}

const applies = (entry: Entry, typename: unknown): boolean => entry.types === null || (typeof typename === 'string' && entry.types.has(typename));

function visitObject(object: Record<string, unknown>, node: Node, path: Path, errors: GraphQLFormattedError[]): Record<string, unknown> {
  let copy: Record<string, unknown> | null = null;
  const added = object[TYPENAME_ALIAS];
  const typename = typeof added === 'string' ? added : object.__typename;
  if (TYPENAME_ALIAS in object) {
    copy = { ...object };
    delete copy[TYPENAME_ALIAS];
  }
  let nulled: string[] | null = null;
  // Denied fields first: one the operation also reaches through an allowed path stays null.
  for (const entry of node.entries) {
    if (!entry.denial || !applies(entry, typename) || nulled?.includes(entry.key)) continue;
    (nulled ??= []).push(entry.key);
    (copy ??= { ...object })[entry.key] = null;
    errors.push({ message: entry.denial.message, path: [...path, entry.key], extensions: { code: 'FORBIDDEN' } });
  }
  for (const entry of node.entries) {
    if (!entry.child || !applies(entry, typename) || nulled?.includes(entry.key)) continue;
    // A key reached under several type conditions that all apply is walked once, with their
    // subtrees merged: walking it twice would read the type of copies already stripped of it.
    let child = entry.child;
    if (node.repeatedKeys) {
      const same = node.entries.filter((e) => e.key === entry.key && e.child && applies(e, typename));
      if (same[0] !== entry) continue;
      if (same.length > 1) child = { entries: same.flatMap((e) => e.child?.entries ?? []), repeatedKeys: true };
    }
    const value = object[entry.key];
    path.push(entry.key);
    const visited = visitValue(value, child, path, errors);
    path.pop();
    if (visited !== value) (copy ??= { ...object })[entry.key] = visited;
  }
  return copy ?? object;
}

function visitValue(value: unknown, node: Node, path: Path, errors: GraphQLFormattedError[]): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (!Array.isArray(value)) return visitObject(value as Record<string, unknown>, node, path, errors);
  let copy: unknown[] | null = null;
  value.forEach((item, i) => {
    path.push(i);
    const visited = visitValue(item, node, path, errors);
    path.pop();
    if (visited !== item) (copy ??= [...value])[i] = visited;
  });
  return copy ?? value;
}
