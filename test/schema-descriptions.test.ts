import { buildSchema, isEnumType, isInputObjectType, isObjectType, type GraphQLNamedType } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { subgraphs } from '../subgraphs/all.js';

/** Every type, field, argument and enum value a client sees carries a (Vietnamese) description. */
describe('the documented schema', () => {
  // The root Query type is the one exception: type-graphql gives it no description.
  it.each(subgraphs.map((s) => s.name))('%s describes everything it declares', (name) => {
    const sdl = readFileSync(join(import.meta.dirname, '..', 'schema', 'subgraphs', `${name}.graphql`), 'utf8');
    // The federation link block and the directives it imports are composition's business, not the API's.
    const declared = sdl.replace(/^extend schema[\s\S]*?\n\n/, '').replace(/@(requiresScopes|authenticated|key|shareable)(\([^)]*\))?/g, '');
    const schema = buildSchema(declared, { assumeValidSDL: true });
    const missing: string[] = [];
    const own = (t: GraphQLNamedType) => !t.name.startsWith('__') && !['Query', 'String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name);
    for (const type of Object.values(schema.getTypeMap()).filter(own)) {
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });
});
