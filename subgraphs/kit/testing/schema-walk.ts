import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Operations that touch every field of a subgraph, generated from its schema, so that shared tests
 * exercise every resolver and repository without knowing the sector: every field of the sector's
 * type down to `depth` levels, and every root query. Arguments get plausible values by type.
 */
export interface WalkOptions {
  /** How many levels of objects below the start type are selected (default 5). */
  depth?: number;
  /**
   * `required`: only non-null arguments (the default); `all`: optional filters too (never `after`,
   * which needs a cursor the hub issued).
   */
  args?: 'required' | 'all';
}

const PERIOD = '{ from: "2024-01-01", to: "2024-12-31" }';

/** A GraphQL literal for an argument of this type; null when none can be made. */
function literalFor(type: GraphQLInputType): string | null {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = literalFor(nullable.ofType);
    return item === null ? null : `[${item}]`;
  }
  if (isEnumType(nullable)) return nullable.getValues()[0]?.name ?? null;
  if (isInputObjectType(nullable)) {
    if (nullable.name === 'PeriodInput') return PERIOD;
    const fields = Object.values(nullable.getFields()).filter((f) => isNonNullType(f.type));
    const parts = fields.map((f) => [f.name, literalFor(f.type)] as const);
    return parts.some(([, v]) => v === null) ? null : `{ ${parts.map(([n, v]) => `${n}: ${v}`).join(', ')} }`;
  }
  switch (nullable.name) {
    case 'Int':
      return '3';
    case 'Float':
      return '1';
    case 'Boolean':
      return 'true';
    case 'Date':
      return '"2024-06-30"';
    case 'DateTime':
      return '"2024-06-30T00:00:00.000Z"';
    default:
      return '"1"';
  }
}

function argumentsOf(args: readonly GraphQLArgument[], mode: 'required' | 'all'): string | null {
  const parts: string[] = [];
  for (const arg of args) {
    const required = isNonNullType(arg.type);
    if (!required && (mode === 'required' || arg.name === 'after')) continue;
    const value = literalFor(arg.type);
    if (value === null) {
      if (required) return null;
      continue;
    }
    parts.push(`${arg.name}: ${value}`);
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

/**
 * The selection set of every field of `type`, `depth` levels of objects deep. A type met again
 * below itself (a value's `previousYear`, `yearToDate`) gets its scalars only: every resolver is
 * reached once, and the answer does not grow as a tree of the type's self-references.
 */
export function selectionOf(type: GraphQLObjectType, options: WalkOptions = {}, above: ReadonlySet<string> = new Set()): string {
  const depth = options.depth ?? 5;
  const mode = options.args ?? 'required';
  const path = new Set([...above, type.name]);
  const fields: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.name.startsWith('_')) continue;
    const args = argumentsOf(field.args, mode);
    if (args === null) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) fields.push(`${field.name}${args}`);
    else if (isObjectType(named) && depth > 0) {
      const inner = selectionOf(named, { depth: above.has(named.name) || path.has(named.name) ? 0 : depth - 1, args: mode }, path);
      if (inner) fields.push(`${field.name}${args} ${inner}`);
    }
  }
  return fields.length ? `{ ${fields.join(' ')} }` : '';
}

/** One query per root field (lookups such as `dossier(id:)`), with their required arguments. */
export function rootQueries(schema: GraphQLSchema, options: WalkOptions = {}): string[] {
  const query = schema.getQueryType();
  if (!query) return [];
  return Object.values(query.getFields())
    .filter((f) => !f.name.startsWith('_'))
    .flatMap((field) => {
      const args = argumentsOf(field.args, 'required');
      if (args === null) return [];
      const named = getNamedType(field.type);
      const inner = isObjectType(named) ? selectionOf(named, { ...options, depth: (options.depth ?? 5) - 1 }) : '';
      return [`{ ${field.name}${args} ${inner} }`];
    });
}
