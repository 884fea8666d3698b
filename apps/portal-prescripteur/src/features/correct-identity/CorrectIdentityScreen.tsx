import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import {
  ErrorState,
  flashState,
  Loading,
  personFieldIds,
  PersonFields,
  personName,
  todayInFrance,
  useDocumentTitle,
  validatePerson,
} from '@navette/ui';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { copy } from '../../copy.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { errorSummaryItems } from '../../forms/field-errors.ts';
import { useForm } from '../../forms/use-form.ts';
import {
  CorrectPersonIdentityDocument,
  PersonIdentityDocument,
  type PersonIdentityQuery,
} from '../../generated/graphql.ts';
import { paths } from '../../paths.ts';
import { changedFieldCount, identityFormValues, toCorrectionInput } from './correction-form.ts';

const t = copy.correctIdentity;
type Person = NonNullable<PersonIdentityQuery['person']>;

/**
 * « Corriger l'identité » (issue 19 §4, RGPD art. 16): the organisation that recorded the person corrects their
 * identity; the server keeps each value before in the person's history (shown in « Dossier de la personne ») and
 * refuses another organisation, or an anonymised person, with its own French message.
 */
export function CorrectIdentityScreen() {
  useDocumentTitle(t.title);
  const { personId = '' } = useParams();
  const { data, error, refetch } = useQuery(PersonIdentityDocument, {
    variables: { id: personId },
    fetchPolicy: 'network-only',
  });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  if (!data.person) {
    return (
      <>
        <h1>{copy.person.notFoundTitle}</h1>
        <p>{copy.person.notFoundText}</p>
        <Link className="fr-link fr-icon-arrow-left-s-line fr-link--icon-left" to={paths.people}>
          {copy.person.backToPeople}
        </Link>
      </>
    );
  }
  return <CorrectIdentityForm person={data.person} />;
}

function CorrectIdentityForm({ person }: { person: Person }) {
  const navigate = useNavigate();
  const today = todayInFrance();
  const name = personName(person);
  const recorded = identityFormValues(person);
  const form = useForm(recorded, (values) => validatePerson(values, today));
  const { values, set, errors } = form;
  const [correct, { loading }] = useMutation(CorrectPersonIdentityDocument);
  const [apiError, setApiError] = useState<unknown>(null);
  const [unchanged, setUnchanged] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApiError(null);
    setUnchanged(false);
    if (!form.check()) return;
    const input = toCorrectionInput(recorded, values);
    const changed = changedFieldCount(input);
    if (changed === 0) {
      setUnchanged(true);
      return;
    }
    try {
      const { data } = await correct({ variables: { personId: person.id, input } });
      if (!data?.correctPersonIdentity) throw new Error('correctPersonIdentity returned no person');
      void navigate(paths.person(person.id), { state: flashState(t.success(changed)) });
    } catch (failure) {
      setApiError(failure);
    }
  }

  return (
    <>
      <Breadcrumb
        currentPageLabel={t.title}
        segments={[
          { label: copy.people.title, linkProps: { to: paths.people } },
          { label: name, linkProps: { to: paths.person(person.id) } },
        ]}
      />
      <h1>{t.title}</h1>
      <p>{t.forPerson(name)}</p>
      {person.anonymisedAt ? (
        <Alert severity="info" small description={t.anonymised} />
      ) : !person.mayCorrectIdentity ? (
        // The server decides (Person.mayCorrectIdentity): another organisation reaching this address by hand.
        <Alert severity="info" small description={t.notRecordingOrganisation} />
      ) : (
        <>
          <p>{t.intro}</p>
          <p className="fr-text--sm">{copy.forms.allRequired}</p>

          <ErrorSummary items={errorSummaryItems(errors, personFieldIds)} attempt={form.attempt} />
          <ApiErrorAlert error={apiError} title={t.failed} />
          {unchanged && <Alert severity="info" small description={t.unchanged} className="fr-mb-3w" />}

          <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
            <PersonFields values={values} set={set} errors={errors} today={today} />

            <ul className="fr-btns-group fr-btns-group--inline-md">
              <li>
                <Button type="submit" disabled={loading}>
                  {loading ? copy.forms.sending : t.submit}
                </Button>
              </li>
              <li>
                <Button priority="secondary" linkProps={{ to: paths.person(person.id) }}>
                  {copy.forms.cancel}
                </Button>
              </li>
            </ul>
          </form>
        </>
      )}
    </>
  );
}
