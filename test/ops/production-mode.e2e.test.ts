import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUnits } from '../../subgraphs/admin-units/index.js';
import { useTestHub } from '../support/test-hub.js';

const INTROSPECTION = '{ __schema { queryType { name } types { name } } }';

/**
 * `NODE_ENV=production` (as in the Docker image, and measurably faster for graphql-js) keeps
 * introspection, and so GraphiQL's schema, for the roles allowed it: roles decide, not NODE_ENV.
 */
describe('production mode', () => {
  const saved = process.env.NODE_ENV;
  beforeAll(() => {
    process.env.NODE_ENV = 'production';
  });
  afterAll(() => {
    process.env.NODE_ENV = saved;
  });
  const fixture = useTestHub([adminUnits]);

  it('lets a developer and an auditor introspect, and refuses the others', async () => {
    for (const as of ['developer', 'auditor'] as const) {
      const res = await fixture.hub.query<{ __schema: { queryType: { name: string } } }>(INTROSPECTION, {}, { as });
      expect(res.errors, as).toBeUndefined();
      expect(res.data!.__schema.queryType.name).toBe('Query');
    }
    const refused = await fixture.hub.query(INTROSPECTION, {}, { as: 'province' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('INTROSPECTION_FORBIDDEN');
  });
});
