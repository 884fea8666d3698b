import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { formatShortDate } from '../../format/dates.ts';
import { siaeKindLabel } from '../../labels/labels.ts';
import { useDocumentTitle } from '../../layout/document-title.ts';
import { CursorPager } from '../../pagination/CursorPager.tsx';
import { pageCount } from '../../pagination/cursor-pages.ts';
import { useCursorFallback } from '../../pagination/use-cursor-pages.ts';
import { searchCodec, useListParams } from '../../pagination/use-list-params.ts';
import { ErrorState } from '../../states/ErrorState.tsx';
import { Loading } from '../../states/Loading.tsx';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { flashState } from './flash.ts';
import { usePrescribing, withPrescribing } from './context.tsx';
import { ApiErrorAlert } from './form-parts.tsx';
import { ErrorSummary } from './form-parts.tsx';
import { errorSummaryItems } from '../../forms/field-errors.ts';
import { useForm } from '../../forms/use-form.ts';
import {
  OfferSiaeDocument,
  PrescribeDocument,
  PrescribePersonDocument,
  PrescribeSiaesDocument,
  type PrescribePersonQuery,
} from '../../generated/graphql.ts';
import { personName } from './labels.ts';
import { offerChoiceFromSearchParams } from './offer-choice.ts';
import { normaliseSearch } from './search-param.ts';
import {
  chooseSiae,
  latestDiagnosisId,
  toPrescriptionInput,
  validatePrescription,
  type ChosenSiae,
  type PrescriptionField,
} from './prescription-form.ts';

const SIAE_PAGE_SIZE = 10;
type Person = NonNullable<PrescribePersonQuery['person']>;

const fieldIds: Record<PrescriptionField, string> = {
  diagnosisId: 'prescription-diagnostic-0',
  siae: 'prescription-recherche-siae',
  jobOfferId: 'prescription-offre-0',
  message: 'prescription-message',
};

/**
 * Sends a fiche navette: the diagnosis it rests on, the SIAE chosen in the directory (or the SIAE of the offer the
 * prescripteur came from, `?structure=…&offre=…`), the offer it is for if any, a message.
 */
export const PrescribeScreen = withPrescribing(PrescribeView);

function PrescribeView() {
  const { copy, paths } = usePrescribing();
  const t = copy.prescribe;
  useDocumentTitle(t.title);
  const { personId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const offerChoice = offerChoiceFromSearchParams(searchParams);
  const { data, error, refetch } = useQuery(PrescribePersonDocument, {
    variables: { id: personId },
    fetchPolicy: 'cache-and-network',
  });
  const offerSiae = useQuery(OfferSiaeDocument, {
    variables: { id: offerChoice?.siaeId ?? '' },
    skip: !offerChoice,
    fetchPolicy: 'network-only',
  });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (offerSiae.error && !offerSiae.data)
    return <ErrorState error={offerSiae.error} onRetry={() => void offerSiae.refetch()} />;
  if (!data || (offerChoice && !offerSiae.data)) return <Loading />;
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
  const siae = offerSiae.data?.siae;
  return (
    <PrescribeForm
      key={data.person.id}
      person={data.person}
      initial={siae ? chooseSiae({ id: siae.id, name: siae.name, offers: siae.jobOffers }, offerChoice?.offerId) : null}
      siaeNotFound={Boolean(offerChoice) && !siae}
    />
  );
}

function PrescribeForm({
  person,
  initial,
  siaeNotFound,
}: {
  person: Person;
  initial: { siae: ChosenSiae; jobOfferId: string } | null;
  siaeNotFound: boolean;
}) {
  const { copy, paths } = usePrescribing();
  const t = copy.prescribe;
  const navigate = useNavigate();
  const name = personName(person);
  const form = useForm(
    {
      diagnosisId: latestDiagnosisId(person.diagnoses),
      siae: initial?.siae ?? null,
      jobOfferId: initial?.jobOfferId ?? '',
      message: '',
    },
    validatePrescription,
  );
  const { values, set, update, errors } = form;
  const [prescribe, { loading }] = useMutation(PrescribeDocument);
  const [apiError, setApiError] = useState<unknown>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApiError(null);
    if (!form.check()) return;
    try {
      const { data } = await prescribe({ variables: { input: toPrescriptionInput(person.id, values) } });
      const prescription = data?.prescribe;
      if (!prescription) throw new Error('prescribe returned no prescription');
      void navigate(paths.prescription(prescription.id), { state: flashState(t.success(prescription.siae.name)) });
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
      <p className="fr-text--lead">{t.forPerson(name)}</p>
      <p>{t.intro}</p>
      <p className="fr-text--sm">{copy.forms.allRequired}</p>

      <ErrorSummary items={errorSummaryItems(errors, fieldIds)} attempt={form.attempt} />

      {person.diagnoses.length === 0 ? (
        <div className="fr-mb-3w">
          <p>{t.noDiagnosis}</p>
          <Button linkProps={{ to: paths.diagnose(person.id) }}>{copy.person.diagnose}</Button>
        </div>
      ) : (
        <RadioButtons
          id="prescription-diagnostic"
          name="diagnostic"
          legend={<span className="fr-h6">{t.diagnosisLegend}</span>}
          {...(errors.diagnosisId ? { state: 'error' as const, stateRelatedMessage: errors.diagnosisId } : {})}
          options={person.diagnoses.map((diagnosis) => ({
            label: t.diagnosisOption(formatShortDate(diagnosis.diagnosedOn)),
            hintText: diagnosis.summary,
            nativeInputProps: {
              value: diagnosis.id,
              checked: values.diagnosisId === diagnosis.id,
              onChange: () => set('diagnosisId', diagnosis.id),
            },
          }))}
        />
      )}

      {siaeNotFound && <Alert severity="warning" small description={t.siaeNotFound} className="fr-mt-2w" />}
      <SiaeChoice chosen={values.siae} error={errors.siae} onChoose={(siae) => update(chooseSiae(siae))} />
      {values.siae && values.siae.offers.length > 0 && (
        <RadioButtons
          id="prescription-offre"
          name="offre"
          className="fr-mt-3w"
          legend={<span className="fr-h6">{`${t.offerLegend} ${copy.forms.optional}`}</span>}
          hintText={t.offerHint}
          {...(errors.jobOfferId ? { state: 'error' as const, stateRelatedMessage: errors.jobOfferId } : {})}
          options={[
            {
              label: t.noOffer,
              hintText: t.noOfferHint,
              nativeInputProps: {
                value: '',
                checked: values.jobOfferId === '',
                onChange: () => set('jobOfferId', ''),
              },
            },
            ...values.siae.offers.map((offer) => ({
              label: offer.title,
              hintText: t.offerPositions(offer.positions),
              nativeInputProps: {
                value: offer.id,
                checked: values.jobOfferId === offer.id,
                onChange: () => set('jobOfferId', offer.id),
              },
            })),
          ]}
        />
      )}

      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading} className="fr-mt-4w">
        <Input
          label={t.message}
          hintText={t.messageHint}
          textArea
          {...(errors.message ? { state: 'error' as const, stateRelatedMessage: errors.message } : {})}
          nativeTextAreaProps={{
            id: fieldIds.message,
            name: 'message',
            rows: 6,
            required: true,
            value: values.message,
            onChange: (e) => set('message', e.target.value),
          }}
        />
        <ApiErrorAlert error={apiError} title={copy.forms.apiErrorTitle} />
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <Button type="submit" disabled={loading || person.diagnoses.length === 0}>
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
  );
}

/**
 * Search of the directory and choice of one SIAE (radio buttons), page by page, each with its open offers; the
 * choice survives a new search.
 */
const siaeSearchCodec = searchCodec('recherche-siae');

function SiaeChoice({
  chosen,
  error,
  onChoose,
}: {
  chosen: ChosenSiae | null;
  error: string | undefined;
  onChoose: (siae: ChosenSiae) => void;
}) {
  const { copy } = usePrescribing();
  const t = copy.prescribe;
  // The search and the page of this choice live in the URL (`?recherche-siae=…&siae-page=2&siae-apres=…`), as on every
  // list (issue 14 §5); the rest of the form stays as typed while they change.
  const { filters: search, setFilters: setSearch, pager } = useListParams(siaeSearchCodec, { prefix: 'siae' });
  const [draft, setDraft] = useState(search);
  const {
    data,
    loading,
    error: queryError,
    refetch,
  } = useQuery(PrescribeSiaesDocument, {
    variables: { first: SIAE_PAGE_SIZE, after: pager.after, filter: search ? { search } : null },
  });
  // A forged or outdated cursor in the URL: back to page 1, no error shown.
  const listError = useCursorFallback(pager, queryError);
  const connection = data?.siaes;

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearch(normaliseSearch(draft));
  };

  return (
    <section
      aria-labelledby="prescription-siae-titre"
      className="fr-mt-4w fr-p-3w"
      style={{ border: `1px solid var(${error ? '--border-plain-error' : '--border-default-grey'})` }}
    >
      <h2 id="prescription-siae-titre" className="fr-h6 fr-mb-1w">
        {t.siaeLegend}
      </h2>
      <p className="fr-text--sm">{t.siaeHint}</p>
      <form role="search" aria-label={t.siaeLegend} onSubmit={onSearch}>
        <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
          <div className="fr-col-12 fr-col-md-8">
            <Input
              label={t.siaeSearch}
              hintText={t.siaeSearchHint}
              {...(error ? { state: 'error' as const, stateRelatedMessage: error } : {})}
              nativeInputProps={{
                id: fieldIds.siae,
                name: 'recherche-siae',
                type: 'search',
                value: draft,
                onChange: (e) => setDraft(e.target.value),
              }}
            />
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Button type="submit" priority="secondary" iconId="fr-icon-search-line" className="fr-mb-3w">
              {t.siaeSearchSubmit}
            </Button>
          </div>
        </div>
      </form>

      <p role="status" className="fr-text--bold" data-testid="chosen-siae">
        {chosen ? t.siaeChosen(chosen.name) : t.siaeNone}
      </p>

      <div aria-busy={loading}>
        {listError && !connection ? (
          <ErrorState error={listError} onRetry={() => void refetch()} />
        ) : !connection ? (
          <Loading />
        ) : connection.edges.length === 0 ? (
          <p>{t.siaeEmpty}</p>
        ) : (
          <>
            <RadioButtons
              id="prescription-siae"
              name="siae"
              legend={`${t.siaeLegend} : ${t.siaeCount(connection.totalCount)}`}
              options={connection.edges.map(({ node }) => ({
                label: node.name,
                hintText:
                  `${node.kind} – ${siaeKindLabel(node.kind)}, ${node.city} (${node.postcode})` +
                  (node.jobOffers.length > 0 ? ` · ${t.siaeOffers(node.jobOffers.map((offer) => offer.title))}` : ''),
                nativeInputProps: {
                  value: node.id,
                  checked: chosen?.id === node.id,
                  onChange: () => onChoose({ id: node.id, name: node.name, offers: node.jobOffers }),
                },
              }))}
            />
            <CursorPager
              page={pager.page}
              pageCount={pageCount(connection.totalCount, SIAE_PAGE_SIZE)}
              hasPrevious={pager.hasPrevious}
              hasNext={connection.pageInfo.hasNextPage}
              disabled={loading}
              onPrevious={pager.previous}
              onNext={() => pager.next(connection.pageInfo.endCursor)}
            />
          </>
        )}
      </div>
    </section>
  );
}
