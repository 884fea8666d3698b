// Client-side checks of a form before it is sent: the shared helpers.
export {
  dateFieldError,
  errorSummaryItems,
  errorSummaryTitle,
  hasErrors,
  keepReportedErrors,
  type FieldErrors,
} from '@navette/ui';
