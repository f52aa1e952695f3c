export { MailCatcher, type CaughtMessage, type ScriptedReply } from './mail-catcher.js';
export { buildMailCatcherWeb } from './mail-catcher-web.js';
export { startEmbeddedPostgres, type PostgresHandle } from './postgres-server.js';
export { startTemporalDevServer, type TemporalEndpoints } from './temporal-server.js';
export { ensureTemporalBinary, cachedTemporalBinary, TEMPORAL_CLI_VERSION } from './temporal-binary.js';
export { Supervisor } from './supervisor.js';
export { freePort, ensurePortFree, waitForPort, waitForHttp } from './ports.js';
export { PrerequisiteError, describeFailure } from './prerequisite-error.js';
export { dataDir, cacheDir, repoRoot } from './paths.js';
