import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState, type FormEvent } from 'react';
import { copy } from '../../copy.ts';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { checkFilters, noFilters, type FilterField, type StatisticsFilters } from './statistics-filters.ts';

const t = copy.parcours;
const fieldIds: Record<FilterField, string> = {
  departement: 'parcours-departement',
  from: 'parcours-du',
  to: 'parcours-au',
};

/**
 * Département and period, applied on submit (RGAA: no change of context while filling in). Remount it (key) when
 * the filters in the URL change.
 */
export function StatisticsFilterForm({
  filters,
  departements,
  onApply,
}: {
  filters: StatisticsFilters;
  departements: readonly { code: string; name: string }[] | undefined;
  onApply: (filters: StatisticsFilters) => void;
}) {
  const [draft, setDraft] = useState(filters);
  const [errors, setErrors] = useState<Partial<Record<FilterField, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const fromInput = useRef<HTMLInputElement>(null);
  const toInput = useRef<HTMLInputElement>(null);
  const update = (change: Partial<StatisticsFilters>) => setDraft((current) => ({ ...current, ...change }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkFilters(draft, {
      from: fromInput.current?.validity.badInput ?? false,
      to: toInput.current?.validity.badInput ?? false,
    });
    if (!checked.ok) {
      setErrors(checked.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    onApply(checked.filters);
  };

  return (
    <>
      <ErrorSummary title={t.errorsTitle} errors={errors} fieldIds={fieldIds} attempt={attempt} />
      <form onSubmit={onSubmit} noValidate className="fr-mb-4w" aria-label={t.filtersLabel}>
        <fieldset className="fr-fieldset" aria-labelledby="parcours-filtres-legende">
          <legend className="fr-fieldset__legend" id="parcours-filtres-legende">
            {t.filtersLegend}
            <span className="fr-hint-text">{t.filtersHint}</span>
          </legend>
          <div className="fr-fieldset__element fr-fieldset__element--inline">
            <Select
              label={t.departement}
              hint={t.departementHint}
              nativeSelectProps={{
                id: fieldIds.departement,
                name: 'departement',
                value: draft.departement,
                onChange: (event) => update({ departement: event.target.value }),
              }}
            >
              <option value="">{t.allDepartements}</option>
              {departements?.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.code} – {d.name}
                </option>
              ))}
              {/* Keeps a département given in the URL selectable while the list loads. */}
              {!departements && draft.departement && <option value={draft.departement}>{draft.departement}</option>}
            </Select>
          </div>
          <div className="fr-fieldset__element fr-fieldset__element--inline">
            <Input
              label={t.from}
              hintText={t.dateHint}
              state={errors.from ? 'error' : 'default'}
              stateRelatedMessage={errors.from}
              nativeInputProps={{
                ref: fromInput,
                id: fieldIds.from,
                name: 'du',
                type: 'date',
                value: draft.from,
                max: draft.to || undefined,
                onChange: (event) => update({ from: event.target.value }),
              }}
            />
          </div>
          <div className="fr-fieldset__element fr-fieldset__element--inline">
            <Input
              label={t.to}
              hintText={t.dateHint}
              state={errors.to ? 'error' : 'default'}
              stateRelatedMessage={errors.to}
              nativeInputProps={{
                ref: toInput,
                id: fieldIds.to,
                name: 'au',
                type: 'date',
                value: draft.to,
                min: draft.from || undefined,
                onChange: (event) => update({ to: event.target.value }),
              }}
            />
          </div>
          <div className="fr-fieldset__element">
            <ul className="fr-btns-group fr-btns-group--inline-md">
              <li>
                <Button type="submit">{t.submit}</Button>
              </li>
              <li>
                <Button
                  type="button"
                  priority="secondary"
                  onClick={() => {
                    setDraft(noFilters);
                    setErrors({});
                    onApply(noFilters);
                  }}
                >
                  {t.reset}
                </Button>
              </li>
            </ul>
          </div>
        </fieldset>
      </form>
    </>
  );
}
