import { Input } from '@codegouvfr/react-dsfr/Input';
import { copy } from '../../copy.ts';
import { formatShortDate } from '@navette/ui';

export interface DateField {
  id: string;
  name: string;
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

/**
 * The start and end of an activity, grouped under one legend with the dates of the parcours as a hint: the API
 * accepts only activities within the agrément (its French refusal says so otherwise).
 */
export function PeriodFieldset({
  id,
  legend,
  approval,
  fields,
}: {
  id: string;
  legend: string;
  approval: { startOn: string; endOn: string };
  fields: readonly DateField[];
}) {
  return (
    <fieldset className="fr-fieldset" aria-labelledby={`${id}-legende ${id}-aide`}>
      <legend id={`${id}-legende`} className="fr-fieldset__legend">
        {legend}
        <span id={`${id}-aide`} className="fr-hint-text">
          {copy.activities.parcoursHint(formatShortDate(approval.startOn), formatShortDate(approval.endOn))}
        </span>
      </legend>
      {fields.map((field) => (
        <div key={field.id} className="fr-fieldset__element fr-fieldset__element--inline">
          <Input
            label={field.label}
            hintText={copy.forms.dateHint}
            {...(field.error ? { state: 'error' as const, stateRelatedMessage: field.error } : {})}
            nativeInputProps={{
              id: field.id,
              name: field.name,
              type: 'date',
              required: true,
              min: approval.startOn,
              max: approval.endOn,
              value: field.value,
              onChange: (e) => field.onChange(e.target.value),
            }}
          />
        </div>
      ))}
    </fieldset>
  );
}
