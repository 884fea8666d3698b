import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';

export interface DepartementFilterFormProps {
  id: string;
  formLabel: string;
  label: string;
  allLabel: string;
  submitLabel: string;
  /** Loaded by the screen; undefined while loading. */
  departements: readonly { code: string; name: string }[] | undefined;
  /** The département in force (from the URL), '' for all. Remount (key) the form when it changes. */
  value: string;
  onApply: (departement: string) => void;
}

/**
 * A one-select form to narrow a list to a département, applied on submit (RGAA: no change of
 * context on select). The select is controlled so it keeps `value` once the options arrive.
 */
export function DepartementFilterForm({
  id,
  formLabel,
  label,
  allLabel,
  submitLabel,
  departements,
  value,
  onApply,
}: DepartementFilterFormProps) {
  const [draft, setDraft] = useState(value);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form onSubmit={onSubmit} className="fr-mb-4w" aria-label={formLabel}>
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-5">
          <Select
            label={label}
            nativeSelectProps={{ name: 'departement', id, value: draft, onChange: (e) => setDraft(e.target.value) }}
          >
            <option value="">{allLabel}</option>
            {departements?.map((d) => (
              <option key={d.code} value={d.code}>
                {d.code} – {d.name}
              </option>
            ))}
            {!departements && draft && <option value={draft}>{draft}</option>}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Button type="submit" className="fr-mb-3w">
            {submitLabel}
          </Button>
        </div>
      </div>
    </form>
  );
}
