export { createService, type ServiceOptions } from './create-service.js';
export { parseEnv, portSchema, ConfigurationError } from './env.js';
export { HttpError, notFound, errorBodySchema, type ErrorBody } from './http-error.js';
export { type HealthCheck } from './health.js';
export { listenUntilStopped } from './listen.js';
export { loggerOptions } from './logger.js';
export { runMain } from './run-main.js';
export { createDatabase, migrateToLatest, pingDatabase, type MigrationReport } from './database.js';
export { serverLimits, type RejectedAddress, rejectedAddressJson } from './http-hardening.js';
