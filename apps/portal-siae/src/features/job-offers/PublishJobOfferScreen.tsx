import { useMutation } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { todayInFrance, useDocumentTitle } from '@navette/ui';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { flashState } from '../../components/flash.ts';
import { useOwnSiaeId } from '../../components/own-siae.ts';
import { copy } from '../../copy.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { errorSummaryItems } from '../../forms/field-errors.ts';
import { useForm } from '../../forms/use-form.ts';
import { PublishJobOfferDocument } from '../../generated/graphql.ts';
import { paths } from '../../paths.ts';
import { emptyJobOffer, toJobOfferInput, validateJobOffer, type JobOfferField } from './job-offer-form.ts';

const t = copy.jobOfferForm;
const fieldIds: Record<JobOfferField, string> = {
  title: 'offre-intitule',
  description: 'offre-description',
  positions: 'offre-postes',
  depositedAtPoleEmploiOn: 'offre-depot',
};

/** Publishes an offer of the SIAE, deposited at Pôle emploi (fiche 4): visible to prescripteurs while open. */
export function PublishJobOfferScreen() {
  useDocumentTitle(t.title);
  const siaeId = useOwnSiaeId();
  return (
    <>
      <Breadcrumb
        currentPageLabel={t.title}
        segments={[{ label: copy.jobOffers.title, linkProps: { to: paths.jobOffers } }]}
      />
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p className="fr-text--sm">{copy.forms.allRequired}</p>
      {!siaeId ? (
        <Alert severity="error" small description={copy.cooperation.unknownSiae} role="alert" />
      ) : (
        <PublishForm siaeId={siaeId} />
      )}
    </>
  );
}

function PublishForm({ siaeId }: { siaeId: string }) {
  const navigate = useNavigate();
  const today = todayInFrance();
  const form = useForm(emptyJobOffer, (values) => validateJobOffer(values, today));
  const { values, set, errors } = form;
  const [publish, { loading }] = useMutation(PublishJobOfferDocument);
  const [apiError, setApiError] = useState<unknown>(null);
  const errorState = (field: JobOfferField) =>
    errors[field] ? { state: 'error' as const, stateRelatedMessage: errors[field] } : {};

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApiError(null);
    if (!form.check()) return;
    try {
      const { data } = await publish({
        variables: { input: toJobOfferInput(siaeId, values) },
        // The SIAE's list of offers gains one: asked again when shown.
        update(cache) {
          cache.evict({ id: cache.identify({ __typename: 'Siae', id: siaeId }), fieldName: 'jobOffers' });
          cache.gc();
        },
      });
      if (!data?.publishJobOffer) throw new Error('publishJobOffer returned no offer');
      void navigate(paths.jobOffers, { state: flashState(t.published(data.publishJobOffer.title)) });
    } catch (failure) {
      setApiError(failure);
    }
  }

  return (
    <>
      <ErrorSummary items={errorSummaryItems(errors, fieldIds)} attempt={form.attempt} />
      <ApiErrorAlert error={apiError} title={copy.forms.apiErrorTitle} />
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
        <Input
          label={t.jobTitle}
          hintText={t.jobTitleHint}
          {...errorState('title')}
          nativeInputProps={{
            id: fieldIds.title,
            name: 'intitule',
            required: true,
            maxLength: 200,
            value: values.title,
            onChange: (e) => set('title', e.target.value),
          }}
        />
        <Input
          label={t.description}
          hintText={t.descriptionHint}
          textArea
          {...errorState('description')}
          nativeTextAreaProps={{
            id: fieldIds.description,
            name: 'description',
            rows: 6,
            required: true,
            value: values.description,
            onChange: (e) => set('description', e.target.value),
          }}
        />
        <Input
          label={`${t.prerequisites} ${copy.forms.optional}`}
          hintText={t.prerequisitesHint}
          textArea
          nativeTextAreaProps={{
            id: 'offre-prerequis',
            name: 'prerequis',
            rows: 3,
            value: values.prerequisites,
            onChange: (e) => set('prerequisites', e.target.value),
          }}
        />
        <Input
          label={t.positions}
          {...errorState('positions')}
          nativeInputProps={{
            id: fieldIds.positions,
            name: 'postes',
            type: 'number',
            inputMode: 'numeric',
            min: 1,
            step: 1,
            required: true,
            value: values.positions,
            onChange: (e) => set('positions', e.target.value),
          }}
        />
        <Input
          label={`${t.deposited} ${copy.forms.optional}`}
          hintText={copy.forms.dateHint}
          {...errorState('depositedAtPoleEmploiOn')}
          nativeInputProps={{
            id: fieldIds.depositedAtPoleEmploiOn,
            name: 'depot',
            type: 'date',
            max: today,
            value: values.depositedAtPoleEmploiOn,
            onChange: (e) => set('depositedAtPoleEmploiOn', e.target.value),
          }}
        />
        <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
          <li>
            <Button type="submit" disabled={loading}>
              {loading ? copy.forms.sending : t.submit}
            </Button>
          </li>
          <li>
            <Button priority="secondary" linkProps={{ to: paths.jobOffers }}>
              {copy.forms.cancel}
            </Button>
          </li>
        </ul>
      </form>
    </>
  );
}
