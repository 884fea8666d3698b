import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useLocation } from 'react-router';
import { flashOf } from './flash.ts';

/** The success message left by the previous screen (see flash.ts), announced politely. */
export function FlashNotice() {
  const message = flashOf(useLocation().state);
  if (!message) return null;
  return <Alert className="fr-mb-3w" severity="success" small description={message} role="status" closable />;
}
