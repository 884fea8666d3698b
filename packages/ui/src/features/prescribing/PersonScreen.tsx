import { useQuery } from '@apollo/client/react';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { formatDateTime, formatShortDate } from '../../format/dates.ts';
import { useDocumentTitle } from '../../layout/document-title.ts';
import { ErrorState } from '../../states/ErrorState.tsx';
import { Loading } from '../../states/Loading.tsx';
import { Link, useParams } from 'react-router';
import { FlashNotice } from './FlashNotice.tsx';
import { PrescriptionHistory } from './PrescriptionHistory.tsx';
import { usePrescribing, withPrescribing } from './context.tsx';
import { PersonDocument, type PersonQuery } from '../../generated/graphql.ts';
import { approvalStatusLabel, approvalStatusSeverity, personName, prescriptionStatusSeverity } from './labels.ts';

/** A DSFR-bordered box (the card component would stretch its link over the whole box). */
const boxed = { border: '1px solid var(--border-default-grey)' } as const;
type Person = NonNullable<PersonQuery['person']>;

/** A person's page: identity, diagnoses, prescriptions with their history, agréments. */
export const PersonScreen = withPrescribing(PersonView);

function PersonView() {
  const { copy, paths } = usePrescribing();
  const t = copy.person;
  const { personId = '' } = useParams();
  const { data, error, refetch } = useQuery(PersonDocument, {
    variables: { id: personId },
    fetchPolicy: 'cache-and-network',
  });
  const person = data?.person;
  useDocumentTitle(person ? personName(person) : data ? t.notFoundTitle : copy.people.title);

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  if (!person) {
    return (
      <>
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFoundText}</p>
        <Link className="fr-link fr-icon-arrow-left-s-line fr-link--icon-left" to={paths.people}>
          {t.backToPeople}
        </Link>
      </>
    );
  }

  const name = personName(person);
  return (
    <>
      <Breadcrumb currentPageLabel={name} segments={[{ label: copy.people.title, linkProps: { to: paths.people } }]} />
      <h1>{name}</h1>
      <FlashNotice />

      <ul className="fr-btns-group fr-btns-group--inline-md fr-mb-2w" aria-label={t.actions}>
        <li>
          <Button linkProps={{ to: paths.diagnose(person.id) }} priority="secondary">
            {t.diagnose}
          </Button>
        </li>
        {person.diagnoses.length > 0 && (
          <li>
            <Button linkProps={{ to: paths.prescribe(person.id) }}>{t.prescribe}</Button>
          </li>
        )}
        {paths.orient && (
          <li>
            <Button linkProps={{ to: paths.orient(person.id) }} priority="tertiary">
              {t.orient}
            </Button>
          </li>
        )}
        {paths.personRecord && (
          <li>
            <Button
              linkProps={{ to: paths.personRecord(person.id) }}
              priority="tertiary"
              iconId="fr-icon-file-text-line"
            >
              {t.record}
            </Button>
          </li>
        )}
      </ul>
      {person.diagnoses.length === 0 && <p className="fr-text--sm">{t.prescribeNeedsDiagnosis}</p>}

      <Identity person={person} />
      <Orientations orientations={person.orientations} />
      <Diagnoses diagnoses={person.diagnoses} />
      <Prescriptions prescriptions={person.prescriptions} />
      <Approvals approvals={person.approvals} />
    </>
  );
}

function Identity({ person }: { person: Person }) {
  const { copy, paths } = usePrescribing();
  const t = copy.person;
  return (
    <section aria-labelledby="identite" className="fr-mt-4w">
      <h2 id="identite" className="fr-h4">
        {t.identity}
      </h2>
      <dl>
        <dt className="fr-text--bold">{t.birthDate}</dt>
        <dd className="fr-mb-1w">{formatShortDate(person.birthDate)}</dd>
        <dt className="fr-text--bold">{t.email}</dt>
        <dd className="fr-mb-1w">{person.email ?? t.notGiven}</dd>
        <dt className="fr-text--bold">{t.phone}</dt>
        <dd className="fr-mb-1w">{person.phone ?? t.notGiven}</dd>
        <dt className="fr-text--bold">{t.poleEmploiId}</dt>
        <dd className="fr-mb-1w">{person.poleEmploiId ?? t.notGiven}</dd>
        <dt className="fr-text--bold">{t.rqth}</dt>
        <dd className="fr-mb-1w">{person.rqth ? t.yes : t.no}</dd>
      </dl>
      {person.anonymisedAt && <p className="fr-text--sm">{t.anonymised}</p>}
      {/* Shown to those the server allows only (the organisation that recorded the person, issue 19 §4). */}
      {person.mayCorrectIdentity && paths.correctIdentity && (
        <Button
          linkProps={{ to: paths.correctIdentity(person.id) }}
          priority="tertiary"
          size="small"
          iconId="fr-icon-edit-line"
        >
          {t.correctIdentity}
        </Button>
      )}
    </section>
  );
}

/** Who oriented the person to the prescripteur, and the orientations it made itself (accord, annexe 4 §3). */
function Orientations({ orientations }: { orientations: Person['orientations'] }) {
  const { copy } = usePrescribing();
  const t = copy.person;
  if (orientations.length === 0) return null;
  return (
    <section aria-labelledby="orientations" className="fr-mt-4w">
      <h2 id="orientations" className="fr-h4">
        {t.orientations}
      </h2>
      {orientations.map((o) => (
        <article key={o.id} className="fr-mb-2w" data-testid="person-orientation">
          <p className="fr-mb-1w">
            {o.sentByMe
              ? t.orientedTo(o.prescriberOrganisation.name, formatShortDate(o.orientedAt.slice(0, 10)))
              : t.orientedBy(
                  o.originOrganisationName,
                  o.originKindLabel,
                  formatShortDate(o.orientedAt.slice(0, 10)),
                )}{' '}
            <Badge
              as="span"
              severity={o.status === 'ACCEPTED' ? 'success' : o.status === 'DECLINED' ? 'error' : 'new'}
              small
            >
              {o.statusLabel}
            </Badge>
          </p>
          <p className="fr-text--sm fr-mb-1w">
            {t.orientationReason} : {o.reason}
          </p>
          {o.declineReason && (
            <p className="fr-text--sm fr-mb-1w">
              {t.declineReason} : {o.declineReason}
            </p>
          )}
        </article>
      ))}
    </section>
  );
}

function Diagnoses({ diagnoses }: { diagnoses: Person['diagnoses'] }) {
  const { copy } = usePrescribing();
  const t = copy.person;
  return (
    <section aria-labelledby="diagnostics" className="fr-mt-4w">
      <h2 id="diagnostics" className="fr-h4">
        {t.diagnoses}
      </h2>
      {diagnoses.length === 0 ? (
        <p>{t.noDiagnosis}</p>
      ) : (
        diagnoses.map((diagnosis) => (
          <article key={diagnosis.id} className="fr-mb-3w" data-testid="diagnosis">
            <h3 className="fr-h6 fr-mb-1w">
              {t.diagnosisHeading(formatShortDate(diagnosis.diagnosedOn), diagnosis.prescriberOrganisation.name)}
            </h3>
            <p className="fr-mb-1w">{diagnosis.summary}</p>
            <p className="fr-text--sm fr-mb-1w">{t.criteria} :</p>
            <ul className="fr-tags-group">
              {diagnosis.criteria.map((criterion) => (
                <li key={criterion.code}>
                  <p className="fr-tag fr-tag--sm" title={criterion.categoryLabel}>
                    {criterion.shortLabel}
                  </p>
                </li>
              ))}
            </ul>
            {diagnosis.comment && (
              <p className="fr-text--sm">
                {t.comment} : {diagnosis.comment}
              </p>
            )}
          </article>
        ))
      )}
    </section>
  );
}

function Prescriptions({ prescriptions }: { prescriptions: Person['prescriptions'] }) {
  const { copy, paths } = usePrescribing();
  const t = copy.person;
  return (
    <section aria-labelledby="prescriptions" className="fr-mt-4w">
      <h2 id="prescriptions" className="fr-h4">
        {t.prescriptions}
      </h2>
      {prescriptions.length === 0 ? (
        <p>{t.noPrescription}</p>
      ) : (
        prescriptions.map((prescription) => (
          <article key={prescription.id} className="fr-p-3w fr-mb-3w" style={boxed} data-testid="prescription">
            <h3 className="fr-h6 fr-mb-1w">
              {prescription.siae.name} ({prescription.siae.kind}, {prescription.siae.city})
            </h3>
            <p className="fr-mb-1w">
              <Badge as="span" severity={prescriptionStatusSeverity(prescription.status)} small>
                {prescription.statusLabel}
              </Badge>{' '}
              <span className="fr-text--sm">{t.sentOn(formatDateTime(prescription.sentAt))}</span>
            </p>
            {prescription.refusalReason && (
              <p className="fr-mb-1w">
                {t.refusal} : {prescription.refusalReason.label}
                {prescription.refusalComment && <> – « {prescription.refusalComment} »</>}
              </p>
            )}
            <PrescriptionHistory events={prescription.history} headingLevel={4} />
            <Link
              to={paths.prescription(prescription.id)}
              className="fr-link fr-icon-arrow-right-line fr-link--icon-right"
            >
              {t.follow}
            </Link>
          </article>
        ))
      )}
    </section>
  );
}

function Approvals({ approvals }: { approvals: Person['approvals'] }) {
  const { copy } = usePrescribing();
  const t = copy.person;
  return (
    <section aria-labelledby="agrements" className="fr-mt-4w">
      <h2 id="agrements" className="fr-h4">
        {t.approvals}
      </h2>
      {approvals.length === 0 ? (
        <p>{t.noApproval}</p>
      ) : (
        <Table
          caption={t.approvalsCaption}
          noCaption
          headers={[
            t.approvalColumns.number,
            t.approvalColumns.siae,
            t.approvalColumns.start,
            t.approvalColumns.end,
            t.approvalColumns.status,
          ]}
          data={approvals.map((approval) => [
            approval.number,
            approval.siae.name,
            formatShortDate(approval.startOn),
            formatShortDate(approval.endOn),
            <Badge key="status" as="span" severity={approvalStatusSeverity(approval.status)} small noIcon>
              {approvalStatusLabel(approval.status)}
            </Badge>,
          ])}
        />
      )}
    </section>
  );
}
