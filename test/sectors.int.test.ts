import { subgraphs } from '../subgraphs/all.js';
import { describeSectorConformance } from '../subgraphs/kit/testing/sector-conformance.js';
import { testDatabaseKinds } from '../subgraphs/kit/testing/test-database.js';

/** Every registered sector keeps the shared rules, on PGlite and, when configured, PostgreSQL. */
for (const definition of subgraphs.filter((s) => s.sector)) {
  for (const kind of testDatabaseKinds) describeSectorConformance(definition, kind);
}
