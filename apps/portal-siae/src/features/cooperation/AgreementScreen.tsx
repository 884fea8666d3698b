import { useMutation, useQuery } from '@apollo/client/react';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ErrorState, formatShortDate, Loading, useDocumentTitle } from '@navette/ui';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { FlashNotice } from '../../components/FlashNotice.tsx';
import { SuccessNotice } from '../../components/SuccessNotice.tsx';
import { copy } from '../../copy.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import {
  CooperationAgreementDocument,
  SignCooperationAgreementDocument,
  TerminateCooperationAgreementDocument,
  type CooperationAgreementDetailFragment,
} from '../../generated/graphql.ts';
import { agreementActions, agreementStatusSeverity } from '../../labels.ts';
import { paths } from '../../paths.ts';
import { AGREEMENT_HEADINGS } from './agreement-form.ts';
import { evictAgreementLists } from './evict-agreement-lists.ts';
import { agreementPeriod } from './period.ts';

const t = copy.agreement;

/** One convention: its parties and signatures, its headings; edit a draft, sign the SIAE's side, terminate. */
export function AgreementScreen() {
  const { agreementId = '' } = useParams();
  const { data, error, refetch } = useQuery(CooperationAgreementDocument, {
    variables: { id: agreementId },
    fetchPolicy: 'cache-and-network',
  });
  const agreement = data?.cooperationAgreement;
  useDocumentTitle(agreement ? t.heading(agreementPeriod(agreement)) : data ? t.notFoundTitle : copy.cooperation.title);
  const [notice, setNotice] = useState<string | null>(null);

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  if (!agreement) {
    return (
      <>
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFoundText}</p>
        <Link className="fr-link fr-icon-arrow-left-s-line fr-link--icon-left" to={paths.cooperation}>
          {t.back}
        </Link>
      </>
    );
  }

  const heading = t.heading(agreementPeriod(agreement));
  const actions = agreementActions(agreement);
  return (
    <>
      <Breadcrumb
        currentPageLabel={heading}
        segments={[{ label: copy.navigation.cooperation, linkProps: { to: paths.cooperation } }]}
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
      <FlashNotice />
      <SuccessNotice message={notice} />

      <AgreementParties agreement={agreement} />
      <AgreementHeadings agreement={agreement} />

      {(actions.edit || actions.sign) && (
        <section aria-labelledby="convention-actions" className="fr-mt-4w">
          <h2 id="convention-actions" className="fr-h4">
            {t.actions}
          </h2>
          {actions.sign && <SignButton agreement={agreement} onSigned={setNotice} />}
          {actions.edit && (
            <>
              <p className="fr-text--sm fr-mt-2w">{t.editHint}</p>
              <Button priority="secondary" linkProps={{ to: paths.editAgreement(agreement.id) }}>
                {t.edit}
              </Button>
            </>
          )}
        </section>
      )}
      {actions.terminate && <Terminate agreement={agreement} onTerminated={() => setNotice(t.terminated)} />}
    </>
  );
}

export function AgreementParties({ agreement }: { agreement: CooperationAgreementDetailFragment }) {
  return (
    <section aria-labelledby="convention-parties" className="fr-mt-2w">
      <h2 id="convention-parties" className="fr-h4">
        {t.parties}
      </h2>
      <dl data-testid="agreement-parties">
        <dt className="fr-text--bold">{t.siae}</dt>
        <dd className="fr-mb-1w">{agreement.siae.name}</dd>
        <dt className="fr-text--bold">{t.agency}</dt>
        <dd className="fr-mb-1w">{agreement.agency.name}</dd>
        <dt className="fr-text--bold">{t.startOn}</dt>
        <dd className="fr-mb-1w">{formatShortDate(agreement.startOn)}</dd>
        <dt className="fr-text--bold">{t.endOn}</dt>
        <dd className="fr-mb-1w">{formatShortDate(agreement.endOn) || t.noEnd}</dd>
        <dt className="fr-text--bold">{t.siaeSignedOn}</dt>
        <dd className="fr-mb-1w">{formatShortDate(agreement.siaeSignedOn) || t.notSigned}</dd>
        <dt className="fr-text--bold">{t.agencySignedOn}</dt>
        <dd className="fr-mb-1w">{formatShortDate(agreement.agencySignedOn) || t.notSigned}</dd>
        {agreement.signedOn && (
          <>
            <dt className="fr-text--bold">{t.signedOn}</dt>
            <dd className="fr-mb-1w">{formatShortDate(agreement.signedOn)}</dd>
          </>
        )}
        {agreement.terminatedOn && (
          <>
            <dt className="fr-text--bold">{t.terminatedOn}</dt>
            <dd className="fr-mb-1w">{formatShortDate(agreement.terminatedOn)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

function AgreementHeadings({ agreement }: { agreement: CooperationAgreementDetailFragment }) {
  return (
    <section aria-labelledby="convention-rubriques" className="fr-mt-4w">
      <h2 id="convention-rubriques" className="fr-h4">
        {t.headings}
      </h2>
      {AGREEMENT_HEADINGS.map((heading) => (
        <div key={heading} className="fr-mb-2w">
          <h3 className="fr-h6 fr-mb-1w">{copy.agreementForm.headings[heading]}</h3>
          {agreement[heading] ? (
            <p style={{ whiteSpace: 'pre-line' }}>{agreement[heading]}</p>
          ) : (
            <p className="fr-text--sm">{t.emptyHeading}</p>
          )}
        </div>
      ))}
    </section>
  );
}

function SignButton({
  agreement,
  onSigned,
}: {
  agreement: CooperationAgreementDetailFragment;
  onSigned: (notice: string) => void;
}) {
  const [sign, { loading }] = useMutation(SignCooperationAgreementDocument);
  const [apiError, setApiError] = useState<unknown>(null);

  async function onSign() {
    setApiError(null);
    try {
      const { data } = await sign({
        variables: { id: agreement.id },
        update: (cache) => evictAgreementLists(cache, agreement.siae.id),
      });
      onSigned(data?.signCooperationAgreement.status === 'SIGNED' ? t.signedBoth : t.signedOwn);
    } catch (failure) {
      setApiError(failure);
    }
  }

  return (
    <>
      <ApiErrorAlert error={apiError} title={t.signApiErrorTitle} />
      <p className="fr-text--sm">{t.signHint}</p>
      <Button iconId="fr-icon-edit-line" onClick={() => void onSign()} disabled={loading}>
        {loading ? copy.forms.sending : t.sign}
      </Button>
    </>
  );
}

function Terminate({
  agreement,
  onTerminated,
}: {
  agreement: CooperationAgreementDetailFragment;
  onTerminated: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [terminate, { loading }] = useMutation(TerminateCooperationAgreementDocument);
  const [apiError, setApiError] = useState<unknown>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  // Cancelling the confirmation gives the focus back to the button that opened it.
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (refocus && !confirming) openButton.current?.focus();
  }, [refocus, confirming]);

  async function confirm() {
    setApiError(null);
    try {
      // The answer turns the convention to TERMINATED in the cache: this section goes, the notice says why.
      await terminate({
        variables: { id: agreement.id },
        update: (cache) => evictAgreementLists(cache, agreement.siae.id),
      });
      onTerminated();
    } catch (failure) {
      setApiError(failure);
    }
  }

  return (
    <section aria-labelledby="resiliation" className="fr-mt-4w">
      <h2 id="resiliation" className="fr-h4">
        {t.terminateTitle}
      </h2>
      <ApiErrorAlert error={apiError} title={t.terminateApiErrorTitle} />
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
                {loading ? copy.forms.sending : t.terminateConfirm}
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
                {copy.forms.cancel}
              </Button>
            </li>
          </ul>
        </div>
      )}
    </section>
  );
}
