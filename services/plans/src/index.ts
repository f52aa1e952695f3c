/**
 * What tests, benchmarks and the run command may use of the plans service: the application on a
 * database they hand in, its schema and migrations, and the reference plan loader. Everything else
 * is reached through its HTTP API (@jalon/plans-client).
 */
export { buildPlansApp, type PlansAppOptions, type PlansAuth } from './app.js';
export { PLANS_SCHEMA, plansAuthFrom, plansConfigSchema, type PlansConfig } from './config.js';
export type { Database } from './database.js';
export { versionsWithoutDocument } from './documents/document-renderer.js';
export { migratePlans } from './migrate.js';
export { loadReferenceIntoDatabase } from './reference/load-into-database.js';
export { loadReferencePlan } from './reference/load-reference-plan.js';
