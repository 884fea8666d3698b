import { useQuery } from '@apollo/client/react';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import {
  approvalStatusLabel,
  approvalStatusSeverity,
  ErrorState,
  formatLongDate,
  Loading,
  personName,
  useDocumentTitle,
} from '@navette/ui';
import { Link, useParams } from 'react-router';
import { copy } from '../../copy.ts';
import { PrescribedApprovalDocument, type PrescribedApprovalQuery } from '../../generated/graphql.ts';
import { paths } from '../../paths.ts';

const t = copy.approvalFollowUp;
type Approval = NonNullable<PrescribedApprovalQuery['approval']>;

/**
 * An agrément the organisation prescribed, as its prescripteur follows it (DESIGN §4: "status" of the parcours), and
 * the bilan of the tripartite interview once the SIAE has sent it (accord, fiche 7).
 */
export function ApprovalFollowUpScreen() {
  const { approvalId = '' } = useParams();
  const { data, error, refetch } = useQuery(PrescribedApprovalDocument, {
    variables: { id: approvalId },
    fetchPolicy: 'cache-and-network',
  });
  const approval = data?.approval;
  useDocumentTitle(approval ? t.heading(approval.number) : data ? t.notFoundTitle : t.loadingTitle);

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  if (!approval) {
    return (
      <>
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFoundText}</p>
        <Link className="fr-link fr-icon-arrow-left-s-line fr-link--icon-left" to={paths.prescriptions}>
          {copy.prescription.backToPrescriptions}
        </Link>
      </>
    );
  }
  const heading = t.heading(approval.number);
  return (
    <>
      <Breadcrumb
        currentPageLabel={heading}
        segments={[{ label: copy.prescriptions.title, linkProps: { to: paths.prescriptions } }]}
      />
      <h1>{heading}</h1>
      <p>
        <Badge as="span" severity={approvalStatusSeverity(approval.status)}>
          {approvalStatusLabel(approval.status)}
        </Badge>
      </p>
      <dl className="fr-mb-4w">
        <dt className="fr-text--bold">{t.person}</dt>
        <dd>
          {approval.person ? (
            <Link to={paths.person(approval.person.id)}>{personName(approval.person)}</Link>
          ) : (
            t.unknown
          )}
        </dd>
        <dt className="fr-text--bold">{t.siae}</dt>
        <dd>
          {approval.siae.name
            ? `${approval.siae.name}${approval.siae.city ? ` (${approval.siae.city})` : ''}`
            : t.unknown}
        </dd>
        <dt className="fr-text--bold">{t.period}</dt>
        <dd>{t.periodText(formatLongDate(approval.startOn), formatLongDate(approval.endOn))}</dd>
        {approval.exit && (
          <>
            <dt className="fr-text--bold">{t.exit}</dt>
            <dd>{t.exitText(formatLongDate(approval.exit.exitOn), approval.exit.outcomeLabel)}</dd>
          </>
        )}
      </dl>
      <ExitBilan interview={approval.exitInterview} />
    </>
  );
}

function ExitBilan({ interview }: { interview: Approval['exitInterview'] }) {
  return (
    <section aria-labelledby="bilan-sortie" className="fr-mt-4w">
      <h2 id="bilan-sortie" className="fr-h4">
        {t.bilanTitle}
      </h2>
      {!interview ? (
        <p data-testid="exit-bilan-missing">{t.bilanNotSent}</p>
      ) : (
        <div className="fr-callout" data-testid="exit-bilan">
          <p className="fr-callout__title fr-h6">{t.bilanOf(formatLongDate(interview.heldOn))}</p>
          {interview.sentToPrescriberOn && (
            <p className="fr-text--sm fr-mb-1w">{t.sentOn(formatLongDate(interview.sentToPrescriberOn))}</p>
          )}
          {/* The bilan as the SIAE wrote it, one paragraph per line. */}
          {interview.assessment
            .split(/\n+/)
            .filter((line) => line.trim())
            .map((line, i) => (
              <p key={i} className="fr-callout__text">
                {line}
              </p>
            ))}
        </div>
      )}
    </section>
  );
}
