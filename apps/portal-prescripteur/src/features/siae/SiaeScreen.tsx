import { useQuery } from '@apollo/client/react';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { EmptyState, ErrorState, Loading, siaeKindLabel, useDocumentTitle } from '@navette/ui';
import { Link, useParams } from 'react-router';
import { copy } from '../../copy.ts';
import { PrescriberSiaeDocument } from '../../generated/graphql.ts';
import { paths } from '../../paths.ts';
import { OfferDetails } from '../job-offers/OfferDetails.tsx';

const t = copy.siae;

/** A SIAE of the directory: where it is, its agence référente, its open job offers to prescribe on (fiche 4). */
export function SiaeScreen() {
  const { siaeId = '' } = useParams();
  const { data, error, refetch } = useQuery(PrescriberSiaeDocument, {
    variables: { id: siaeId },
    fetchPolicy: 'cache-and-network',
  });
  const siae = data?.siae;
  useDocumentTitle(siae ? siae.name : data ? t.notFoundTitle : copy.directory.title);

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  if (!siae) {
    return (
      <>
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFoundText}</p>
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to={paths.directory}>
          {t.backToDirectory}
        </Link>
      </>
    );
  }

  return (
    <>
      <Breadcrumb
        currentPageLabel={siae.name}
        segments={[{ label: copy.directory.title, linkProps: { to: paths.directory } }]}
      />
      <h1>{siae.name}</h1>
      <p>
        <Badge severity="info" noIcon>
          {siae.kind} – {siaeKindLabel(siae.kind)}
        </Badge>
      </p>
      <section aria-labelledby="identite">
        <h2 id="identite" className="fr-h4">
          {t.identity}
        </h2>
        <dl>
          <dt className="fr-text--bold">{t.siret}</dt>
          <dd className="fr-mb-1w">{siae.siret}</dd>
          <dt className="fr-text--bold">{t.city}</dt>
          <dd className="fr-mb-1w">
            {siae.city} ({siae.postcode})
          </dd>
          <dt className="fr-text--bold">{t.departement}</dt>
          <dd className="fr-mb-1w">
            {siae.departement.name} ({siae.departement.code})
          </dd>
          <dt className="fr-text--bold">{t.employmentArea}</dt>
          <dd className="fr-mb-1w">{siae.employmentArea.name}</dd>
          <dt className="fr-text--bold">{t.agency}</dt>
          <dd className="fr-mb-1w">{siae.agency.name}</dd>
        </dl>
      </section>

      <section aria-labelledby="offres-siae" className="fr-mt-4w">
        <h2 id="offres-siae" className="fr-h4">
          {t.offersTitle(siae.jobOffers.length)}
        </h2>
        {siae.jobOffers.length === 0 ? (
          <EmptyState message={t.noOffer} />
        ) : (
          <ul className="fr-raw-list" data-testid="siae-offers">
            {siae.jobOffers.map((offer) => (
              <li key={offer.id}>
                <article
                  aria-labelledby={`offre-${offer.id}`}
                  className="fr-mb-3w fr-p-3w"
                  style={{ border: '1px solid var(--border-default-grey)' }}
                >
                  <h3 id={`offre-${offer.id}`} className="fr-h5 fr-mb-1w">
                    {offer.title}
                  </h3>
                  <OfferDetails offer={offer} />
                  <Button
                    size="small"
                    iconId="fr-icon-arrow-right-line"
                    iconPosition="right"
                    linkProps={{
                      to: paths.offerPrescription({ siaeId: siae.id, offerId: offer.id }),
                      'aria-label': copy.jobOffers.prescribeLabel(offer.title, siae.name),
                    }}
                  >
                    {copy.jobOffers.prescribe}
                  </Button>
                </article>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
