import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useEffect, useRef, type MouseEvent } from 'react';
import { errorSummaryTitle } from './field-errors.ts';

/**
 * The list of the form's errors, each a link to its field, shown above the form after a failed submit. It takes
 * the focus on every failed attempt, so keyboard and screen reader users hear what to correct.
 */
export function ErrorSummary({ items, attempt }: { items: { id: string; message: string }[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (items.length === 0) return null;

  const goTo = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const field = document.getElementById(id);
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  };

  return (
    <div ref={ref} tabIndex={-1} className="fr-mb-3w" data-testid="error-summary">
      <Alert
        severity="error"
        as="h2"
        title={errorSummaryTitle(items.length)}
        description={
          <ul className="fr-mb-0">
            {items.map((item) => (
              <li key={item.id}>
                <a href={`#${item.id}`} onClick={(event) => goTo(event, item.id)}>
                  {item.message}
                </a>
              </li>
            ))}
          </ul>
        }
      />
    </div>
  );
}
