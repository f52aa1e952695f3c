export { MailCatcher, type CaughtMessage } from './mail-catcher.js';
export { startPostgresProcess } from './postgres-process.js';
export { startTemporalDevServer } from './temporal-server.js';
export { ensureTemporalBinary } from './temporal-binary.js';
export { Supervisor } from './supervisor.js';
export { freePort, waitForHttp } from './ports.js';
export { PrerequisiteError } from './prerequisite-error.js';
export { repoRoot } from './paths.js';
