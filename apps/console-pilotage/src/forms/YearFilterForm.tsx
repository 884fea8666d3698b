import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { FilterField, FilterForm } from '../layout/FilterForm.tsx';

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
  return (
    <FilterForm
      label={formLabel}
      submitLabel={submitLabel}
      submitPriority="secondary"
      onApply={() => onApply(Number(draft))}
    >
      <FilterField width={4}>
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
      </FilterField>
    </FilterForm>
  );
}
