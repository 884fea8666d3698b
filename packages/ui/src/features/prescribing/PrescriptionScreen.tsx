import { useMutation, useQuery } from '@apollo/client/react';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { formatDateTime, formatShortDate } from '../../format/dates.ts';
import { siaeKindLabel } from '../../labels/labels.ts';
import { useDocumentTitle } from '../../layout/document-title.ts';
import { ErrorState } from '../../states/ErrorState.tsx';
import { Loading } from '../../states/Loading.tsx';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { FlashNotice } from './FlashNotice.tsx';
import { PrescriptionHistory } from './PrescriptionHistory.tsx';
import { SuccessNotice } from './SuccessNotice.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import { usePrescribing, withPrescribing } from './context.tsx';
import { ApiErrorAlert } from './form-parts.tsx';
import {
  SentPrescriptionDocument,
  WithdrawPrescriptionDocument,
  type SentPrescriptionQuery,
} from '../../generated/graphql.ts';
import { isAwaitingAnswer, personName, prescriptionStatusSeverity } from './labels.ts';

type Prescription = NonNullable<SentPrescriptionQuery['prescription']>;

/** A fiche navette as its prescripteur (or its territory's agence) follows it: answer, history, requests, withdrawal. */
export const PrescriptionScreen = withPrescribing(PrescriptionView);

function PrescriptionView() {
  const { copy, paths } = usePrescribing();
  const t = copy.prescription;
  const { prescriptionId = '' } = useParams();
  const { data, error, refetch } = useQuery(SentPrescriptionDocument, {
    variables: { id: prescriptionId },
    fetchPolicy: 'cache-and-network',
  });
  const prescription = data?.prescription;
  const organisationId = useSession().session?.viewer.organisation?.id;
  const [notice, setNotice] = useState<string | null>(null);
  useDocumentTitle(
    prescription ? t.heading(personName(prescription.person)) : data ? t.notFoundTitle : copy.prescriptions.title,
  );

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  if (!prescription) {
    return (
      <>
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFoundText}</p>
        <Link className="fr-link fr-icon-arrow-left-s-line fr-link--icon-left" to={paths.prescriptions}>
          {t.backToPrescriptions}
        </Link>
      </>
    );
  }

  const heading = t.heading(personName(prescription.person));
  return (
    <>
      <Breadcrumb
        currentPageLabel={heading}
        segments={[{ label: copy.prescriptions.title, linkProps: { to: paths.prescriptions } }]}
      />
      <h1>{heading}</h1>
      <FlashNotice />
      <SuccessNotice message={notice} />
      <p data-testid="prescription-status">
        <Badge as="span" severity={prescriptionStatusSeverity(prescription.status)}>
          {prescription.statusLabel}
        </Badge>
      </p>

      <section aria-labelledby="fiche" className="fr-mt-2w">
        <h2 id="fiche" className="fr-h4">
          {t.ficheNavette}
        </h2>
        <dl>
          <dt className="fr-text--bold">{t.person}</dt>
          <dd className="fr-mb-1w">
            <Link to={paths.person(prescription.person.id)}>{personName(prescription.person)}</Link> (
            {formatShortDate(prescription.person.birthDate)})
          </dd>
          <dt className="fr-text--bold">{t.siae}</dt>
          <dd className="fr-mb-1w">
            {prescription.siae.name} – {siaeKindLabel(prescription.siae.kind)}, {prescription.siae.city} (
            {prescription.siae.postcode})
          </dd>
          <dt className="fr-text--bold">{t.sentAt}</dt>
          <dd className="fr-mb-1w">{formatDateTime(prescription.sentAt)}</dd>
          <dt className="fr-text--bold">{t.updatedAt}</dt>
          <dd className="fr-mb-1w">{formatDateTime(prescription.updatedAt)}</dd>
          <dt className="fr-text--bold">{t.diagnosis}</dt>
          <dd className="fr-mb-1w">
            {t.diagnosisOf(formatShortDate(prescription.diagnosis.diagnosedOn), prescription.diagnosis.summary)}
          </dd>
          <dt className="fr-text--bold">{t.message}</dt>
          <dd className="fr-mb-1w" style={{ whiteSpace: 'pre-line' }}>
            {prescription.message}
          </dd>
          {prescription.refusalReason && (
            <>
              <dt className="fr-text--bold">{t.refusal}</dt>
              <dd className="fr-mb-1w">
                {prescription.refusalReason.label}
                {prescription.refusalComment && <> – « {prescription.refusalComment} »</>}
              </dd>
            </>
          )}
        </dl>
        <PrescriptionHistory events={prescription.history} />
      </section>

      {/* Withdrawn by the organisation that sent it only (an agence also sees its territory's prescriptions). */}
      {isAwaitingAnswer(prescription.status) && prescription.prescriberOrganisation.id === organisationId && (
        <Withdraw prescriptionId={prescription.id} onWithdrawn={() => setNotice(t.withdrawn)} />
      )}

      <ApprovalRequests requests={prescription.approvalRequests} />
    </>
  );
}

function Withdraw({ prescriptionId, onWithdrawn }: { prescriptionId: string; onWithdrawn: () => void }) {
  const { copy } = usePrescribing();
  const t = copy.prescription;
  const [confirming, setConfirming] = useState(false);
  const [withdraw, { loading }] = useMutation(WithdrawPrescriptionDocument);
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
      // The answer turns the prescription to WITHDRAWN in the cache: this section goes, the notice says why.
      await withdraw({ variables: { id: prescriptionId } });
      onWithdrawn();
    } catch (failure) {
      setApiError(failure);
    }
  }

  return (
    <section aria-labelledby="retrait" className="fr-mt-4w">
      <h2 id="retrait" className="fr-h4">
        {t.withdrawTitle}
      </h2>
      <ApiErrorAlert error={apiError} title={t.withdrawApiErrorTitle} />
      {!confirming ? (
        <>
          <p>{t.withdrawText}</p>
          <Button ref={openButton} priority="secondary" iconId="fr-icon-close-line" onClick={() => setConfirming(true)}>
            {t.withdraw}
          </Button>
        </>
      ) : (
        <div role="group" aria-labelledby="retrait-confirmation">
          <p id="retrait-confirmation" className="fr-text--bold">
            {t.withdrawConfirmText}
          </p>
          <ul className="fr-btns-group fr-btns-group--inline-md">
            <li>
              <Button onClick={() => void confirm()} disabled={loading} nativeButtonProps={{ autoFocus: true }}>
                {loading ? copy.forms.sending : t.withdrawConfirm}
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

function ApprovalRequests({ requests }: { requests: Prescription['approvalRequests'] }) {
  const { copy, paths } = usePrescribing();
  const t = copy.prescription;
  return (
    <section aria-labelledby="demandes-agrement" className="fr-mt-4w">
      <h2 id="demandes-agrement" className="fr-h4">
        {t.approvalRequests}
      </h2>
      {requests.length === 0 ? (
        <p>{t.noApprovalRequest}</p>
      ) : (
        <Table
          caption={t.approvalRequestsCaption}
          noCaption
          headers={[
            t.requestColumns.kind,
            t.requestColumns.receivedOn,
            t.requestColumns.deadline,
            t.requestColumns.status,
            t.requestColumns.approval,
          ]}
          data={requests.map((request) => [
            request.kindLabel,
            formatShortDate(request.receivedOn),
            <span key="deadline">
              <time dateTime={request.deadline}>{formatShortDate(request.deadline)}</time>
              {request.workingDaysLeft !== null && request.workingDaysLeft !== undefined && (
                <> ({t.workingDaysLeft(request.workingDaysLeft)})</>
              )}
            </span>,
            request.statusLabel,
            request.resultingApproval ? (
              paths.approval ? (
                <Link key="approval" to={paths.approval(request.resultingApproval.id)}>
                  {copy.approvalFollowUp.openApproval(request.resultingApproval.number)}
                </Link>
              ) : (
                request.resultingApproval.number
              )
            ) : (
              '—'
            ),
          ])}
        />
      )}
    </section>
  );
}
