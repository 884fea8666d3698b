import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Table } from '@codegouvfr/react-dsfr/Table';
import {
  CursorPager,
  EmptyState,
  ErrorState,
  formatShortDate,
  Loading,
  pageCount,
  useCursorFallback,
  useCursorPages,
  useDocumentTitle,
} from '@navette/ui';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { FlashNotice } from '../../components/FlashNotice.tsx';
import { useOwnSiaeId } from '../../components/own-siae.ts';
import { SuccessNotice } from '../../components/SuccessNotice.tsx';
import { copy } from '../../copy.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { errorSummaryItems } from '../../forms/field-errors.ts';
import { useForm } from '../../forms/use-form.ts';
import {
  OwnCooperationAgreementsDocument,
  OwnCooperationDocument,
  SetCorrespondentDocument,
  type OwnCooperationQuery,
} from '../../generated/graphql.ts';
import { agreementStatusSeverity } from '../../labels.ts';
import { paths } from '../../paths.ts';
import { agreementPeriod } from './period.ts';
import {
  correspondentValuesOf,
  toCorrespondentInput,
  validateCorrespondent,
  type CorrespondentField,
} from './referents-form.ts';

const t = copy.cooperation;
const PAGE_SIZE = 10;
type OwnSiae = NonNullable<OwnCooperationQuery['siae']>;

/** "Ma convention": the SIAE's conventions with its agence, whether one is missing, and its référents. */
export function CooperationScreen() {
  useDocumentTitle(t.title);
  const siaeId = useOwnSiaeId();
  return (
    <>
      <h1>{t.title}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <FlashNotice />
      {!siaeId ? (
        <Alert severity="error" small description={t.unknownSiae} role="alert" />
      ) : (
        <>
          <OwnSide siaeId={siaeId} />
          <Button linkProps={{ to: paths.newAgreement }} iconId="fr-icon-add-line" className="fr-mt-2w">
            {t.draft}
          </Button>
          <Agreements />
          <Referents siaeId={siaeId} />
        </>
      )}
    </>
  );
}

/** The agence and, for an AI without a convention in force, the warning of annexe 4 §2.2.8. */
function OwnSide({ siaeId }: { siaeId: string }) {
  const { data, error } = useQuery(OwnCooperationDocument, {
    variables: { siaeId },
    fetchPolicy: 'cache-and-network',
  });
  if (error) console.error('[navette]', error);
  const siae = data?.siae;
  if (!siae) return null;
  return (
    <>
      <p>{t.agency(siae.agency.name)}</p>
      {siae.missingCooperationAgreement && (
        <div data-testid="agreement-missing" className="fr-mb-2w">
          <Alert severity="warning" small description={t.mandatoryMissing} />
        </div>
      )}
    </>
  );
}

function Agreements() {
  const pager = useCursorPages('');
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const {
    data,
    loading,
    error: queryError,
    refetch,
  } = useQuery(OwnCooperationAgreementsDocument, {
    variables: { first: PAGE_SIZE, after: pager.after },
    fetchPolicy: 'cache-and-network',
  });
  // A forged or outdated cursor in the URL: back to page 1, no error shown.
  const error = useCursorFallback(pager, queryError);
  const connection = data?.cooperationAgreements;
  const focusResults = () => resultsHeading.current?.focus();
  const c = t.columns;

  return (
    <section aria-labelledby="conventions" aria-busy={loading} className="fr-mt-4w">
      <h2 id="conventions" className="fr-h4">
        {t.listTitle}
      </h2>
      {error && !connection ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        <Loading />
      ) : (
        <>
          <p id="conventions-resultats" ref={resultsHeading} tabIndex={-1} className="fr-text--bold" aria-live="polite">
            {t.count(connection.totalCount)}
          </p>
          {connection.edges.length === 0 ? (
            <EmptyState message={t.empty} />
          ) : (
            <>
              <div data-testid="agreements">
                <Table
                  caption={t.caption}
                  noCaption
                  headers={[c.period, c.status, c.inForce, c.siaeSignedOn, c.agencySignedOn]}
                  data={connection.edges.map(({ node }) => [
                    <Link key="period" to={paths.agreement(node.id)}>
                      {agreementPeriod(node)}
                    </Link>,
                    <Badge key="status" as="span" severity={agreementStatusSeverity(node.status)} small noIcon>
                      {node.statusLabel}
                    </Badge>,
                    node.inForce ? t.yes : t.no,
                    formatShortDate(node.siaeSignedOn) || t.notSigned,
                    formatShortDate(node.agencySignedOn) || t.notSigned,
                  ])}
                />
              </div>
              <CursorPager
                page={pager.page}
                pageCount={pageCount(connection.totalCount, PAGE_SIZE)}
                hasPrevious={pager.hasPrevious}
                hasNext={connection.pageInfo.hasNextPage}
                disabled={loading}
                onPrevious={() => {
                  pager.previous();
                  focusResults();
                }}
                onNext={() => {
                  pager.next(connection.pageInfo.endCursor);
                  focusResults();
                }}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}

/** The référent named by the agence, and the SIAE's own correspondent, which it edits here. */
function Referents({ siaeId }: { siaeId: string }) {
  const r = copy.referents;
  const { data, error, refetch } = useQuery(OwnCooperationDocument, {
    variables: { siaeId },
    fetchPolicy: 'cache-first',
  });
  const siae = data?.siae;
  return (
    <section aria-labelledby="referents" className="fr-mt-4w">
      <h2 id="referents" className="fr-h4">
        {r.title}
      </h2>
      <p>{r.intro}</p>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <Loading />
      ) : !siae ? (
        <Alert severity="error" small description={r.unavailable} />
      ) : (
        <>
          <dl data-testid="referents">
            <dt className="fr-text--bold">{r.referent}</dt>
            <dd className="fr-mb-1w">{contact(siae.referents?.referentName, siae.referents?.referentEmail)}</dd>
            <dt className="fr-text--bold">{r.correspondent}</dt>
            <dd className="fr-mb-1w">
              {contact(siae.referents?.correspondentName, siae.referents?.correspondentEmail)}
            </dd>
          </dl>
          <CorrespondentForm siae={siae} />
        </>
      )}
    </section>
  );
}

function contact(name: string | null | undefined, email: string | null | undefined) {
  if (!name && !email) return copy.referents.notNamed;
  return (
    <>
      {name}
      {email && (
        <>
          {name ? ' – ' : ''}
          <a href={`mailto:${email}`}>{email}</a>
        </>
      )}
    </>
  );
}

const correspondentFieldIds: Record<CorrespondentField, string> = {
  correspondentName: 'correspondant-nom',
  correspondentEmail: 'correspondant-courriel',
};

function CorrespondentForm({ siae }: { siae: OwnSiae }) {
  const r = copy.referents;
  const form = useForm(correspondentValuesOf(siae.referents), validateCorrespondent);
  const { values, set, errors } = form;
  const [save, { loading }] = useMutation(SetCorrespondentDocument);
  const [apiError, setApiError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApiError(null);
    setNotice(null);
    if (!form.check()) return;
    try {
      // The référents have no id of their own: the answer goes into the SIAE's cached entry.
      await save({
        variables: { siaeId: siae.id, input: toCorrespondentInput(values) },
        update(cache, { data }) {
          if (!data) return;
          cache.modify({
            id: cache.identify({ __typename: 'Siae', id: siae.id }),
            fields: { referents: () => data.setSiaeReferents },
          });
        },
      });
      setNotice(r.saved);
    } catch (failure) {
      setApiError(failure);
    }
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading} className="fr-mt-2w">
      <SuccessNotice message={notice} />
      <ErrorSummary items={errorSummaryItems(errors, correspondentFieldIds)} attempt={form.attempt} />
      <ApiErrorAlert error={apiError} title={copy.forms.apiErrorTitle} />
      <fieldset className="fr-fieldset" aria-labelledby="correspondant-titre">
        <legend id="correspondant-titre" className="fr-fieldset__legend fr-h5">
          {r.formTitle}
        </legend>
        <div className="fr-fieldset__element">
          <Input
            label={r.correspondentName}
            {...(errors.correspondentName
              ? { state: 'error' as const, stateRelatedMessage: errors.correspondentName }
              : {})}
            nativeInputProps={{
              id: correspondentFieldIds.correspondentName,
              name: 'nom',
              autoComplete: 'name',
              required: true,
              value: values.correspondentName,
              onChange: (e) => set('correspondentName', e.target.value),
            }}
          />
        </div>
        <div className="fr-fieldset__element">
          <Input
            label={`${r.correspondentEmail} ${copy.forms.optional}`}
            hintText={r.emailHint}
            {...(errors.correspondentEmail
              ? { state: 'error' as const, stateRelatedMessage: errors.correspondentEmail }
              : {})}
            nativeInputProps={{
              id: correspondentFieldIds.correspondentEmail,
              name: 'courriel',
              type: 'email',
              autoComplete: 'email',
              value: values.correspondentEmail,
              onChange: (e) => set('correspondentEmail', e.target.value),
            }}
          />
        </div>
        <div className="fr-fieldset__element">
          <Button type="submit" disabled={loading}>
            {loading ? copy.forms.sending : r.submit}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
