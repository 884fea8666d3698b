import { useMutation } from '@apollo/client/react';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { todayInFrance, useDocumentTitle } from '@navette/ui';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { flashState } from '../../components/flash.ts';
import { copy } from '../../copy.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { errorSummaryItems } from '../../forms/field-errors.ts';
import { useForm } from '../../forms/use-form.ts';
import { RecordPersonDocument } from '../../generated/graphql.ts';
import { personName } from '../../labels.ts';
import { paths } from '../../paths.ts';
import { emptyPerson, personFieldIds, toPersonInput, validatePerson } from './person-form.ts';

const t = copy.recordPerson;
const optional = (label: string) => `${label} ${copy.forms.optional}`;

/** Records a person followed by the prescripteur's organisation, then opens their page. */
export function RecordPersonScreen() {
  useDocumentTitle(t.title);
  const navigate = useNavigate();
  const today = todayInFrance();
  const form = useForm(emptyPerson, (values) => validatePerson(values, today));
  const { values, set, errors } = form;
  const [recordPerson, { loading }] = useMutation(RecordPersonDocument);
  const [apiError, setApiError] = useState<unknown>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApiError(null);
    if (!form.check()) return;
    try {
      const { data } = await recordPerson({ variables: { input: toPersonInput(values) } });
      const person = data?.recordPerson;
      if (!person) throw new Error('recordPerson returned no person');
      void navigate(paths.person(person.id), { state: flashState(t.success(personName(person))) });
    } catch (failure) {
      setApiError(failure);
    }
  }

  const fieldState = (field: keyof typeof personFieldIds) =>
    errors[field] ? ({ state: 'error', stateRelatedMessage: errors[field] } as const) : {};

  return (
    <>
      <Breadcrumb
        currentPageLabel={t.title}
        segments={[{ label: copy.people.title, linkProps: { to: paths.people } }]}
      />
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p className="fr-text--sm">{copy.forms.allRequired}</p>

      <ErrorSummary items={errorSummaryItems(errors, personFieldIds)} attempt={form.attempt} />
      <ApiErrorAlert error={apiError} title={copy.forms.apiErrorTitle} />

      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
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

        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <Button type="submit" disabled={loading}>
              {loading ? copy.forms.sending : t.submit}
            </Button>
          </li>
          <li>
            <Button priority="secondary" linkProps={{ to: paths.people }}>
              {copy.forms.cancel}
            </Button>
          </li>
        </ul>
      </form>
    </>
  );
}
