import { Button } from '@codegouvfr/react-dsfr/Button';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { SIAE_KINDS, siaeKindOptionLabel } from '@navette/ui';
import { useState, type FormEvent } from 'react';
import { copy } from '../../copy.ts';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import {
  checkDraft,
  defaultFilters,
  draftFromFilters,
  selectableYears,
  type DraftField,
  type FiltersDraft,
  type IndicatorFilters,
  type PeriodKind,
} from './indicator-filters.ts';

const t = copy.indicators;
const fieldIds: Record<DraftField, string> = {
  departement: 'indicateurs-departement',
  siaeKind: 'indicateurs-type',
  year: 'indicateurs-annee',
  quarter: 'indicateurs-trimestre',
  month: 'indicateurs-mois',
};
const PERIOD_KINDS: PeriodKind[] = ['year', 'quarter', 'month'];

/**
 * Département, SIAE kind and period (a calendar year, a quarter or a month: the region's figures are published for
 * whole periods only, secret statistique), applied on submit (RGAA: no change of context while filling in). Remount
 * it (key) when the filters in the URL change.
 */
export function IndicatorFilterForm({
  filters,
  today,
  departements,
  onApply,
}: {
  filters: IndicatorFilters;
  today: string;
  departements: readonly { code: string; name: string }[] | undefined;
  onApply: (filters: IndicatorFilters) => void;
}) {
  const [draft, setDraft] = useState<FiltersDraft>(() => draftFromFilters(filters, today));
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const update = (change: Partial<FiltersDraft>) => setDraft((current) => ({ ...current, ...change }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkDraft(draft, today);
    if (!checked.ok) {
      setErrors(checked.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    onApply(checked.filters);
  };

  const reset = () => {
    const filters = defaultFilters(today);
    setDraft(draftFromFilters(filters, today));
    setErrors({});
    onApply(filters);
  };

  return (
    <>
      <ErrorSummary title={t.errorsTitle} errors={errors} fieldIds={fieldIds} attempt={attempt} />
      <form onSubmit={onSubmit} noValidate className="fr-mb-4w" aria-label={t.filtersLabel}>
        <fieldset className="fr-fieldset" aria-labelledby="indicateurs-filtres-legende">
          <legend className="fr-fieldset__legend" id="indicateurs-filtres-legende">
            {t.filtersLegend}
            <span className="fr-hint-text">{t.filtersHint}</span>
          </legend>
          <div className="fr-fieldset__element fr-fieldset__element--inline">
            <Select
              label={t.departement}
              state={errors.departement ? 'error' : 'default'}
              stateRelatedMessage={errors.departement}
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
              label={t.siaeKind}
              state={errors.siaeKind ? 'error' : 'default'}
              stateRelatedMessage={errors.siaeKind}
              nativeSelectProps={{
                id: fieldIds.siaeKind,
                name: 'type',
                value: draft.siaeKind,
                onChange: (event) => update({ siaeKind: event.target.value }),
              }}
            >
              <option value="">{t.allKinds}</option>
              {SIAE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {siaeKindOptionLabel(kind)}
                </option>
              ))}
            </Select>
          </div>
        </fieldset>

        <RadioButtons
          legend={t.periodLegend}
          hintText={t.periodHint}
          name="periode-type"
          orientation="horizontal"
          options={PERIOD_KINDS.map((kind) => ({
            label: t.periodKinds[kind],
            // No id of our own: the component ties each label to the id it gives its input.
            nativeInputProps: {
              value: kind,
              checked: draft.periodKind === kind,
              onChange: () => update({ periodKind: kind }),
            },
          }))}
        />
        <fieldset className="fr-fieldset" aria-label={t.periodKinds[draft.periodKind]}>
          <div className="fr-fieldset__element fr-fieldset__element--inline">
            <Select
              label={t.year}
              state={errors.year ? 'error' : 'default'}
              stateRelatedMessage={errors.year}
              nativeSelectProps={{
                id: fieldIds.year,
                name: 'annee',
                value: draft.year,
                onChange: (event) => update({ year: event.target.value }),
              }}
            >
              {selectableYears(today).map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </Select>
          </div>
          {draft.periodKind === 'quarter' && (
            <div className="fr-fieldset__element fr-fieldset__element--inline">
              <Select
                label={t.quarter}
                state={errors.quarter ? 'error' : 'default'}
                stateRelatedMessage={errors.quarter}
                nativeSelectProps={{
                  id: fieldIds.quarter,
                  name: 'trimestre',
                  value: draft.quarter,
                  onChange: (event) => update({ quarter: event.target.value }),
                }}
              >
                {[1, 2, 3, 4].map((quarter) => (
                  <option key={quarter} value={quarter}>
                    {t.quarterOption(quarter)}
                  </option>
                ))}
              </Select>
            </div>
          )}
          {draft.periodKind === 'month' && (
            <div className="fr-fieldset__element fr-fieldset__element--inline">
              <Select
                label={t.month}
                state={errors.month ? 'error' : 'default'}
                stateRelatedMessage={errors.month}
                nativeSelectProps={{
                  id: fieldIds.month,
                  name: 'mois',
                  value: draft.month,
                  onChange: (event) => update({ month: event.target.value }),
                }}
              >
                {t.months.map((label, i) => (
                  <option key={label} value={i + 1}>
                    {label}
                  </option>
                ))}
              </Select>
            </div>
          )}
          <div className="fr-fieldset__element">
            <ul className="fr-btns-group fr-btns-group--inline-md">
              <li>
                <Button type="submit">{t.submit}</Button>
              </li>
              <li>
                <Button type="button" priority="secondary" onClick={reset}>
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
