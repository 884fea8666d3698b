// The API's refusal next to a form (shared); this portal's forms have their title at level 2.
import { ApiErrorAlert as SharedApiErrorAlert } from '@navette/ui';

export function ApiErrorAlert({ error, title }: { error: unknown; title: string }) {
  return <SharedApiErrorAlert error={error} title={title} headingLevel="h2" />;
}
