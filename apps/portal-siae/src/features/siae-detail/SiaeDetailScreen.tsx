import { useQuery } from '@apollo/client/react';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import {
  EmploymentServiceList,
  ErrorState,
  Loading,
  formatLongDate,
  siaeKindLabel,
  todayInFrance,
  useDocumentTitle,
} from '@navette/ui';
import { Link, useParams } from 'react-router';
import { copy } from '../../copy.ts';
import { SiaeDetailDocument } from '../../generated/graphql.ts';

const t = copy.detail;

export function SiaeDetailScreen() {
  const { siaeId = '' } = useParams();
  const receivedOn = todayInFrance();
  const { data, error, refetch } = useQuery(SiaeDetailDocument, {
    variables: { id: siaeId, receivedOn },
    // Partial answers (a subgraph down) still show what came back; see EmploymentServiceList.
    errorPolicy: 'all',
  });
  const siae = data?.siae;
  useDocumentTitle(siae ? siae.name : data ? t.notFoundTitle : copy.directory.title);

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  if (error) console.error('[navette]', error);
  if (!siae) {
    return (
      <>
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFoundText}</p>
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to="/annuaire">
          {t.backToDirectory}
        </Link>
      </>
    );
  }

  return (
    <>
      <Breadcrumb
        currentPageLabel={siae.name}
        segments={[{ label: t.breadcrumbDirectory, linkProps: { to: '/annuaire' } }]}
      />
      <h1>{siae.name}</h1>
      <p>
        <Badge severity="info" noIcon>
          {siae.kind} – {siaeKindLabel(siae.kind)}
        </Badge>
      </p>

      <div className="fr-grid-row fr-grid-row--gutters">
        <section className="fr-col-12 fr-col-md-6" aria-labelledby="identite">
          <h2 id="identite" className="fr-h4">
            {t.identity}
          </h2>
          <dl>
            <dt className="fr-text--bold">{t.siret}</dt>
            <dd className="fr-mb-1w">{siae.siret}</dd>
            <dt className="fr-text--bold">{t.address}</dt>
            <dd className="fr-mb-1w">
              {siae.city} ({siae.postcode})
            </dd>
            <dt className="fr-text--bold">{t.departement}</dt>
            <dd className="fr-mb-1w">
              {siae.departement.name} ({siae.departement.code})
            </dd>
            <dt className="fr-text--bold">{t.employmentArea}</dt>
            <dd className="fr-mb-1w">{siae.employmentArea.name}</dd>
            <dt className="fr-text--bold">{t.cta}</dt>
            <dd className="fr-mb-1w">{siae.employmentArea.cta?.name ?? t.noCta}</dd>
          </dl>
        </section>

        <section className="fr-col-12 fr-col-md-6" aria-labelledby="delai">
          <CallOut title={t.deadlineTitle} titleAs="h2" iconId="fr-icon-calendar-line">
            <span style={{ display: 'block' }}>{t.deadlineText(formatLongDate(receivedOn))}</span>
            <strong className="fr-mt-1w" style={{ display: 'block' }} data-testid="approval-deadline">
              {siae.approvalDecisionDeadline ? (
                <time dateTime={siae.approvalDecisionDeadline}>{formatLongDate(siae.approvalDecisionDeadline)}</time>
              ) : (
                t.deadlineUnavailable
              )}
            </strong>
            <span className="fr-text--sm fr-mt-1w" style={{ display: 'block' }}>
              {t.deadlineRule} ({t.deadlineSource})
            </span>
          </CallOut>
        </section>
      </div>

      <section aria-labelledby="agence" className="fr-mt-4w">
        <h2 id="agence" className="fr-h4">
          {t.agencyTitle} : {siae.agency.name}
        </h2>
        <p>{siae.agency.city}</p>
        <h3 className="fr-h5">{t.servicesTitle}</h3>
        <p>{t.servicesIntro}</p>
        <EmploymentServiceList services={siae.agency.employmentServices} headingLevel={4} />
      </section>
    </>
  );
}
