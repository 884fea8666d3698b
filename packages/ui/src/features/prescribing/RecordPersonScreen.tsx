import { useMutation } from '@apollo/client/react';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { todayInFrance } from '../../format/dates.ts';
import { useDocumentTitle } from '../../layout/document-title.ts';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { flashState } from './flash.ts';
import { usePrescribing, withPrescribing } from './context.tsx';
import { ApiErrorAlert } from './form-parts.tsx';
import { ErrorSummary } from './form-parts.tsx';
import { errorSummaryItems } from '../../forms/field-errors.ts';
import { useForm } from '../../forms/use-form.ts';
import { RecordPersonDocument } from '../../generated/graphql.ts';
import { personName } from './labels.ts';
import { emptyPerson, personFieldIds, toPersonInput, validatePerson } from './person-form.ts';
import { PersonFields } from './PersonFields.tsx';

/** Records a person followed by the organisation (a prescripteur, or an agence), then opens their page. */
export const RecordPersonScreen = withPrescribing(RecordPersonView);

function RecordPersonView() {
  const { copy, paths } = usePrescribing();
  const t = copy.recordPerson;
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
        <PersonFields values={values} set={set} errors={errors} today={today} />

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
