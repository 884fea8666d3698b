import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useState, type FormEvent } from 'react';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { useForm } from '../../forms/use-form.ts';
import { todayInFrance } from '../../format/dates.ts';
import {
  emptyRegistration,
  REGISTERED_ON_LABEL,
  toRegistrationInput,
  validateRegistrationForm,
  type RegistrationContext,
  type RegistrationField,
} from './registration-form.ts';

export interface PoleEmploiRegistrationFormProps extends Omit<RegistrationContext, 'today'> {
  /** Prefix of the controls' ids (one form per page). */
  idPrefix: string;
  /** The question, as a legend. */
  legend: string;
  submitLabel: string;
  /** Sends the mutation; throws its error, shown above the form. */
  onSubmit: (input: { registered: boolean; registeredOn: string | null }) => Promise<void>;
  loading: boolean;
}

/**
 * Registered at Pôle emploi or not, and since when (accord, fiche 5: "inscrire ou maintenir l'inscription"; fiche 7:
 * 6 months after the agrément's end). The day of the record is the server's.
 */
export function PoleEmploiRegistrationForm({
  idPrefix,
  legend,
  submitLabel,
  onSubmit,
  loading,
  ...context
}: PoleEmploiRegistrationFormProps) {
  const today = todayInFrance();
  const form = useForm(emptyRegistration, (values) => validateRegistrationForm(values, { ...context, today }));
  const { values, set, errors } = form;
  const [apiError, setApiError] = useState<unknown>(null);
  const ids: Record<RegistrationField, string> = {
    registered: `${idPrefix}-inscrit-0`,
    registeredOn: `${idPrefix}-date`,
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApiError(null);
    if (!form.check()) return;
    try {
      await onSubmit(toRegistrationInput(values));
      form.reset(emptyRegistration);
    } catch (failure) {
      setApiError(failure);
    }
  }

  return (
    <>
      <ErrorSummary title="Le formulaire contient des erreurs" errors={errors} fieldIds={ids} attempt={form.attempt} />
      <ApiErrorAlert error={apiError} title="L’enregistrement n’a pas abouti" />
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={loading}>
        <RadioButtons
          id={`${idPrefix}-inscrit`}
          name={`${idPrefix}-inscrit`}
          legend={legend}
          orientation="horizontal"
          {...(errors.registered ? { state: 'error' as const, stateRelatedMessage: errors.registered } : {})}
          options={[
            {
              label: 'Oui, inscrite comme demandeur d’emploi',
              nativeInputProps: {
                id: ids.registered,
                value: 'yes',
                checked: values.registered === 'yes',
                onChange: () => set('registered', 'yes'),
              },
            },
            {
              label: 'Non',
              nativeInputProps: {
                value: 'no',
                checked: values.registered === 'no',
                onChange: () => set('registered', 'no'),
              },
            },
          ]}
        />
        {values.registered === 'yes' && (
          <Input
            label={REGISTERED_ON_LABEL}
            hintText="La date de la dernière inscription, jj/mm/aaaa"
            {...(errors.registeredOn ? { state: 'error' as const, stateRelatedMessage: errors.registeredOn } : {})}
            nativeInputProps={{
              id: ids.registeredOn,
              name: `${idPrefix}-date`,
              type: 'date',
              max: today,
              required: true,
              value: values.registeredOn,
              onChange: (e) => set('registeredOn', e.target.value),
            }}
          />
        )}
        <Button type="submit" disabled={loading}>
          {submitLabel}
        </Button>
      </form>
    </>
  );
}
