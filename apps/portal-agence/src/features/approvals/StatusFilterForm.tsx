import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { copy } from '../../copy.ts';
import { requestStatusLabel } from './labels.ts';
import { ALL_STATUSES } from './status-param.ts';

/**
 * A one-select form to narrow a list of requests to a status, applied on submit (RGAA: no change of context on
 * select). Remount it (key) when the status in the URL changes.
 */
export function StatusFilterForm<S extends string>({
  id,
  formLabel,
  statuses,
  value,
  allowAll,
  onApply,
}: {
  id: string;
  formLabel: string;
  statuses: readonly S[];
  /** The status in force, null for every status. */
  value: S | null;
  allowAll: boolean;
  onApply: (status: S | null) => void;
}) {
  const [draft, setDraft] = useState<string>(value ?? ALL_STATUSES);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(draft === ALL_STATUSES ? null : (draft as S));
  };
  return (
    <form onSubmit={onSubmit} className="fr-mb-4w" aria-label={formLabel}>
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-5">
          <Select
            label={copy.requests.statusLabel}
            nativeSelectProps={{ name: 'statut', id, value: draft, onChange: (e) => setDraft(e.target.value) }}
          >
            {allowAll && <option value={ALL_STATUSES}>{copy.requests.allStatuses}</option>}
            {statuses.map((status) => (
              <option key={status} value={status}>
                {requestStatusLabel(status)}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Button type="submit" className="fr-mb-3w">
            {copy.requests.filter}
          </Button>
        </div>
      </div>
    </form>
  );
}
