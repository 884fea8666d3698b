// The demandes d'agrément moved to one use case per file (use-cases/request-approval.ts, decide-approval-request.ts,
// appeal-approval-refusal.ts, decide-appeal.ts) and their shared parts to approval-history.ts, directory.ts and
// grants.ts. What the services of parallel work still import from here (employment.ts, tacit-grants.ts) is re-exported
// until they import it from its module.
export { detailsOf, historyFrom, historyOf, type RequestDetails } from './approval-history.js';
export { siaeFacts } from './directory.js';
export { applyGrant } from './grants.js';
