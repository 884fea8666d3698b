import { Alert } from '@codegouvfr/react-dsfr/Alert';
import type { ReactNode } from 'react';

export function EmptyState({ message, children }: { message: NonNullable<ReactNode>; children?: ReactNode }) {
  return (
    <div className="fr-my-4w">
      <Alert severity="info" small description={message} role="status" />
      {children}
    </div>
  );
}
