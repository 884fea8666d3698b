// The error summary of the console's forms is the shared one (RGAA 11.10 and 11.11).
export { ErrorSummary } from '@navette/ui';
