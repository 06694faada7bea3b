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
  const root: Node = { entries: [] };
  for (const denial of denied) {
    let node = root;
    denial.path.forEach((step, i) => {
      const typesKey = step.types ? step.types.join(',') : '';
      let entry = node.entries.find((e) => e.key === step.key && e.typesKey === typesKey);
      if (!entry) node.entries.push((entry = { key: step.key, types: step.types ? new Set(step.types) : null, typesKey, denial: null, child: null }));
      if (i === denial.path.length - 1) entry.denial ??= denial;
      else node = entry.child ??= { entries: [] };
    });
  }
  return root;
}

function visitObject(object: Record<string, unknown>, node: Node, path: Path, errors: GraphQLFormattedError[]): Record<string, unknown> {
  let copy: Record<string, unknown> | null = null;
  const typename = object[TYPENAME_ALIAS] ?? object.__typename;
  if (TYPENAME_ALIAS in object) {
    copy = { ...object };
    delete copy[TYPENAME_ALIAS];
  }
  const applies = (entry: Entry) => entry.types === null || (typeof typename === 'string' && entry.types.has(typename));
  const nulled = new Set<string>();
  // Denied fields first: one the operation also reaches through an allowed path stays null.
  for (const entry of node.entries) {
    if (!entry.denial || !applies(entry) || nulled.has(entry.key)) continue;
    nulled.add(entry.key);
    (copy ??= { ...object })[entry.key] = null;
    errors.push({ message: entry.denial.message, path: [...path, entry.key], extensions: { code: 'FORBIDDEN' } });
  }
  // A key reached under several type conditions that all apply is walked once, with their
  // subtrees merged: walking it twice would read the type of copies already stripped of it.
  const below = new Map<string, Node[]>();
  for (const entry of node.entries) {
    if (!entry.child || !applies(entry) || nulled.has(entry.key)) continue;
    const nodes = below.get(entry.key);
    if (nodes) nodes.push(entry.child);
    else below.set(entry.key, [entry.child]);
  }
  for (const [key, nodes] of below) {
    const value = object[key];
    const child = nodes.length === 1 && nodes[0] ? nodes[0] : { entries: nodes.flatMap((n) => n.entries) };
    path.push(key);
    const visited = visitValue(value, child, path, errors);
    path.pop();
    if (visited !== value) (copy ??= { ...object })[key] = visited;
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
