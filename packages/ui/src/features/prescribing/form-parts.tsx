// The shared form parts as the prescribing screens show them: their forms' titles are at level 2 (the page's h1 is
// the screen's title), errors listed in the order of the fields (RGAA 11.10 and 11.11).
import { ApiErrorAlert as SharedApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ErrorSummary as SharedErrorSummary } from '../../forms/ErrorSummary.tsx';
import { errorSummaryTitle } from '../../forms/field-errors.ts';

export function ApiErrorAlert({ error, title }: { error: unknown; title: string }) {
  return <SharedApiErrorAlert error={error} title={title} headingLevel="h2" />;
}

export function ErrorSummary({ items, attempt }: { items: { id: string; message: string }[]; attempt: number }) {
  const errors = Object.fromEntries(items.map((item) => [item.id, item.message]));
  const fieldIds = Object.fromEntries(items.map((item) => [item.id, item.id]));
  return (
    <SharedErrorSummary
      title={errorSummaryTitle(items.length)}
      errors={errors}
      fieldIds={fieldIds}
      attempt={attempt}
      headingLevel="h2"
    />
  );
}
