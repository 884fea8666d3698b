import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useEffect, useRef } from 'react';

/**
 * The outcome of an action that changed the page (the button the user pressed is gone): announced, and given the
 * focus so keyboard users go on from there.
 */
export function SuccessNotice({ message }: { message: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div ref={ref} tabIndex={-1} className="fr-mb-3w" data-testid="success-notice">
      <Alert severity="success" small description={message} role="status" />
    </div>
  );
}
