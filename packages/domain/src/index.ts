// @navette/domain — the rules of the accord régional IAE Bourgogne-Franche-Comté, as pure TypeScript.
export * from './result.js';
export {
  addDays,
  addMonths,
  compareIsoDates,
  dateInFrance,
  daysInclusive,
  endOfDayInFrance,
  formatFrenchDate,
  isIsoDate,
  isWithin,
  maxIsoDate,
  minIsoDate,
  parseIsoDate,
  periodEnd,
  type IsoDate,
} from './iso-date.js';
export * from './departement.js';
export * from './calendar.js';
export * from './siae.js';
export * from './age.js';
export * from './approval-deadline.js';
export * from './approval-history.js';
export * from './approval-period.js';
export * from './approval-suspension.js';
export * from './approval-prolongation.js';
export * from './approval-extension.js';
export * from './approval-renewal.js';
export * from './ai-approval.js';
export * from './prescription.js';
export * from './refusal-reasons.js';
export * from './eligibility.js';
export * from './exit.js';
export * from './approval-alerts.js';
export * from './steering.js';
export * from './indicators.js';
export * from './indicator-measures.js';
export * from './masking.js';
export * from './prescription-status.js';
export * from './cooperation-agreement.js';
export * from './parcours-activity.js';
export * from './periods.js';
export * from './approval-documents.js';
export * from './statistical-secrecy.js';
export * from './reality.js';
export * from './dated-rules.js';
export * from './status-labels.js';
export * from './transitions.js';
export * from './pending-work.js';
export * from './notifications.js';
export * from './habilitation.js';
export * from './cdiae.js';
export * from './retention.js';
export * from './orientation.js';
export * from './pole-emploi-registration.js';
export * from './webhooks.js';
export * from './unusual-reads.js';
export * from './profile-prevalidation.js';
export * from './provided-figures.js';
export * from './provided-figures-csv.js';
export * from './accord.js';
export * from './working-groups.js';
