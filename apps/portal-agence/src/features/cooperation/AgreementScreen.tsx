import { useMutation, useQuery } from '@apollo/client/react';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ErrorState, formatShortDate, Loading, useDocumentTitle } from '@navette/ui';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { copy } from '../../copy.ts';
import { FormNotice, type Notice } from '../../forms/FormNotice.tsx';
import { mutationFailureOf } from '../../forms/mutation-error.ts';
import {
  CooperationAgreementDocument,
  SignCooperationAgreementDocument,
  TerminateCooperationAgreementDocument,
  type CooperationAgreementDetailFragment,
} from '../../generated/graphql.ts';
import { AGREEMENT_HEADINGS } from './agreement-drafts.ts';
import { evictAgreementLists } from './evict-agreement-lists.ts';
import { agreementActions, agreementStatusSeverity } from './labels.ts';
import { noticeOf } from './notice-state.ts';
import { cooperationPaths } from './paths.ts';
import { agreementPeriod } from './period.ts';
import { useNotice } from './use-notice.ts';

const t = copy.agreement;
type Agreement = CooperationAgreementDetailFragment;
type OnNotice = (notice: Omit<Notice, 'id'> | null) => void;

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="fr-text--bold">{label}</dt>
      <dd className="fr-mb-1w">{children}</dd>
    </>
  );
}

/** One convention of the territory: parties, signatures, headings; edit a draft, sign the agence's side, terminate. */
export function AgreementScreen() {
  const { agreementId = '' } = useParams();
  const state: unknown = useLocation().state;
  const { data, error, refetch } = useQuery(CooperationAgreementDocument, {
    variables: { id: agreementId },
    // The SIAE may have signed since the convention was last read.
    fetchPolicy: 'cache-and-network',
  });
  const agreement = data?.cooperationAgreement;
  useDocumentTitle(
    agreement ? t.heading(agreement.siae.name, agreementPeriod(agreement)) : data ? t.notFoundTitle : t.title,
  );
  const [notice, setNotice] = useNotice(noticeOf(state));

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  if (!agreement) {
    return (
      <>
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFoundText}</p>
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to={cooperationPaths.list}>
          {copy.siaeCooperation.back}
        </Link>
      </>
    );
  }

  const heading = t.heading(agreement.siae.name, agreementPeriod(agreement));
  const actions = agreementActions(agreement);
  const stale = () => void refetch();
  return (
    <>
      <Breadcrumb
        currentPageLabel={heading}
        segments={[
          { label: copy.navigation.cooperation, linkProps: { to: cooperationPaths.list } },
          { label: agreement.siae.name, linkProps: { to: cooperationPaths.siae(agreement.siae.id) } },
        ]}
      />
      <h1>{heading}</h1>
      <p data-testid="agreement-status">
        <Badge as="span" severity={agreementStatusSeverity(agreement.status)} className="fr-mr-1w">
          {agreement.statusLabel}
        </Badge>
        <Badge as="span" severity={agreement.inForce ? 'success' : undefined} noIcon>
          {agreement.inForce ? t.inForce : t.notInForce}
        </Badge>
      </p>
      <FormNotice notice={notice} />

      <section aria-labelledby="convention-parties" className="fr-mt-2w">
        <h2 id="convention-parties" className="fr-h4">
          {t.parties}
        </h2>
        <dl data-testid="agreement-parties">
          <Item label={t.siae}>
            <Link to={cooperationPaths.siae(agreement.siae.id)}>{agreement.siae.name}</Link> ({agreement.siae.kind}),{' '}
            {agreement.siae.city}
          </Item>
          <Item label={t.agency}>{agreement.agency.name}</Item>
          <Item label={t.startOn}>{formatShortDate(agreement.startOn)}</Item>
          <Item label={t.endOn}>{agreement.endOn ? formatShortDate(agreement.endOn) : t.noEnd}</Item>
          <Item label={t.siaeSignedOn}>
            {agreement.siaeSignedOn ? formatShortDate(agreement.siaeSignedOn) : t.notSigned}
          </Item>
          <Item label={t.agencySignedOn}>
            {agreement.agencySignedOn ? formatShortDate(agreement.agencySignedOn) : t.notSigned}
          </Item>
          {agreement.signedOn && <Item label={t.signedOn}>{formatShortDate(agreement.signedOn)}</Item>}
          {agreement.terminatedOn && <Item label={t.terminatedOn}>{formatShortDate(agreement.terminatedOn)}</Item>}
        </dl>
      </section>

      <section aria-labelledby="convention-rubriques" className="fr-mt-4w">
        <h2 id="convention-rubriques" className="fr-h4">
          {t.headings}
        </h2>
        {AGREEMENT_HEADINGS.map((field) => (
          <div key={field} className="fr-mb-2w">
            <h3 className="fr-h6 fr-mb-1w">{copy.agreementForm.headings[field]}</h3>
            {agreement[field] ? (
              <p style={{ whiteSpace: 'pre-line' }}>{agreement[field]}</p>
            ) : (
              <p className="fr-text--sm">{t.emptyHeading}</p>
            )}
          </div>
        ))}
      </section>

      {(actions.edit || actions.sign) && (
        <section aria-labelledby="convention-actions" className="fr-mt-4w">
          <h2 id="convention-actions" className="fr-h4">
            {t.actions}
          </h2>
          {actions.sign && <SignButton agreement={agreement} onNotice={setNotice} onStale={stale} />}
          {actions.edit && (
            <>
              <p className="fr-text--sm fr-mt-2w">{t.editHint}</p>
              <Button priority="secondary" linkProps={{ to: cooperationPaths.editAgreement(agreement.id) }}>
                {t.edit}
              </Button>
            </>
          )}
        </section>
      )}
      {actions.terminate && <Terminate agreement={agreement} onNotice={setNotice} onStale={stale} />}
    </>
  );
}

/** The API's refusal as a notice; a CONFLICT or NOT_FOUND means the convention changed elsewhere: reload it. */
function failureNotice(error: unknown, title: string, fallback: string, onStale: () => void): Omit<Notice, 'id'> {
  const failure = mutationFailureOf(error, fallback);
  const stale = failure.code === 'CONFLICT' || failure.code === 'NOT_FOUND';
  if (stale) onStale();
  return { severity: 'error', title, description: stale ? `${failure.message} ${t.reloaded}` : failure.message };
}

function SignButton({
  agreement,
  onNotice,
  onStale,
}: {
  agreement: Agreement;
  onNotice: OnNotice;
  onStale: () => void;
}) {
  const [sign, { loading }] = useMutation(SignCooperationAgreementDocument);

  async function onSign() {
    onNotice(null);
    try {
      const { data } = await sign({
        variables: { id: agreement.id },
        update: (cache) => evictAgreementLists(cache, agreement.siae.id),
      });
      const both = data?.signCooperationAgreement.status === 'SIGNED';
      onNotice({ severity: 'success', title: t.signedTitle, description: both ? t.signedBoth : t.signedOwn });
    } catch (error) {
      console.error('[navette] signCooperationAgreement', error);
      onNotice(failureNotice(error, t.signFailedTitle, t.signFailed, onStale));
    }
  }

  return (
    <>
      <p className="fr-text--sm">{t.signHint}</p>
      <Button iconId="fr-icon-edit-line" onClick={() => void onSign()} disabled={loading}>
        {loading ? t.signing : t.sign}
      </Button>
    </>
  );
}

function Terminate({
  agreement,
  onNotice,
  onStale,
}: {
  agreement: Agreement;
  onNotice: OnNotice;
  onStale: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [terminate, { loading }] = useMutation(TerminateCooperationAgreementDocument);
  const openButton = useRef<HTMLButtonElement>(null);
  // Cancelling the confirmation gives the focus back to the button that opened it.
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (refocus && !confirming) openButton.current?.focus();
  }, [refocus, confirming]);

  async function confirm() {
    onNotice(null);
    try {
      // The answer turns the convention to TERMINATED in the cache: this section goes, the notice says why.
      await terminate({
        variables: { id: agreement.id },
        update: (cache) => evictAgreementLists(cache, agreement.siae.id),
      });
      onNotice({ severity: 'success', title: t.terminatedTitle, description: t.terminated });
    } catch (error) {
      console.error('[navette] terminateCooperationAgreement', error);
      setConfirming(false);
      onNotice(failureNotice(error, t.terminateFailedTitle, t.terminateFailed, onStale));
    }
  }

  return (
    <section aria-labelledby="resiliation" className="fr-mt-4w">
      <h2 id="resiliation" className="fr-h4">
        {t.terminateTitle}
      </h2>
      {!confirming ? (
        <>
          <p>{t.terminateText}</p>
          <Button ref={openButton} priority="secondary" iconId="fr-icon-close-line" onClick={() => setConfirming(true)}>
            {t.terminate}
          </Button>
        </>
      ) : (
        <div role="group" aria-labelledby="resiliation-confirmation">
          <p id="resiliation-confirmation" className="fr-text--bold">
            {t.terminateConfirmText}
          </p>
          <ul className="fr-btns-group fr-btns-group--inline-md">
            <li>
              <Button onClick={() => void confirm()} disabled={loading} nativeButtonProps={{ autoFocus: true }}>
                {loading ? t.terminating : t.terminateConfirm}
              </Button>
            </li>
            <li>
              <Button
                priority="secondary"
                onClick={() => {
                  setConfirming(false);
                  setRefocus(true);
                }}
                disabled={loading}
              >
                {t.cancel}
              </Button>
            </li>
          </ul>
        </div>
      )}
    </section>
  );
}
