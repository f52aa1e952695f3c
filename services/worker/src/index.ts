export { createJalonWorker, workflowsPath, type JalonWorkerOptions } from './create-worker.js';
