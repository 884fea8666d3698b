import { useQuery } from '@apollo/client/react';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import {
  ErrorState,
  formatDateTime,
  formatLongDate,
  formatShortDate,
  Loading,
  prescriberKindLabel,
  siaeKindLabel,
  useDocumentTitle,
} from '@navette/ui';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { copy } from '../../copy.ts';
import { FormNotice, type Notice } from '../../forms/FormNotice.tsx';
import { ApprovalRequestDocument, type ApprovalRequestDetailFragment } from '../../generated/graphql.ts';
import { approvalServicesPath } from '../approval-services/paths.ts';
import { AppealForm } from './AppealForm.tsx';
import { DeadlineBadge, StatusBadge } from './badges.tsx';
import { DecisionForm } from './DecisionForm.tsx';
import {
  agencyRequestActions,
  appealStatusLabel,
  approvalStatusLabel,
  personName,
  prolongationReasonLabel,
} from './labels.ts';
import { RequestDocuments } from './RequestDocuments.tsx';
import { appealAnchor, approvalPaths } from './paths.ts';
import { requestHistory } from './request-history.ts';
import { period, subjectLines } from './request-subject.ts';

const t = copy.request;

/** One line of a description list. */
function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="fr-text--bold">{label}</dt>
      <dd className="fr-mb-1w">{children}</dd>
    </>
  );
}

function useNotice() {
  const [notice, setNotice] = useState<Notice | null>(null);
  return [
    notice,
    (next: Omit<Notice, 'id'> | null) => setNotice(next && { ...next, id: Date.now() + Math.random() }),
  ] as const;
}

/** A request of the territory: what the agent needs to decide, the decision, the appeal, the history. */
export function ApprovalRequestScreen() {
  const { requestId = '' } = useParams();
  const { hash } = useLocation();
  const { data, error, refetch } = useQuery(ApprovalRequestDocument, {
    variables: { id: requestId },
    // Another agent may have decided since the request was last read.
    fetchPolicy: 'cache-and-network',
  });
  const request = data?.approvalRequest;
  useDocumentTitle(
    request ? t.heading(request.kindLabel, personName(request.person)) : data ? t.notFoundTitle : copy.inbox.title,
  );
  const [decisionNotice, setDecisionNotice] = useNotice();
  const [appealNotice, setAppealNotice] = useNotice();

  // Links from the appeals list open the page at the appeal: scroll there once it is rendered.
  const ready = Boolean(request);
  useEffect(() => {
    if (ready && hash === `#${appealAnchor}`) document.getElementById(appealAnchor)?.scrollIntoView();
  }, [ready, hash]);

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  if (!request) {
    return (
      <>
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFoundText}</p>
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to={approvalPaths.inbox}>
          {t.back}
        </Link>
      </>
    );
  }

  const reload = () => void refetch();
  const heading = t.heading(request.kindLabel, personName(request.person));
  const actions = agencyRequestActions(request);
  return (
    <>
      <Breadcrumb
        currentPageLabel={heading}
        segments={[{ label: t.breadcrumb, linkProps: { to: approvalPaths.inbox } }]}
      />
      <h1>{heading}</h1>
      <p className="fr-mb-3w" data-testid="request-status">
        <StatusBadge status={request.status} label={request.statusLabel} />{' '}
        {request.status === 'PENDING' && (
          <DeadlineBadge workingDaysLeft={request.workingDaysLeft} fallback={copy.requests.noTimeLeft} />
        )}
      </p>

      {request.status === 'PENDING' && (
        <CallOut title={t.deadlineTitle} titleAs="h2" iconId="fr-icon-calendar-line">
          <span className="fr-mb-1w" style={{ display: 'block' }}>
            {t.receivedOn(formatLongDate(request.receivedOn))}
          </span>
          <strong style={{ display: 'block' }}>{t.deadlineText(formatLongDate(request.deadline))}</strong>
          <span className="fr-text--sm fr-mt-1w" style={{ display: 'block' }}>
            {t.deadlineRule}
          </span>
        </CallOut>
      )}

      <div className="fr-grid-row fr-grid-row--gutters fr-mt-2w">
        <PersonSection request={request} />
        <SiaeSection request={request} />
      </div>

      <PrescriptionSection request={request} />
      <SubjectSection request={request} />
      <RequestDocuments requestId={request.id} documents={request.documents} />

      <section aria-labelledby="decision-titre" className="fr-mt-4w">
        <h2 id="decision-titre" className="fr-h4">
          {t.decision.title}
        </h2>
        <FormNotice notice={decisionNotice} />
        {actions.includes('DECIDE') ? (
          <DecisionForm requestId={request.id} onNotice={setDecisionNotice} onStale={reload} />
        ) : (
          <DecisionSummary request={request} />
        )}
      </section>

      {request.appeal && (
        <section id={appealAnchor} aria-labelledby="recours-titre" className="fr-mt-4w" tabIndex={-1}>
          <h2 id="recours-titre" className="fr-h4">
            {t.appeal.title}
          </h2>
          <dl>
            <Item label={t.appeal.filedOn}>{formatShortDate(request.appeal.filedOn)}</Item>
            <Item label={t.appeal.text}>
              <span style={{ whiteSpace: 'pre-line' }}>{request.appeal.text}</span>
            </Item>
            <Item label={t.appeal.status}>{appealStatusLabel(request.appeal.status)}</Item>
            {request.appeal.decidedOn && (
              <Item label={t.appeal.decidedOn}>{formatShortDate(request.appeal.decidedOn)}</Item>
            )}
            {request.appeal.comment && <Item label={t.appeal.comment}>{request.appeal.comment}</Item>}
          </dl>
          <FormNotice notice={appealNotice} />
          {actions.includes('DECIDE_APPEAL') && (
            <AppealForm requestId={request.id} onNotice={setAppealNotice} onStale={reload} />
          )}
        </section>
      )}

      <HistorySection request={request} />
    </>
  );
}

function PersonSection({ request }: { request: ApprovalRequestDetailFragment }) {
  const { person } = request;
  const p = t.person;
  if (!person) return null;
  return (
    <section className="fr-col-12 fr-col-md-6" aria-labelledby="personne-titre">
      <h2 id="personne-titre" className="fr-h4">
        {p.title}
      </h2>
      <dl>
        <Item label={p.name}>{personName(person)}</Item>
        <Item label={p.birthDate}>{formatShortDate(person.birthDate)}</Item>
        <Item label={p.poleEmploiId}>{person.poleEmploiId ?? p.unknown}</Item>
        <Item label={p.email}>{person.email ?? p.unknown}</Item>
        <Item label={p.phone}>{person.phone ?? p.unknown}</Item>
        <Item label={p.rqth}>{person.rqth ? p.yes : p.no}</Item>
      </dl>
    </section>
  );
}

function SiaeSection({ request }: { request: ApprovalRequestDetailFragment }) {
  const { siae } = request;
  const s = t.siae;
  return (
    <section className="fr-col-12 fr-col-md-6" aria-labelledby="siae-titre">
      <h2 id="siae-titre" className="fr-h4">
        {s.title}
      </h2>
      <dl>
        <Item label={s.name}>{siae.name}</Item>
        <Item label={s.kind}>
          {siae.kind} – {siaeKindLabel(siae.kind)}
        </Item>
        <Item label={s.siret}>{siae.siret}</Item>
        <Item label={s.city}>
          {siae.city} ({siae.postcode})
        </Item>
        <Item label={s.departement}>
          {siae.departement.name} ({siae.departement.code})
        </Item>
      </dl>
    </section>
  );
}

function PrescriptionSection({ request }: { request: ApprovalRequestDetailFragment }) {
  const { prescription } = request;
  const p = t.prescription;
  return (
    <section aria-labelledby="prescription-titre" className="fr-mt-2w">
      <h2 id="prescription-titre" className="fr-h4">
        {p.title}
      </h2>
      {!prescription ? (
        <p>{p.none}</p>
      ) : (
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            <dl>
              <Item label={p.prescriber}>
                {prescription.prescriberOrganisation.name} (
                {prescriberKindLabel(prescription.prescriberOrganisation.kind)})
              </Item>
              <Item label={p.sentAt}>{formatDateTime(prescription.sentAt)}</Item>
              <Item label={p.status}>{prescription.statusLabel}</Item>
              {prescription.message && (
                <Item label={p.message}>
                  <span style={{ whiteSpace: 'pre-line' }}>{prescription.message}</span>
                </Item>
              )}
            </dl>
          </div>
          <div className="fr-col-12 fr-col-md-6">
            <h3 className="fr-h6 fr-mb-1w">{p.diagnosis}</h3>
            <p className="fr-mb-1w">{prescription.diagnosis.summary}</p>
            <p className="fr-text--sm">
              {p.diagnosedOn(
                formatShortDate(prescription.diagnosis.diagnosedOn),
                prescription.diagnosis.prescriberOrganisation.name,
              )}
            </p>
            <h4 className="fr-text--md fr-text--bold fr-mb-1w">{p.criteria}</h4>
            {prescription.diagnosis.criteria.length === 0 ? (
              <p>{p.noCriteria}</p>
            ) : (
              <ul>
                {prescription.diagnosis.criteria.map((criterion) => (
                  <li key={criterion.code}>
                    {criterion.shortLabel} <span className="fr-text--sm">({criterion.categoryLabel})</span>
                  </li>
                ))}
              </ul>
            )}
            {prescription.diagnosis.comment && (
              <dl>
                <Item label={p.comment}>{prescription.diagnosis.comment}</Item>
              </dl>
            )}
          </div>
        </div>
      )}
    </section>
  );
}

function SubjectSection({ request }: { request: ApprovalRequestDetailFragment }) {
  const s = t.subject;
  const lines = subjectLines(request);
  const { approval } = request;
  return (
    <section aria-labelledby="objet-titre" className="fr-mt-2w">
      <h2 id="objet-titre" className="fr-h4">
        {s.title}
      </h2>
      <dl>
        <Item label={s.kind}>{request.kindLabel}</Item>
        {lines.map((line) => (
          <Item key={line.label} label={line.label}>
            {line.value}
          </Item>
        ))}
      </dl>
      {lines.length === 0 && <p>{s.none}</p>}
      {approval && (
        <>
          <h3 className="fr-h6">{s.approval}</h3>
          <dl>
            <Item label={s.approvalNumber}>{approval.number}</Item>
            <Item label={s.approvalPeriod}>{period(approval.startOn, approval.endOn)}</Item>
            <Item label={s.approvalStatus}>{approvalStatusLabel(approval.status)}</Item>
            {approval.suspensions.length > 0 && (
              <Item label={s.suspensions}>
                <ul>
                  {approval.suspensions.map((suspension) => (
                    <li key={suspension.startOn}>
                      {period(suspension.startOn, suspension.endOn)} ({s.days(suspension.days)})
                    </li>
                  ))}
                </ul>
              </Item>
            )}
            {approval.prolongations.length > 0 && (
              <Item label={s.prolongations}>
                <ul>
                  {approval.prolongations.map((prolongation) => (
                    <li key={prolongation.startOn}>
                      {period(prolongation.startOn, prolongation.endOn)} –{' '}
                      {prolongationReasonLabel(prolongation.reason)}
                    </li>
                  ))}
                </ul>
              </Item>
            )}
            {approval.extensions.length > 0 && (
              <Item label={s.extensions}>
                <ul>
                  {approval.extensions.map((extension) => (
                    <li key={`${extension.siae.id}-${extension.startOn}`}>
                      {s.extension(extension.siae.name, formatShortDate(extension.startOn))}
                    </li>
                  ))}
                </ul>
              </Item>
            )}
          </dl>
        </>
      )}
    </section>
  );
}

function DecisionSummary({ request }: { request: ApprovalRequestDetailFragment }) {
  const d = t.decision;
  return (
    <>
      {request.status === 'TACITLY_GRANTED' && <p>{d.tacit}</p>}
      <dl>
        <Item label={d.status}>
          <StatusBadge status={request.status} label={request.statusLabel} />
        </Item>
        {request.decidedOn && <Item label={d.decidedOn}>{formatShortDate(request.decidedOn)}</Item>}
        {request.refusalReason && <Item label={d.reasonLabel}>{request.refusalReason.label}</Item>}
        {request.refusalComment && (
          <Item label={d.commentLabel}>
            <span style={{ whiteSpace: 'pre-line' }}>{request.refusalComment}</span>
          </Item>
        )}
        {request.resultingApproval && (
          <Item label={d.resultingApproval}>
            {request.resultingApproval.number} (
            {period(request.resultingApproval.startOn, request.resultingApproval.endOn)}) –{' '}
            <Link to={approvalServicesPath(request.resultingApproval.id)}>{copy.approvalServices.openFromRequest}</Link>
          </Item>
        )}
      </dl>
    </>
  );
}

function HistorySection({ request }: { request: ApprovalRequestDetailFragment }) {
  const entries = requestHistory(request);
  return (
    <section aria-labelledby="historique-titre" className="fr-mt-4w">
      <h2 id="historique-titre" className="fr-h4">
        {t.history.title}
      </h2>
      {entries.length === 0 ? (
        <p>{t.history.empty}</p>
      ) : (
        <ol data-testid="request-history">
          {entries.map((entry, index) => (
            <li key={index} className="fr-mb-1w">
              <time dateTime={entry.at} className="fr-text--bold">
                {entry.precision === 'instant' ? formatDateTime(entry.at) : formatShortDate(entry.at)}
              </time>{' '}
              – {entry.title}
              {entry.detail && (
                <span className="fr-text--sm" style={{ display: 'block' }}>
                  {entry.detail}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
