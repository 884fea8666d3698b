import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { copy } from '../../copy.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { defaultPeriod, validatePeriod, type FieldErrors, type Period, type PeriodField } from './period-param.ts';

const t = copy.ownIndicators;
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
  const [draft, setDraft] = useState<Period>(period);
  const [errors, setErrors] = useState<FieldErrors<PeriodField>>({});
  const [attempt, setAttempt] = useState(0);
  const fallback = defaultPeriod(today);
  const isDefault = period.from === fallback.from && period.to === fallback.to;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validatePeriod(draft, today);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    onApply(draft);
  }

  const dateInput = (field: PeriodField, label: string, hint: string) => (
    <div className="fr-fieldset__element fr-fieldset__element--inline">
      <Input
        label={label}
        hintText={hint}
        state={errors[field] ? 'error' : 'default'}
        stateRelatedMessage={errors[field]}
        nativeInputProps={{
          id: fieldIds[field],
          name: fieldIds[field],
          type: 'date',
          required: true,
          value: draft[field],
          onChange: (event) => setDraft((current) => ({ ...current, [field]: event.target.value })),
        }}
      />
    </div>
  );

  return (
    <>
      <ErrorSummary title={t.summaryTitle} errors={errors} fieldIds={fieldIds} attempt={attempt} />
      <form onSubmit={onSubmit} noValidate className="fr-mb-4w">
        <fieldset className="fr-fieldset" aria-labelledby="periode-legende">
          <legend id="periode-legende" className="fr-fieldset__legend fr-h6">
            {t.filterLegend}
          </legend>
          {dateInput('from', t.from, t.dateHint)}
          {dateInput('to', t.to, `${t.dateHint}. ${t.toHint}`)}
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
