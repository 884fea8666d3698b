import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect } from 'react';
import { copy } from '../copy.tsx';
import { isForbidden } from '../session/auth-errors.ts';
import { AccessDenied } from './AccessDenied.tsx';

/**
 * Tells the user, in French, that something failed and offers to retry (or that the role may not read it:
 * retrying would not help). The technical error goes
 * to the console only: never show a raw server or network message to a user.
 */
export function ErrorState({
  error,
  onRetry,
  title = copy.states.errorTitle,
  description = copy.states.errorDescription,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
  description?: string;
}) {
  useEffect(() => {
    if (error) console.error('[navette]', error);
  }, [error]);

  if (isForbidden(error)) return <AccessDenied />;
  return (
    <div className="fr-my-4w">
      <Alert severity="error" title={title} description={description} as="h2" role="alert" />
      {onRetry && (
        <Button className="fr-mt-2w" iconId="fr-icon-refresh-line" onClick={() => onRetry()}>
          {copy.states.retry}
        </Button>
      )}
    </div>
  );
}
