export { MailCatcher, type CaughtMessage } from './mail-catcher.js';
export { startPostgresProcess } from './postgres-process.js';
export { startTemporalDevServer } from './temporal-server.js';
export { ensureTemporalBinary } from './temporal-binary.js';
export { Supervisor } from './supervisor.js';
export { freePort, waitForHttp, waitForPort } from './ports.js';
export { PrerequisiteError } from './prerequisite-error.js';
export { repoRoot, runsTypeScript } from './paths.js';
export { ensureKeycloak } from './keycloak-distribution.js';
export { startKeycloak, realmDocument, type RealmPerson } from './keycloak-server.js';
export { ensureNamespaceRetention, DEFAULT_RETENTION_DAYS } from './temporal-retention.js';
export { startTestServers } from './test-servers.js';
export { engineFromArguments, type TemporalEngine } from './temporal-engine.js';
export { ensureTemporalServer, TEMPORAL_SERVER_VERSION } from './temporal-server-binary.js';
export { ensureTemporalSchemas } from './temporal-server-schema.js';
export { timedStep } from './progress.js';
export { buildMailCatcherWeb } from './mail-catcher-web.js';
export { ensureTemporalUi, TEMPORAL_UI_VERSION } from './temporal-ui-binary.js';
export { startTemporalUi } from './temporal-ui-server.js';
export { ensureTemporalRole, TEMPORAL_ROLE } from './temporal-database-role.js';
export { startTemporalEngine, temporalEngineSchema } from './temporal-engine.js';
export { waitForNamespace } from './temporal-server-engine.js';
export { freeSmallPort } from './ports.js';
export { TEMPORAL_DATABASES } from './temporal-server-schema.js';
export {
  engineResultSchema, levelsFrom, sideBySideMarkdown, spread, formatSpread, type EngineResult, type Machine,
} from './bench-table.js';
export { workerMemoryBounds, workerHeapMiBSchema, DEFAULT_WORKER_HEAP_MIB, WORKER_MIB_BESIDES_HEAP } from './worker-memory.js';
