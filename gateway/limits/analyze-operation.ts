import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isIntrospectionType,
  isListType,
  isObjectType,
  isInterfaceType,
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

/** One selection set being walked; `done` folds its numbers into the enclosing one. */
interface Frame {
  readonly selections: readonly SelectionNode[];
  readonly type: GraphQLCompositeType | null;
  index: number;
  readonly summary: Summary;
  readonly done: (summary: Summary) => void;
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

  const root: Summary = emptySummary();
  const stack: Frame[] = [
    { selections: operation.selectionSet.selections, type: schema?.getRootType(operation.operation) ?? null, index: 0, summary: root, done: () => {} },
  ];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const selection = frame.selections[frame.index++];
    if (!selection) {
      stack.pop();
      frame.done(frame.summary);
      continue;
    }
    const into = frame.summary;
    if (selection.kind === Kind.FIELD) {
      const field = fieldOf(selection, frame.type, schema);
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
      const shape = listShape(field, frame.type);
      const ownSize = shape.sized ? (sizeOf(selection) ?? defaultSize) : defaultSize;
      const childType = field ? namedComposite(field) : null;
      stack.push({
        selections: selection.selectionSet.selections,
        type: childType,
        index: 0,
        summary: emptySummary(),
        done: (child) => {
          into.selections = add(into.selections, child.selections);
          into.aliases = add(into.aliases, child.aliases);
          into.depth = Math.max(into.depth, add(child.depth, 1));
          into.introspection ||= child.introspection;
          // A connection passes its size to its unsized lists; elsewhere they take the default.
          const perItem = add(child.cost, multiply(child.costPerItem, shape.list ? defaultSize : ownSize));
          into.cost = add(into.cost, 1);
          if (!shape.list) into.cost = add(into.cost, perItem);
          else if (shape.sized) into.cost = add(into.cost, multiply(ownSize, perItem));
          else into.costPerItem = add(into.costPerItem, perItem);
        },
      });
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      stack.push({
        selections: selection.selectionSet.selections,
        type: typeNamed(selection.typeCondition?.name.value, frame.type),
        index: 0,
        summary: emptySummary(),
        done: (child) => addSibling(into, child),
      });
    } else {
      const name = selection.name.value;
      const known = measured.get(name);
      const fragment = fragments.get(name);
      if (known === 'visiting') result.fragmentCycle = true;
      else if (known) addSibling(into, known);
      else if (!fragment) result.unknownFragment = true;
      else {
        measured.set(name, 'visiting');
        stack.push({
          selections: fragment.selectionSet.selections,
          type: typeNamed(fragment.typeCondition.name.value, null),
          index: 0,
          summary: emptySummary(),
          done: (child) => {
            measured.set(name, child);
            addSibling(into, child);
          },
        });
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

function selectOperation(operations: readonly OperationDefinitionNode[], name: string | null | undefined): OperationDefinitionNode | null {
  if (name) return operations.find((o) => o.name?.value === name) ?? null;
  return operations.length === 1 ? operations[0]! : null;
}

function fieldOf(node: FieldNode, parent: GraphQLCompositeType | null, schema: GraphQLSchema | undefined): GraphQLField<unknown, unknown> | null {
  const name = node.name.value;
  if (name === '__schema' && schema && parent === schema.getQueryType()) return SchemaMetaFieldDef;
  if (name === '__type' && schema && parent === schema.getQueryType()) return TypeMetaFieldDef;
  if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return null;
  return parent.getFields()[name] ?? null;
}

function namedComposite(field: GraphQLField<unknown, unknown>): GraphQLCompositeType | null {
  const type = getNamedType(field.type);
  return isCompositeType(type) ? type : null;
}

/**
 * `list`: the field returns a list whose size multiplies what is below it. `sized`: the field takes
 * a size argument (a list with `first`, or a connection whose `nodes` it sizes). Introspection's
 * lists are not multiplied: they are answered from the schema in memory.
 */
function listShape(field: GraphQLField<unknown, unknown> | null, parent: GraphQLCompositeType | null): { list: boolean; sized: boolean } {
  if (!field || (parent && isIntrospectionType(parent)) || field === SchemaMetaFieldDef || field === TypeMetaFieldDef) {
    return { list: false, sized: false };
  }
  return { list: isListType(getNullableType(field.type)), sized: field.args.some((a) => SIZE_ARGUMENTS.includes(a.name)) };
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
