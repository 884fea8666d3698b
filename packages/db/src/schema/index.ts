export * from './structures.js';
export * from './parcours.js';
export * from './formation.js';
export * from './pilotage.js';
export * from './identity.js';
export * from './audit.js';
export * from './reporting.js';
export * from './idempotency.js';
