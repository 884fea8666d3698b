// The error summary of this portal's forms is the shared one (RGAA 11.10 and 11.11), its title at level 2: the
// portal's forms list their errors as items, in the order of the fields (errorSummaryItems).
import { ErrorSummary as SharedErrorSummary, errorSummaryTitle } from '@navette/ui';

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
