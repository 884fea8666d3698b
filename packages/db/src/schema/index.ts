export * from './structures.js';
export * from './parcours.js';
export * from './formation.js';
export * from './pilotage.js';
