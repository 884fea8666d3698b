import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { Link } from 'react-router';
import { copy } from '../../copy.ts';
import type { ApprovalRequestSummaryFragment } from '../../generated/graphql.ts';
import { appealStatusLabel, approvalRequestSeverity, siaeRequestActions } from '../../labels.ts';
import { paths } from '../../paths.ts';
import { formatShortDate } from '@navette/ui';

const t = copy.approvalRequest;

/**
 * Demandes d'agrément, each a link to its page, with their supporting documents, deadline, working days left while
 * pending, outcome and appeal (annexe 4 §2.2.3).
 */
export function ApprovalRequestsTable({
  requests,
  emptyText = t.none,
}: {
  requests: readonly ApprovalRequestSummaryFragment[];
  emptyText?: string;
}) {
  if (requests.length === 0) return <p>{emptyText}</p>;
  return (
    <div data-testid="approval-requests">
      <Table
        caption={t.requestsCaption}
        noCaption
        headers={[t.columns.kind, t.columns.receivedOn, t.columns.deadline, t.columns.status]}
        data={requests.map((request) => [
          <div key="kind">
            <Link
              to={paths.request(request.id)}
              aria-label={t.openLabel(request.kindLabel, formatShortDate(request.receivedOn))}
            >
              {request.kindLabel}
            </Link>
            <p className="fr-text--sm fr-mb-0">{t.documentsCount(request.documents.length)}</p>
          </div>,
          formatShortDate(request.receivedOn),
          <span key="deadline">
            <time dateTime={request.deadline}>{formatShortDate(request.deadline)}</time>
            {typeof request.workingDaysLeft === 'number' && <> ({t.workingDaysLeft(request.workingDaysLeft)})</>}
          </span>,
          <div key="status">
            <Badge as="span" severity={approvalRequestSeverity(request.status)} small noIcon>
              {request.statusLabel}
            </Badge>
            {request.decidedOn && (
              <span className="fr-text--sm"> {t.decidedOn(formatShortDate(request.decidedOn))}</span>
            )}
            {request.refusalReason && (
              <p className="fr-text--sm fr-mb-0">
                {t.refusal} : {request.refusalReason.label}
                {request.refusalComment && <> – « {request.refusalComment} »</>}
              </p>
            )}
            {request.appeal ? (
              <p className="fr-text--sm fr-mb-0">
                <Link to={paths.appeal(request.id)}>
                  {copy.appeal.follow(appealStatusLabel(request.appeal.status))}
                </Link>
              </p>
            ) : (
              siaeRequestActions(request).includes('APPEAL') && (
                <p className="fr-text--sm fr-mb-0">
                  <Link to={paths.appeal(request.id)} aria-label={copy.appeal.fileLabel(request.kindLabel)}>
                    {copy.appeal.file}
                  </Link>
                </p>
              )
            )}
            {request.resultingApproval && (
              <p className="fr-text--sm fr-mb-0">
                <Link to={paths.employee(request.resultingApproval.id)}>
                  {t.approvalLink(request.resultingApproval.number)}
                </Link>
              </p>
            )}
          </div>,
        ])}
      />
    </div>
  );
}
