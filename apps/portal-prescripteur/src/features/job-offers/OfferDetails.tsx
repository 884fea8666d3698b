import { copy } from '../../copy.ts';
import { formatShortDate } from '@navette/ui';
import type { PublicJobOfferFragment } from '../../generated/graphql.ts';

const t = copy.jobOffers;

/** What a prescripteur reads of an offer before orienting a person to it. */
export function OfferDetails({
  offer,
}: {
  offer: Pick<
    PublicJobOfferFragment,
    'positions' | 'publishedOn' | 'depositedAtPoleEmploiOn' | 'description' | 'prerequisites'
  >;
}) {
  return (
    <dl>
      <dt className="fr-text--bold">{t.positions}</dt>
      <dd className="fr-mb-1w">{offer.positions}</dd>
      <dt className="fr-text--bold">{t.publishedOn}</dt>
      <dd className="fr-mb-1w">{formatShortDate(offer.publishedOn)}</dd>
      <dt className="fr-text--bold">{t.deposited}</dt>
      <dd className="fr-mb-1w">
        {offer.depositedAtPoleEmploiOn ? formatShortDate(offer.depositedAtPoleEmploiOn) : t.notDeposited}
      </dd>
      <dt className="fr-text--bold">{t.description}</dt>
      <dd className="fr-mb-1w" style={{ whiteSpace: 'pre-line' }}>
        {offer.description}
      </dd>
      <dt className="fr-text--bold">{t.prerequisites}</dt>
      <dd className="fr-mb-1w" style={{ whiteSpace: 'pre-line' }}>
        {offer.prerequisites || t.noPrerequisites}
      </dd>
    </dl>
  );
}
