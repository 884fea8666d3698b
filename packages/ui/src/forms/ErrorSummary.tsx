import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useEffect, useRef } from 'react';
import { errorSummaryItems } from './field-errors.ts';

/**
 * The list of a form's errors above it, each linking to its field, focused when it appears so that keyboard and
 * screen reader users hear what to fix (RGAA 11.10 and 11.11). `fieldIds` maps each field to its control's id.
 */
export function ErrorSummary<F extends string>({
  title,
  errors,
  fieldIds,
  attempt,
  headingLevel = 'h3',
}: {
  title: string;
  errors: Partial<Record<F, string>>;
  /** Each field's control id, in the order of the form: the summary lists the errors in that order. */
  fieldIds: Record<F, string>;
  /** Changes on every rejected submission: focus goes back to the summary each time (and only then). */
  attempt: number;
  /** The level of its title in the page's outline. */
  headingLevel?: 'h2' | 'h3';
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = errorSummaryItems(errors, fieldIds);
  const count = entries.length;
  // On a rejected submission only: not while the user corrects a field (the list shrinks as they type, and taking
  // the focus then would send the next keystrokes nowhere).
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (count === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="fr-mb-3w" data-testid="error-summary">
      <Alert
        severity="error"
        as={headingLevel}
        title={title}
        role="alert"
        description={
          <ul>
            {entries.map(({ id, message }) => (
              <li key={id}>
                <a
                  href={`#${id}`}
                  onClick={(event) => {
                    // Focus the control itself: following a fragment only scrolls to it in most browsers.
                    const control = document.getElementById(id);
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
