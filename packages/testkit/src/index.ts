export { testEnv, uniqueSuffix } from './test-env.js';
export { testDatabase } from './database.js';
export { scratchDatabase } from './scratch-database.js';
export { testSmtp } from './smtp.js';
export { testTemporal, workflowBundle, type CreateTestWorker, type TestTemporal, type WorkerTarget } from './temporal.js';
export { keepHistory, historiesFolder } from './histories.js';
export { timeSkippingTemporal } from './time-skipping.js';
export { ownDevServer, type OwnDevServer } from './own-dev-server.js';
export { testKeyring } from './keyring.js';
