import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { copy } from '../../copy.ts';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import {
  checkFilters,
  noFilters,
  periodChoices,
  type FilterField,
  type StatisticsFilters,
} from './statistics-filters.ts';

const t = copy.parcours;
const fieldIds: Record<FilterField, string> = {
  departement: 'parcours-departement',
  period: 'parcours-periode',
};

/**
 * Département and period, applied on submit (RGAA: no change of context while filling in). Remount it (key) when
 * the filters in the URL change.
 */
export function StatisticsFilterForm({
  filters,
  today,
  departements,
  onApply,
}: {
  filters: StatisticsFilters;
  today: string;
  departements: readonly { code: string; name: string }[] | undefined;
  onApply: (filters: StatisticsFilters) => void;
}) {
  const [draft, setDraft] = useState(filters);
  const [errors, setErrors] = useState<Partial<Record<FilterField, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const update = (change: Partial<StatisticsFilters>) => setDraft((current) => ({ ...current, ...change }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkFilters(draft, today);
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
            <Select
              label={t.period}
              hint={t.periodHint}
              state={errors.period ? 'error' : 'default'}
              stateRelatedMessage={errors.period}
              nativeSelectProps={{
                id: fieldIds.period,
                name: 'periode',
                value: draft.period,
                onChange: (event) => update({ period: event.target.value }),
              }}
            >
              <option value="">{t.allPeriods}</option>
              {periodChoices(today).map(({ year, choices }) => (
                <optgroup key={year} label={String(year)}>
                  {choices.map((choice) => (
                    <option key={choice.value} value={choice.value}>
                      {choice.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </Select>
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
