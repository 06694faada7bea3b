import { buildSchema, isEnumType, isInputObjectType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '../schema/compose.js';
import { adminUnits } from '../subgraphs/admin-units/index.js';
import { buildFederatedSchema } from '../subgraphs/kit/graphql/build-schema.js';
import { publicServices } from '../subgraphs/public-services/index.js';

describe('public-services schema', () => {
  it('composes with admin-units and adds publicServices to AdministrativeUnit', async () => {
    const { supergraph } = await composeSupergraph([adminUnits, publicServices]);
    // Nullable: the gateway answers null with SUBGRAPH_UNAVAILABLE when the source is down.
    expect(supergraph).toMatch(/publicServices: PublicServices @join__field\(graph: PUBLIC_SERVICES\)/);
    expect(supergraph).toMatch(/type Dossier\s+@join__type\(graph: PUBLIC_SERVICES, key: "id"\)/);
  });

  it('describes every type, field, argument and enum value in Vietnamese', async () => {
    const { sdl } = await buildFederatedSchema(publicServices);
    const schema = buildSchema(sdl.replace(/^extend schema .*$/m, '').replace(/@(key|shareable)(\([^)]*\))?/g, ''));
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Boolean', 'Int', 'Float', 'ID', 'Query'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});
