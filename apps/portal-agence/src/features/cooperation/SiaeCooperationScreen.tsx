import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { ErrorState, Loading, siaeKindLabel, useDocumentTitle } from '@navette/ui';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { copy } from '../../copy.ts';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { FormNotice, type Notice } from '../../forms/FormNotice.tsx';
import { mutationFailureOf } from '../../forms/mutation-error.ts';
import { SetReferentDocument, SiaeCooperationDocument, type SiaeCooperationQuery } from '../../generated/graphql.ts';
import type { FieldErrors } from '../approvals/decision-drafts.ts';
import { checkReferent, type ReferentDraft, type ReferentField } from './agreement-drafts.ts';
import { agreementStatusSeverity } from './labels.ts';
import { cooperationPaths } from './paths.ts';
import { agreementPeriod, signedOn } from './period.ts';
import { useNotice } from './use-notice.ts';

const t = copy.siaeCooperation;
type Siae = NonNullable<SiaeCooperationQuery['siae']>;

/** One SIAE of the territory: its référents (the agence names the référent Pôle emploi) and its conventions. */
export function SiaeCooperationScreen() {
  const { siaeId = '' } = useParams();
  const { data, error, refetch } = useQuery(SiaeCooperationDocument, {
    variables: { id: siaeId },
    fetchPolicy: 'cache-and-network',
  });
  const siae = data?.siae;
  useDocumentTitle(siae ? siae.name : data ? t.notFoundTitle : copy.cooperation.title);

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  if (!siae) {
    return (
      <>
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFoundText}</p>
        <BackLink />
      </>
    );
  }

  return (
    <>
      <Breadcrumb
        currentPageLabel={siae.name}
        segments={[{ label: copy.navigation.cooperation, linkProps: { to: cooperationPaths.list } }]}
      />
      <h1>{siae.name}</h1>
      <p>
        <Badge as="span" severity="info" noIcon className="fr-mr-1w">
          {siae.kind} – {siaeKindLabel(siae.kind)}
        </Badge>
        {siae.city} ({siae.postcode})
      </p>
      {/* Another agence's SIAE: the API hides its conventions and référents (DESIGN §4). */}
      {!siae.cooperationAgreements ? (
        <>
          <Alert severity="info" small description={t.notInTerritory} className="fr-mb-2w" />
          <BackLink />
        </>
      ) : (
        <>
          {siae.missingCooperationAgreement && (
            <div className="fr-mb-2w" data-testid="agreement-missing">
              <Alert severity="warning" small description={t.mandatoryMissing} />
            </div>
          )}
          <Referents siae={siae} />
          <Agreements siae={siae} agreements={siae.cooperationAgreements} />
        </>
      )}
    </>
  );
}

function BackLink() {
  return (
    <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to={cooperationPaths.list}>
      {t.back}
    </Link>
  );
}

function contact(name: string | null | undefined, email: string | null | undefined) {
  if (!name && !email) return t.notNamed;
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

function Referents({ siae }: { siae: Siae }) {
  const [notice, setNotice] = useNotice();
  return (
    <section aria-labelledby="referents" className="fr-mt-2w">
      <h2 id="referents" className="fr-h4">
        {t.referentsTitle}
      </h2>
      <p>{t.referentsIntro}</p>
      <dl data-testid="referents">
        <dt className="fr-text--bold">{t.referent}</dt>
        <dd className="fr-mb-1w">{contact(siae.referents?.referentName, siae.referents?.referentEmail)}</dd>
        <dt className="fr-text--bold">{t.correspondent}</dt>
        <dd className="fr-mb-1w">{contact(siae.referents?.correspondentName, siae.referents?.correspondentEmail)}</dd>
      </dl>
      <FormNotice notice={notice} />
      <ReferentForm siae={siae} onNotice={setNotice} />
    </section>
  );
}

const referentFieldIds: Record<ReferentField, string> = {
  referentName: 'referent-nom',
  referentEmail: 'referent-courriel',
};

function ReferentForm({ siae, onNotice }: { siae: Siae; onNotice: (notice: Omit<Notice, 'id'> | null) => void }) {
  const [draft, setDraft] = useState<ReferentDraft>({
    referentName: siae.referents?.referentName ?? '',
    referentEmail: siae.referents?.referentEmail ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors<ReferentField>>({});
  const [attempt, setAttempt] = useState(0);
  const [save, { loading }] = useMutation(SetReferentDocument);
  const update = (change: Partial<ReferentDraft>) => setDraft((current) => ({ ...current, ...change }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkReferent(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    onNotice(null);
    try {
      // The référents have no id of their own: the answer goes into the SIAE's cached entry.
      await save({
        variables: { siaeId: siae.id, input: checked.input },
        update(cache, { data }) {
          if (!data) return;
          cache.modify({
            id: cache.identify({ __typename: 'Siae', id: siae.id }),
            fields: { referents: () => data.setSiaeReferents },
          });
        },
      });
      onNotice({ severity: 'success', title: t.savedTitle, description: t.saved(checked.input.referentName ?? '') });
    } catch (error) {
      console.error('[navette] setSiaeReferents', error);
      onNotice({ severity: 'error', title: t.failedTitle, description: mutationFailureOf(error, t.failed).message });
    }
  }

  return (
    <>
      <ErrorSummary title={t.summaryTitle} errors={errors} fieldIds={referentFieldIds} attempt={attempt} />
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
        <fieldset className="fr-fieldset" aria-labelledby="referent-titre">
          <legend id="referent-titre" className="fr-fieldset__legend fr-h5">
            {t.referentFormTitle}
          </legend>
          <div className="fr-fieldset__element">
            <Input
              label={t.referentName}
              state={errors.referentName ? 'error' : 'default'}
              stateRelatedMessage={errors.referentName}
              nativeInputProps={{
                id: referentFieldIds.referentName,
                name: 'referent-nom',
                autoComplete: 'name',
                required: true,
                value: draft.referentName,
                onChange: (event) => update({ referentName: event.target.value }),
              }}
            />
          </div>
          <div className="fr-fieldset__element">
            <Input
              label={`${t.referentEmail} ${t.optional}`}
              hintText={t.emailHint}
              state={errors.referentEmail ? 'error' : 'default'}
              stateRelatedMessage={errors.referentEmail}
              nativeInputProps={{
                id: referentFieldIds.referentEmail,
                name: 'referent-courriel',
                type: 'email',
                autoComplete: 'email',
                value: draft.referentEmail,
                onChange: (event) => update({ referentEmail: event.target.value }),
              }}
            />
          </div>
          <div className="fr-fieldset__element">
            <Button type="submit" disabled={loading}>
              {loading ? t.submitting : t.submit}
            </Button>
          </div>
        </fieldset>
      </form>
    </>
  );
}

function Agreements({ siae, agreements }: { siae: Siae; agreements: NonNullable<Siae['cooperationAgreements']> }) {
  const c = copy.cooperation.agreementsColumns;
  return (
    <section aria-labelledby="conventions-siae" className="fr-mt-4w">
      <h2 id="conventions-siae" className="fr-h4">
        {t.agreementsTitle}
      </h2>
      {agreements.length === 0 ? (
        <p>{t.noAgreement}</p>
      ) : (
        <div data-testid="siae-agreements">
          <Table
            caption={t.agreementsCaption}
            noCaption
            headers={[c.period, c.status, c.inForce, c.siaeSignedOn, c.agencySignedOn]}
            data={agreements.map((agreement) => [
              <Link key="period" to={cooperationPaths.agreement(agreement.id)}>
                {agreementPeriod(agreement)}
              </Link>,
              <Badge key="status" as="span" severity={agreementStatusSeverity(agreement.status)} small noIcon>
                {agreement.statusLabel}
              </Badge>,
              agreement.inForce ? copy.cooperation.yes : copy.cooperation.no,
              signedOn(agreement.siaeSignedOn),
              signedOn(agreement.agencySignedOn),
            ])}
          />
        </div>
      )}
      <Button iconId="fr-icon-add-line" linkProps={{ to: cooperationPaths.newAgreement(siae.id) }}>
        {t.draft}
      </Button>
    </section>
  );
}
