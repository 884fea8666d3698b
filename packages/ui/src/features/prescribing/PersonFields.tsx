// The identity and contact fields of a person (DSFR), shared by « Enregistrer une personne » and
// « Corriger l’identité ».
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import type { FieldErrors } from '../../forms/field-errors.ts';
import { personFieldIds, type PersonField, type PersonFormValues } from './person-form.ts';
import { prescribingCopy } from './copy.ts';

const copy = prescribingCopy();

const t = copy.recordPerson;
const optional = (label: string) => `${label} ${copy.forms.optional}`;

export function PersonFields({
  values,
  set,
  errors,
  today,
}: {
  values: PersonFormValues;
  set: <K extends keyof PersonFormValues>(field: K, value: PersonFormValues[K]) => void;
  errors: FieldErrors<PersonField>;
  today: string;
}) {
  const fieldState = (field: PersonField) =>
    errors[field] ? ({ state: 'error', stateRelatedMessage: errors[field] } as const) : {};

  return (
    <>
      <fieldset className="fr-fieldset" aria-labelledby="identite-legende">
        <legend className="fr-fieldset__legend" id="identite-legende">
          {t.identity}
        </legend>
        <div className="fr-fieldset__element">
          <Input
            label={t.firstName}
            {...fieldState('firstName')}
            nativeInputProps={{
              id: personFieldIds.firstName,
              name: 'prenom',
              autoComplete: 'off',
              required: true,
              value: values.firstName,
              onChange: (e) => set('firstName', e.target.value),
            }}
          />
        </div>
        <div className="fr-fieldset__element">
          <Input
            label={t.lastName}
            {...fieldState('lastName')}
            nativeInputProps={{
              id: personFieldIds.lastName,
              name: 'nom',
              autoComplete: 'off',
              required: true,
              value: values.lastName,
              onChange: (e) => set('lastName', e.target.value),
            }}
          />
        </div>
        <div className="fr-fieldset__element">
          <Input
            label={t.birthDate}
            hintText="jj/mm/aaaa"
            {...fieldState('birthDate')}
            nativeInputProps={{
              id: personFieldIds.birthDate,
              name: 'naissance',
              type: 'date',
              required: true,
              max: today,
              value: values.birthDate,
              onChange: (e) => set('birthDate', e.target.value),
            }}
          />
        </div>
      </fieldset>

      <fieldset className="fr-fieldset" aria-labelledby="coordonnees-legende">
        <legend className="fr-fieldset__legend" id="coordonnees-legende">
          {t.contact}
        </legend>
        <div className="fr-fieldset__element">
          <Input
            label={optional(t.email)}
            hintText={t.emailHint}
            {...fieldState('email')}
            nativeInputProps={{
              id: personFieldIds.email,
              name: 'courriel',
              type: 'email',
              autoComplete: 'off',
              spellCheck: false,
              value: values.email,
              onChange: (e) => set('email', e.target.value),
            }}
          />
        </div>
        <div className="fr-fieldset__element">
          <Input
            label={optional(t.phone)}
            hintText={t.phoneHint}
            {...fieldState('phone')}
            nativeInputProps={{
              id: personFieldIds.phone,
              name: 'telephone',
              type: 'tel',
              autoComplete: 'off',
              value: values.phone,
              onChange: (e) => set('phone', e.target.value),
            }}
          />
        </div>
        <div className="fr-fieldset__element">
          <Input
            label={optional(t.poleEmploiId)}
            nativeInputProps={{
              id: 'personne-identifiant-pe',
              name: 'identifiant-pole-emploi',
              autoComplete: 'off',
              spellCheck: false,
              value: values.poleEmploiId,
              onChange: (e) => set('poleEmploiId', e.target.value),
            }}
          />
        </div>
        <div className="fr-fieldset__element">
          <Checkbox
            id="personne-rqth"
            options={[
              {
                label: t.rqth,
                hintText: t.rqthHint,
                nativeInputProps: {
                  name: 'rqth',
                  checked: values.rqth,
                  onChange: (e) => set('rqth', e.target.checked),
                },
              },
            ]}
          />
        </div>
      </fieldset>
    </>
  );
}
