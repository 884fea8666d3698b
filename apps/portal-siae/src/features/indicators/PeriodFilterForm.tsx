import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import type { FormEvent } from 'react';
import { copy } from '../../copy.ts';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { errorSummaryItems } from '../../forms/field-errors.ts';
import { useForm } from '../../forms/use-form.ts';
import { defaultPeriod, validatePeriod, type Period, type PeriodField } from './period-param.ts';

const t = copy.indicators;
const fieldIds: Record<PeriodField, string> = { from: 'periode-debut', to: 'periode-fin' };

/**
 * The period of the figures, applied on submit (no change of context while typing). Remount it (key) when the period
 * in the URL changes.
 */
export function PeriodFilterForm({
  period,
  today,
  onApply,
}: {
  period: Period;
  today: string;
  onApply: (period: Period) => void;
}) {
  const form = useForm(period, (values) => validatePeriod(values, today));
  const { values, set, errors } = form;
  const fallback = defaultPeriod(today);
  const isDefault = period.from === fallback.from && period.to === fallback.to;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.check()) onApply(values);
  }

  const dateInput = (field: PeriodField, label: string, hint: string) => (
    <div className="fr-fieldset__element fr-fieldset__element--inline">
      <Input
        label={label}
        hintText={hint}
        {...(errors[field] ? { state: 'error' as const, stateRelatedMessage: errors[field] } : {})}
        nativeInputProps={{
          id: fieldIds[field],
          name: fieldIds[field],
          type: 'date',
          required: true,
          value: values[field],
          onChange: (e) => set(field, e.target.value),
        }}
      />
    </div>
  );

  return (
    <>
      <ErrorSummary items={errorSummaryItems(errors, fieldIds)} attempt={form.attempt} />
      <form onSubmit={onSubmit} noValidate className="fr-mb-4w">
        <fieldset className="fr-fieldset" aria-labelledby="periode-legende">
          <legend id="periode-legende" className="fr-fieldset__legend fr-h6">
            {t.filterLegend}
          </legend>
          {dateInput('from', t.from, copy.forms.dateHint)}
          {dateInput('to', t.to, `${copy.forms.dateHint}. ${t.toHint}`)}
          <div className="fr-fieldset__element">
            <ul className="fr-btns-group fr-btns-group--inline-md">
              <li>
                <Button type="submit">{t.submit}</Button>
              </li>
              {!isDefault && (
                <li>
                  <Button type="button" priority="secondary" onClick={() => onApply(fallback)}>
                    {t.reset}
                  </Button>
                </li>
              )}
            </ul>
          </div>
        </fieldset>
      </form>
    </>
  );
}
