import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { EmptyState, ErrorState, formatShortDate, Loading, useDocumentTitle } from '@navette/ui';
import { useEffect, useRef, useState } from 'react';
import { FlashNotice } from '../../components/FlashNotice.tsx';
import { useOwnSiaeId } from '../../components/own-siae.ts';
import { SuccessNotice } from '../../components/SuccessNotice.tsx';
import { copy } from '../../copy.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { CloseJobOfferDocument, OwnJobOffersDocument, type OwnJobOfferFragment } from '../../generated/graphql.ts';
import { paths } from '../../paths.ts';
import { splitByStatus } from './job-offer-form.ts';

const t = copy.jobOffers;

/** "Mes offres": the SIAE's open offers (seen by prescripteurs), which it closes, and its closed ones. */
export function JobOffersScreen() {
  useDocumentTitle(t.title);
  const siaeId = useOwnSiaeId();
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <h1>{t.title}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <FlashNotice />
      <SuccessNotice message={notice} />
      <Button linkProps={{ to: paths.newJobOffer }} iconId="fr-icon-add-line" className="fr-mb-2w">
        {t.publish}
      </Button>
      {!siaeId ? (
        <Alert severity="error" small description={copy.cooperation.unknownSiae} role="alert" />
      ) : (
        <Offers siaeId={siaeId} onClosed={(title) => setNotice(t.closed(title))} />
      )}
    </>
  );
}

function Offers({ siaeId, onClosed }: { siaeId: string; onClosed: (title: string) => void }) {
  const { data, loading, error, refetch } = useQuery(OwnJobOffersDocument, {
    variables: { siaeId },
    fetchPolicy: 'cache-and-network',
  });
  const offers = data?.siae?.jobOffers;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!offers) return <Loading />;
  const { open, closed } = splitByStatus(offers);
  const c = t.columns;

  return (
    <div aria-busy={loading}>
      <section aria-labelledby="offres-ouvertes" className="fr-mt-2w">
        <h2 id="offres-ouvertes" className="fr-h4" aria-live="polite">
          {t.openTitle(open.length)}
        </h2>
        {open.length === 0 ? (
          <EmptyState message={t.emptyOpen} />
        ) : (
          <ul className="fr-raw-list" data-testid="open-offers">
            {open.map((offer) => (
              <li key={offer.id}>
                <OpenOffer offer={offer} onClosed={onClosed} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {closed.length > 0 && (
        <section aria-labelledby="offres-cloturees" className="fr-mt-4w">
          <h2 id="offres-cloturees" className="fr-h4">
            {t.closedTitle(closed.length)}
          </h2>
          <div data-testid="closed-offers">
            <Table
              caption={t.closedCaption}
              noCaption
              headers={[c.title, c.positions, c.publishedOn, c.deposited]}
              data={closed.map((offer) => [
                offer.title,
                String(offer.positions),
                formatShortDate(offer.publishedOn),
                formatShortDate(offer.depositedAtPoleEmploiOn) || t.notDeposited,
              ])}
            />
          </div>
        </section>
      )}
    </div>
  );
}

function OpenOffer({ offer, onClosed }: { offer: OwnJobOfferFragment; onClosed: (title: string) => void }) {
  const headingId = `offre-${offer.id}`;
  return (
    <article
      aria-labelledby={headingId}
      className="fr-mb-3w fr-p-3w"
      style={{ border: '1px solid var(--border-default-grey)' }}
    >
      <h3 id={headingId} className="fr-h5 fr-mb-1w">
        {offer.title}
      </h3>
      <dl>
        <dt className="fr-text--bold">{t.positions}</dt>
        <dd className="fr-mb-1w">{offer.positions}</dd>
        <dt className="fr-text--bold">{t.publishedOn}</dt>
        <dd className="fr-mb-1w">{formatShortDate(offer.publishedOn)}</dd>
        <dt className="fr-text--bold">{t.deposited}</dt>
        <dd className="fr-mb-1w">{formatShortDate(offer.depositedAtPoleEmploiOn) || t.notDeposited}</dd>
        <dt className="fr-text--bold">{t.description}</dt>
        <dd className="fr-mb-1w" style={{ whiteSpace: 'pre-line' }}>
          {offer.description}
        </dd>
        <dt className="fr-text--bold">{t.prerequisites}</dt>
        <dd className="fr-mb-1w" style={{ whiteSpace: 'pre-line' }}>
          {offer.prerequisites || t.noPrerequisites}
        </dd>
      </dl>
      <CloseOffer offer={offer} onClosed={onClosed} />
    </article>
  );
}

function CloseOffer({ offer, onClosed }: { offer: OwnJobOfferFragment; onClosed: (title: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [close, { loading }] = useMutation(CloseJobOfferDocument);
  const [apiError, setApiError] = useState<unknown>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  // Cancelling the confirmation gives the focus back to the button that opened it.
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (refocus && !confirming) openButton.current?.focus();
  }, [refocus, confirming]);
  const confirmId = `cloture-${offer.id}`;

  async function confirm() {
    setApiError(null);
    try {
      // The answer turns the offer to CLOSED in the cache: it moves to the closed offers, the notice says so.
      await close({ variables: { id: offer.id } });
      onClosed(offer.title);
    } catch (failure) {
      setApiError(failure);
    }
  }

  return (
    <>
      <ApiErrorAlert error={apiError} title={t.closeApiErrorTitle} />
      {!confirming ? (
        <Button
          ref={openButton}
          priority="secondary"
          size="small"
          iconId="fr-icon-close-line"
          onClick={() => setConfirming(true)}
          nativeButtonProps={{ 'aria-label': t.closeLabel(offer.title) }}
        >
          {t.close}
        </Button>
      ) : (
        <div role="group" aria-labelledby={confirmId}>
          <p id={confirmId} className="fr-text--bold">
            {t.closeConfirmText(offer.title)}
          </p>
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
            <li>
              <Button onClick={() => void confirm()} disabled={loading} nativeButtonProps={{ autoFocus: true }}>
                {loading ? copy.forms.sending : t.closeConfirm}
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
    </>
  );
}
