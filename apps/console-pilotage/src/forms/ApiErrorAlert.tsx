import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useEffect, useRef } from 'react';
import { apiErrorMessages } from './api-error.ts';

/**
 * The API refused or failed: its French message in a DSFR alert above the form, which keeps what the user typed.
 * Takes the focus when it appears, so that keyboard and screen reader users hear it (RGAA 11.10).
 */
export function ApiErrorAlert({ error, title }: { error: unknown; title: string }) {
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
        as="h3"
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
