import { auditMigrations } from '../../migrations/audit/index.js';
import { subjectHasher } from '../../lib/audit/subject-hash.js';
import { subjectKeyFromEnv } from '../../lib/audit/subject-key.js';
import { stringEnv } from '../../lib/env.js';
import { defineSubgraph } from '../kit/subgraph-definition.js';
import { AuditEventRepository } from './audit-events/audit-event.repository.js';
import { AuditEventResolver } from './audit-events/audit-event.resolver.js';
import { AuditEventService } from './audit-events/audit-event.service.js';
import { auditRoutes } from './audit-events/audit-routes.js';

/**
 * The hub's own audit trail: the gateway writes one hash-chained record per request into it
 * (`POST /audit/records`), and auditors query it (`auditEvents`, `auditIntegrity`) or export it.
 * Its database is embedded PGlite by default, `AUDIT_DATABASE_URL` for a PostgreSQL server.
 */
export const audit = defineSubgraph({
  name: 'audit',
  defaultPort: 4009,
  grantedTo: ['auditor'],
  // The log grows with every request: an answer is never reused.
  cacheMaxAgeSeconds: 0,
  writesAtRuntime: true,
  resolvers: [AuditEventResolver],
  migrations: auditMigrations,
  // Nothing to seed: the log starts empty and only the gateway writes to it.
  seed: async () => {},
  createRepositories: (db, { env }) => ({
    auditEvents: new AuditEventRepository(db),
    hashSubject: subjectHasher(subjectKeyFromEnv(env, stringEnv(env, 'HUB_DATA_DIR', '.data'))),
  }),
  createServices: (repositories, scope) => ({ auditEvents: new AuditEventService(repositories.auditEvents, scope, repositories.hashSubject) }),
  routes: (app, context) => auditRoutes(app, context),
});
