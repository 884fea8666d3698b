import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useEffect, useRef } from 'react';
import { apiErrorMessages } from './api-error.ts';

/**
 * The API refused or failed: its French message in a DSFR alert next to the form, which keeps what the user typed.
 * Takes the focus when it appears, so that keyboard and screen reader users hear it (RGAA 11.10).
 */
export function ApiErrorAlert({
  error,
  title,
  headingLevel = 'h3',
}: {
  error: unknown;
  title: string;
  /** The level of its title in the page's outline (h2 when the form's own title is the page's h1). */
  headingLevel?: 'h2' | 'h3';
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!error) return;
    console.error('[navette]', error);
    ref.current?.focus();
  }, [error]);
  if (!error) return null;
  const messages = apiErrorMessages(error);
  return (
    <div ref={ref} tabIndex={-1} className="fr-mb-3w" data-testid="api-error">
      <Alert
        severity="error"
        as={headingLevel}
        role="alert"
        title={title}
        description={
          messages.length === 1 ? (
            messages[0]!
          ) : (
            <ul className="fr-mb-0">
              {messages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )
        }
      />
    </div>
  );
}
