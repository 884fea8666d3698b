import { formatDateTime } from '../../format/dates.ts';
import { prescribingCopy } from './copy.ts';

const copy = prescribingCopy();

interface HistoryEvent {
  statusLabel: string;
  reason?: { label: string } | null;
  comment?: string | null;
  occurredAt: string;
}

/** The status history of a fiche navette, oldest first. */
export function PrescriptionHistory({
  events,
  headingLevel = 3,
}: {
  events: readonly HistoryEvent[];
  headingLevel?: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <>
      <Heading className="fr-text--md fr-mb-1w">{copy.person.history}</Heading>
      <ol className="fr-mb-2w" data-testid="prescription-history">
        {events.map((event, index) => (
          <li key={`${event.occurredAt}-${index}`}>
            <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time> : {event.statusLabel}
            {event.reason && (
              <>
                {' '}
                – {copy.history.reason} : {event.reason.label}
              </>
            )}
            {event.comment && (
              <>
                {' '}
                – {copy.history.comment} : « {event.comment} »
              </>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
