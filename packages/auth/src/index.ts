export * from './service-names.js';
export * from './service-keys.js';
export * from './service-token.js';
export * from './person-token.js';
export * from './caller.js';
export * from './access-rule.js';
export * from './access-control.js';
export * from './service-auth-env.js';
