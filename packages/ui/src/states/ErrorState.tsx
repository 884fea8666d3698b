import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect } from 'react';
import { copy } from '../copy.tsx';

/**
 * Tells the user, in French, that something failed and offers to retry. The technical error goes
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
