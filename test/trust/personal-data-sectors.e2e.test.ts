import { getNamedType, isLeafType, isObjectType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { adminUnits } from '../../subgraphs/admin-units/index.js';
import { buildFederatedSchema } from '../../subgraphs/kit/graphql/build-schema.js';
import { selectionOf } from '../../subgraphs/kit/testing/schema-walk.js';
import { subgraphs } from '../../subgraphs/all.js';
import { useTestHub } from '../support/test-hub.js';

/**
 * Every sector's personal fields, found in its schema by their `@personalData` tag (so a new sector
 * is covered the day it is registered), read through the real gateway: refused without the scopes
 * and a purpose, served with them, and the people whose data left are in the audit trail.
 */
interface PersonalList {
  readonly sector: string;
  readonly field: string;
  /** `<list>(first: 3) { nodes { <personal fields> } }` on the sector's type. */
  readonly selection: string;
  readonly personal: readonly string[];
}

const isPersonal = (field: { astNode?: { directives?: ReadonlyArray<{ name: { value: string } }> } | null }) =>
  (field.astNode?.directives ?? []).some((d) => d.name.value === 'personalData');

function listsWithPersonalData(sectorField: string, sectorType: GraphQLObjectType): Array<Omit<PersonalList, 'sector'>> {
  return Object.values(sectorType.getFields()).flatMap((list) => {
    const connection = getNamedType(list.type);
    const nodes = isObjectType(connection) ? connection.getFields().nodes : undefined;
    const node = nodes && getNamedType(nodes.type);
    if (!node || !isObjectType(node) || list.args.some((a) => a.type.toString().endsWith('!'))) return [];
    const personal = Object.values(node.getFields()).filter(isPersonal);
    if (personal.length === 0) return [];
    const fields = personal.map((f) => {
      const target = getNamedType(f.type);
      return isLeafType(target) ? f.name : `${f.name} ${selectionOf(target as GraphQLObjectType, { depth: 1 })}`;
    });
    return [{ field: sectorField, selection: `${list.name}(first: 3) { nodes { ${fields.join(' ')} } }`, personal: personal.map((f) => f.name) }];
  });
}

const sectors = subgraphs.filter((s) => s.sector);
const lists: PersonalList[] = [];
for (const definition of sectors) {
  const { schema } = await buildFederatedSchema(definition);
  const type = schema.getType(definition.sector!.typeName) as GraphQLObjectType;
  for (const list of listsWithPersonalData(definition.sector!.field, type)) lists.push({ sector: definition.name, ...list });
}
const withPersonalData = sectors.filter((s) => lists.some((l) => l.sector === s.name));

type AuditAnswer = { auditEvents: { nodes: Array<{ purpose: string | null; subjects: string[]; outcome: string }> } };

describe('personal data in every sector, through the gateway', () => {
  const running = useTestHub([adminUnits, ...withPersonalData]);
  const idOf = (key: string) => key.split('_')[1]!;

  it('finds personal fields in the sectors that hold people', () => {
    expect(withPersonalData.length).toBeGreaterThanOrEqual(3);
  });

  for (const list of lists) {
    const operation = `Personal_${list.sector.replace(/-/g, '_')}_${list.selection.split('(')[0]}`;
    const query = `query ${operation} { unit(code: "524", asOf: "2024-06-30") { ${list.field} { ${list.selection} } } }`;
    type Answer = { unit: Record<string, Record<string, { nodes: Array<Record<string, unknown>> } | null> | null> };
    const nodesOf = (data: Answer | null | undefined) => Object.values(data?.unit?.[list.field] ?? {})[0]?.nodes ?? [];

    it(`${list.sector}: ${list.personal.join(', ')} refused without the scopes, served and audited with them`, async () => {
      const { hub } = running;
      const refused = await hub.query<Answer>(query, undefined, { as: 'province', purpose: 'Kiểm tra' });
      expect(refused.errors?.length, JSON.stringify(refused.errors)).toBeGreaterThan(0);
      expect(new Set(refused.errors!.map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
      for (const node of nodesOf(refused.data)) for (const name of list.personal) expect(node[name] ?? null).toBeNull();

      const purpose = `Thanh tra ${operation}`;
      const served = await hub.query<Answer>(query, undefined, { as: 'auditor', purpose });
      expect(served.errors, JSON.stringify(served.errors)).toBeUndefined();
      const nodes = nodesOf(served.data);
      expect(nodes.length).toBeGreaterThan(0);
      expect(nodes.some((n) => list.personal.some((name) => n[name] !== null))).toBe(true);

      const audit = await hub.query<AuditAnswer>(
        `query($caller: String!, $op: String!) { auditEvents(first: 1, filter: { callerId: $caller, operationName: $op }) { nodes { purpose subjects outcome } } }`,
        { caller: idOf(hub.keys.auditor), op: operation },
        { as: 'auditor' },
      );
      const [event] = audit.data!.auditEvents.nodes;
      expect(event).toMatchObject({ purpose, outcome: 'OK' });
      expect(event!.subjects.length).toBeGreaterThan(0);
    });
  }
});
