import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { deadlineBadge, requestStatusSeverity } from './labels.ts';

/** The status of a request as a coloured badge, with the API's French label. */
export function StatusBadge({ status, label }: { status: string; label: string }) {
  return (
    <Badge severity={requestStatusSeverity(status)} small as="span" noIcon>
      {label}
    </Badge>
  );
}

/** "J-2", "Dernier jour": read in full by screen readers ("2 jours ouvrés restants"). */
export function DeadlineBadge({ workingDaysLeft, fallback }: { workingDaysLeft: number | null; fallback: string }) {
  const badge = deadlineBadge(workingDaysLeft);
  if (!badge) return <span className="fr-text--sm">{fallback}</span>;
  return (
    <Badge severity={badge.severity} small as="span" noIcon>
      <span aria-hidden="true">{badge.text}</span>
      <span className="fr-sr-only">{badge.description}</span>
    </Badge>
  );
}
