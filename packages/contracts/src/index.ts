export * from './common.js';
export * from './plans/organisation.js';
export * from './plans/strategic-plan.js';
export * from './plans/operational-plan.js';
export * from './plans/versions.js';
export * from './plans/audit.js';
export * from './notifications.js';
export * from './links.js';
