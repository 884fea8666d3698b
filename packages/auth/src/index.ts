// @navette/auth — identities, roles, scopes, passwords, access tokens and opaque secrets, as pure TypeScript.
export * from './result.js';
export * from './roles.js';
export * from './passwords.js';
export * from './tokens.js';
export * from './secrets.js';
export * from './throttle.js';
export * from './api-clients.js';
