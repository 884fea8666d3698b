import { Button } from '@codegouvfr/react-dsfr/Button';
import type { FormEvent, ReactNode } from 'react';

/**
 * The filters above a list of the console, as its screens lay them out: fields on one row (`FilterField` each), the
 * button at the end of it, applied on submit only (RGAA: no change of context while choosing).
 */
export function FilterForm({
  label,
  submitLabel,
  submitWidth = 4,
  submitPriority = 'primary',
  onApply,
  children,
}: {
  /** The form's accessible name. */
  label: string;
  submitLabel: string;
  /** Columns (of 12) of the button's cell from medium screens on. */
  submitWidth?: number;
  submitPriority?: 'primary' | 'secondary';
  onApply: () => void;
  children: ReactNode;
}) {
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply();
  };
  return (
    <form onSubmit={onSubmit} className="fr-mb-4w" aria-label={label}>
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        {children}
        <FilterField width={submitWidth}>
          <Button type="submit" priority={submitPriority} className="fr-mb-3w">
            {submitLabel}
          </Button>
        </FilterField>
      </div>
    </form>
  );
}

/** One cell of a `FilterForm`'s row: `width` columns (of 12) from medium screens on, the whole row below. */
export function FilterField({ width, children }: { width: number; children: ReactNode }) {
  return <div className={`fr-col-12 fr-col-md-${width}`}>{children}</div>;
}
