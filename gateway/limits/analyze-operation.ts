import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isIntrospectionType,
  isListType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type ValueNode,
} from 'graphql';

/**
 * Measures an operation on its parsed document alone, before graphql-js validates it and the
 * gateway plans it: both work on the tree with every fragment expanded, so a 1 kB document whose
 * fragments spread each other twice can stand for a tree of millions of fields. This walk never
 * expands a fragment: each one is measured once and its numbers are added wherever it is spread,
 * so the work is linear in the document's size whatever the expanded size is. It is iterative, so a
 * document nested thousands of levels deep cannot overflow the stack here.
 */

export interface AnalyzeOptions {
  /** The operation to measure; default: the document's only operation. */
  readonly operationName?: string | null;
  /** The request's variables, for list sizes given as `first: $n`; default none. */
  readonly variables?: Readonly<Record<string, unknown>> | null;
  /**
   * The API schema, to know which fields are lists and which types fragments resolve against;
   * without it no field counts as a list, so `cost` equals the number of fields. Default none.
   */
  readonly schema?: GraphQLSchema;
  /** Size assumed for a list whose size argument is absent; default 50 (the subgraphs' page size). */
  readonly defaultListSize?: number;
  /** Largest size a list is assumed to have, whatever its argument says; default 500 (the subgraphs' page cap). */
  readonly maxListSize?: number;
}

export interface OperationAnalysis {
  /** Operation definitions in the document, selected or not. */
  readonly operations: number;
  /**
   * False when the document names no operation to run (none for `operationName`, or several and
   * no name): the other numbers are then 0 and graphql-js refuses the request itself.
   */
  readonly selected: boolean;
  /** Deepest field nesting with fragments expanded; `__typename` adds no level. */
  readonly depth: number;
  /** Aliased fields with fragments expanded. */
  readonly aliases: number;
  /** Field selections with fragments expanded (`__typename` included), counted without expanding. */
  readonly selections: number;
  /**
   * Estimated work: each field costs 1 times the product of the sizes of the lists above it. A
   * list's size is its `first`/`last`/`limit` argument (a literal, a variable, or the variable's
   * default), else `defaultListSize`, capped at `maxListSize`. A connection (a field that takes
   * such an argument but is not a list) gives its size to the lists right below it (`nodes`,
   * `edges`). `__typename` costs nothing; introspection's lists count as size 1, since they are
   * bounded by the schema, not by data.
   */
  readonly cost: number;
  /** True when the operation reads `__schema` or `__type`. */
  readonly introspection: boolean;
  /** True when fragments spread each other in a cycle: the other numbers are then meaningless. */
  readonly fragmentCycle: boolean;
  /** True when the operation spreads a fragment the document does not define. */
  readonly unknownFragment: boolean;
}

/** Arguments that give a list's size (the first one present wins). */
export const SIZE_ARGUMENTS: readonly string[] = ['first', 'last', 'limit'];

const SATURATED = Number.MAX_SAFE_INTEGER;
const add = (a: number, b: number): number => Math.min(a + b, SATURATED);
const multiply = (a: number, b: number): number => Math.min(a * b, SATURATED);

/**
 * The numbers of one selection set, independent of where it is used, so that a fragment's can be
 * reused at every spread. Cost is split in two because an unsized list (a connection's `nodes`)
 * takes its size from its parent: a connection's `first`, else the default list size.
 */
interface Summary {
  selections: number;
  aliases: number;
  depth: number;
  /** Cost that does not depend on the size of the enclosing list. */
  cost: number;
  /** Cost per item of the enclosing list: the sum of the unsized lists' per-item costs. */
  costPerItem: number;
  introspection: boolean;
}

const emptySummary = (): Summary => ({ selections: 0, aliases: 0, depth: 0, cost: 0, costPerItem: 0, introspection: false });

/** Adds a sibling's numbers (an inline fragment, a spread fragment) into the selection set's. */
function addSibling(into: Summary, from: Summary): void {
  into.selections = add(into.selections, from.selections);
  into.aliases = add(into.aliases, from.aliases);
  into.depth = Math.max(into.depth, from.depth);
  into.cost = add(into.cost, from.cost);
  into.costPerItem = add(into.costPerItem, from.costPerItem);
  into.introspection ||= from.introspection;
}

/** What the walk needs of a schema field, worked out once per field. */
interface FieldInfo {
  /** The field returns a list, whose size multiplies what is below it. */
  readonly list: boolean;
  /** The field takes a size argument: a list with `first`, or a connection that sizes its `nodes`. */
  readonly sized: boolean;
  /** The type its selection set resolves against. */
  readonly type: GraphQLCompositeType | null;
}

const UNKNOWN_FIELD: FieldInfo = { list: false, sized: false, type: null };
// Keyed by the schema's own field objects, so it lives as long as the schema and no longer.
const fieldInfos = new WeakMap<GraphQLField<unknown, unknown>, FieldInfo>();

/** One selection set being walked, and where its numbers go when it is done. */
interface Frame {
  readonly selections: readonly SelectionNode[];
  readonly type: GraphQLCompositeType | null;
  index: number;
  readonly summary: Summary;
  /** The enclosing selection set's numbers; null for the operation's own. */
  readonly into: Summary | null;
  /** The field that owns this set; null for an inline fragment or a fragment. */
  readonly field: FieldInfo | null;
  /** The size the field's argument gives (the default when it has none). */
  readonly size: number;
  /** The fragment this set is the body of, to remember its numbers. */
  readonly fragment: string | null;
}

export function analyzeOperation(document: DocumentNode, options: AnalyzeOptions = {}): OperationAnalysis {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = selectOperation(operations, options.operationName);
  const result = {
    operations: operations.length,
    selected: operation !== null,
    depth: 0,
    aliases: 0,
    selections: 0,
    cost: 0,
    introspection: false,
    fragmentCycle: false,
    unknownFragment: false,
  };
  if (!operation) return result;

  const maxListSize = options.maxListSize ?? 500;
  const defaultSize = clampSize(options.defaultListSize ?? 50, maxListSize);
  const sizeOf = sizeReader(operation, options.variables ?? {}, maxListSize);
  const schema = options.schema;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION && !fragments.has(d.name.value)) fragments.set(d.name.value, d);
  }
  // A fragment is 'visiting' while its own selection set is on the stack: meeting it again is a cycle.
  const measured = new Map<string, Summary | 'visiting'>();
  const typeNamed = (name: string | undefined, fallback: GraphQLCompositeType | null): GraphQLCompositeType | null => {
    if (name === undefined) return fallback;
    const type = schema?.getType(name);
    return type && isCompositeType(type) ? type : null;
  };
  const frame = (selections: readonly SelectionNode[], type: GraphQLCompositeType | null, into: Summary | null, rest: Partial<Frame> = {}): Frame => ({
    selections,
    type,
    index: 0,
    summary: emptySummary(),
    into,
    field: null,
    size: defaultSize,
    fragment: null,
    ...rest,
  });

  const stack: Frame[] = [frame(operation.selectionSet.selections, schema?.getRootType(operation.operation) ?? null, null)];
  const root = stack[0]!.summary;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.index === top.selections.length) {
      stack.pop();
      if (top.fragment !== null) measured.set(top.fragment, top.summary);
      if (top.into && top.field) addField(top.into, top.summary, top.field, top.field.list ? defaultSize : top.size, top.size);
      else if (top.into) addSibling(top.into, top.summary);
      continue;
    }
    const selection = top.selections[top.index++]!;
    const into = top.summary;
    if (selection.kind === Kind.FIELD) {
      into.selections = add(into.selections, 1);
      if (selection.alias) into.aliases = add(into.aliases, 1);
      const name = selection.name.value;
      if (name === '__schema' || name === '__type') into.introspection = true;
      if (!selection.selectionSet) {
        if (name !== '__typename') {
          into.depth = Math.max(into.depth, 1);
          into.cost = add(into.cost, 1);
        }
        continue;
      }
      const field = fieldInfoOf(name, top.type, schema);
      const size = field.sized ? (sizeOf(selection) ?? defaultSize) : defaultSize;
      stack.push(frame(selection.selectionSet.selections, field.type, into, { field, size }));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      stack.push(frame(selection.selectionSet.selections, typeNamed(selection.typeCondition?.name.value, top.type), into));
    } else {
      const name = selection.name.value;
      const known = measured.get(name);
      const fragment = fragments.get(name);
      if (known === 'visiting') result.fragmentCycle = true;
      else if (known) addSibling(into, known);
      else if (!fragment) result.unknownFragment = true;
      else {
        measured.set(name, 'visiting');
        stack.push(frame(fragment.selectionSet.selections, typeNamed(fragment.typeCondition.name.value, null), into, { fragment: name }));
      }
    }
  }
  return {
    ...result,
    depth: root.depth,
    aliases: root.aliases,
    selections: root.selections,
    cost: add(root.cost, multiply(root.costPerItem, defaultSize)),
    introspection: root.introspection,
  };
}

/**
 * Adds a field's numbers: the field itself, and what is below it once per item. `itemListSize`
 * sizes the unsized lists right below (a connection's `nodes`); `size` is the field's own size.
 */
function addField(into: Summary, child: Summary, field: FieldInfo, itemListSize: number, size: number): void {
  into.selections = add(into.selections, child.selections);
  into.aliases = add(into.aliases, child.aliases);
  into.depth = Math.max(into.depth, add(child.depth, 1));
  into.introspection ||= child.introspection;
  const perItem = add(child.cost, multiply(child.costPerItem, itemListSize));
  into.cost = add(into.cost, 1);
  if (!field.list) into.cost = add(into.cost, perItem);
  else if (field.sized) into.cost = add(into.cost, multiply(size, perItem));
  // An unsized list takes its size from where it is used: the enclosing connection, or the default.
  else into.costPerItem = add(into.costPerItem, perItem);
}

function selectOperation(operations: readonly OperationDefinitionNode[], name: string | null | undefined): OperationDefinitionNode | null {
  if (name) return operations.find((o) => o.name?.value === name) ?? null;
  return operations.length === 1 ? operations[0]! : null;
}

function fieldInfoOf(name: string, parent: GraphQLCompositeType | null, schema: GraphQLSchema | undefined): FieldInfo {
  if (!parent || !schema) return UNKNOWN_FIELD;
  const field = name === '__schema' || name === '__type' ? metaFieldOf(name, parent, schema) : 'getFields' in parent ? parent.getFields()[name] : undefined;
  if (!field) return UNKNOWN_FIELD;
  let info = fieldInfos.get(field);
  if (!info) {
    // Introspection's lists are answered from the schema in memory: they multiply nothing.
    const introspective = field === SchemaMetaFieldDef || field === TypeMetaFieldDef || isIntrospectionType(parent);
    const type = getNamedType(field.type);
    info = {
      list: !introspective && isListType(getNullableType(field.type)),
      sized: !introspective && field.args.some((a) => SIZE_ARGUMENTS.includes(a.name)),
      type: isCompositeType(type) ? type : null,
    };
    fieldInfos.set(field, info);
  }
  return info;
}

function metaFieldOf(name: '__schema' | '__type', parent: GraphQLCompositeType, schema: GraphQLSchema): GraphQLField<unknown, unknown> | undefined {
  if (parent !== schema.getQueryType()) return undefined;
  return name === '__schema' ? SchemaMetaFieldDef : TypeMetaFieldDef;
}

function clampSize(size: number, max: number): number {
  return Number.isFinite(size) ? Math.min(Math.max(0, Math.floor(size)), max) : max;
}

/** Reads a field's size argument from a literal, a variable, or the variable's default value. */
function sizeReader(operation: OperationDefinitionNode, variables: Readonly<Record<string, unknown>>, max: number) {
  const defaults = new Map<string, ValueNode>();
  for (const v of operation.variableDefinitions ?? []) if (v.defaultValue) defaults.set(v.variable.name.value, v.defaultValue);
  const valueOf = (node: ValueNode): number | null => {
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind !== Kind.VARIABLE) return null;
    const name = node.name.value;
    const given = variables[name];
    if (typeof given === 'number') return given;
    const fallback = given === undefined ? defaults.get(name) : undefined;
    return fallback?.kind === Kind.INT ? Number(fallback.value) : null;
  };
  return (field: FieldNode): number | null => {
    for (const name of SIZE_ARGUMENTS) {
      const argument = field.arguments?.find((a) => a.name.value === name);
      const size = argument ? valueOf(argument.value) : null;
      if (size !== null) return clampSize(size, max);
    }
    return null;
  };
}
