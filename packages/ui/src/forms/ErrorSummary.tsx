import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useEffect, useRef } from 'react';

/**
 * The list of a form's errors above it, each linking to its field, focused when it appears so that keyboard and
 * screen reader users hear what to fix (RGAA 11.10 and 11.11). `fieldIds` maps each field to its control's id.
 */
export function ErrorSummary<F extends string>({
  title,
  errors,
  fieldIds,
  attempt,
}: {
  title: string;
  errors: Partial<Record<F, string>>;
  fieldIds: Record<F, string>;
  /** Changes on every rejected submission: focus goes back to the summary each time. */
  attempt: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = (Object.entries(errors) as [F, string | undefined][]).filter((entry): entry is [F, string] =>
    Boolean(entry[1]),
  );
  const count = entries.length;
  useEffect(() => {
    if (count > 0) ref.current?.focus();
  }, [attempt, count]);
  if (count === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="fr-mb-3w" data-testid="error-summary">
      <Alert
        severity="error"
        as="h3"
        title={title}
        role="alert"
        description={
          <ul>
            {entries.map(([field, message]) => (
              <li key={field}>
                <a
                  href={`#${fieldIds[field]}`}
                  onClick={(event) => {
                    // Focus the control itself: following a fragment only scrolls to it in most browsers.
                    const control = document.getElementById(fieldIds[field]);
                    if (!control) return;
                    event.preventDefault();
                    control.focus();
                    control.scrollIntoView({ block: 'center' });
                  }}
                >
                  {message}
                </a>
              </li>
            ))}
          </ul>
        }
      />
    </div>
  );
}
