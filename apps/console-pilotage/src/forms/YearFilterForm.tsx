import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';

/**
 * A one-select form to choose the year a screen shows, applied on submit (RGAA: no change of context on select).
 * Remount it (key) when the year in the URL changes.
 */
export function YearFilterForm({
  id,
  formLabel,
  label,
  submitLabel,
  years,
  value,
  onApply,
}: {
  id: string;
  formLabel: string;
  label: string;
  submitLabel: string;
  years: readonly number[];
  value: number;
  onApply: (year: number) => void;
}) {
  const [draft, setDraft] = useState(String(value));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(Number(draft));
  };
  return (
    <form onSubmit={onSubmit} className="fr-mb-4w" aria-label={formLabel}>
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-4">
          <Select
            label={label}
            nativeSelectProps={{ id, name: 'annee', value: draft, onChange: (event) => setDraft(event.target.value) }}
          >
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Button type="submit" priority="secondary" className="fr-mb-3w">
            {submitLabel}
          </Button>
        </div>
      </div>
    </form>
  );
}
