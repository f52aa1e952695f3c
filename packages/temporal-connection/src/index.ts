export * from './temporal-env.js';
export * from './payload-keys.js';
export * from './connection-options.js';
export * from './temporal-settings.js';
export * from './encryption-codec.js';
export * from './data-converter.js';
export { failureConverterPath } from './failure-converter.js';
export { workflowBundleOptions } from './workflow-bundle-options.js';
