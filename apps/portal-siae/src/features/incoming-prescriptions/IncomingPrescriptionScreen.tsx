import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { ErrorState, formatDateTime, formatLongDate, formatShortDate, Loading, useDocumentTitle } from '@navette/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { PrescriptionHistory } from '../../components/PrescriptionHistory.tsx';
import { SuccessNotice } from '../../components/SuccessNotice.tsx';
import { copy } from '../../copy.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { errorSummaryItems } from '../../forms/field-errors.ts';
import { useForm } from '../../forms/use-form.ts';
import {
  AcceptPrescriptionDocument,
  IncomingPrescriptionDocument,
  MarkPrescriptionSeenDocument,
  RefusePrescriptionDocument,
  RequestInitialApprovalDocument,
  SiaeRefusalReasonsDocument,
  type IncomingPrescriptionQuery,
} from '../../generated/graphql.ts';
import { awaitsAnswer, canRequestInitialApproval, personName, prescriptionStatusSeverity } from '../../labels.ts';
import { paths } from '../../paths.ts';
import { DocumentsField } from '../approval-documents/DocumentsField.tsx';
import { documentsFieldErrors, toDocumentUploads } from '../approval-documents/document-files.ts';
import { ApprovalRequestsTable } from '../approval-requests/ApprovalRequestsTable.tsx';
import {
  toInitialRequestInput,
  validateInitialRequest,
  type InitialRequestField,
} from '../approval-requests/request-forms.ts';

const t = copy.prescription;
type Prescription = NonNullable<IncomingPrescriptionQuery['prescription']>;

/**
 * A fiche navette received by the SIAE: opening it marks it seen; the SIAE accepts or refuses with a reason, then
 * requests the agrément for an accepted person and follows its deadline.
 */
export function IncomingPrescriptionScreen() {
  const { prescriptionId = '' } = useParams();
  const { data, error, refetch } = useQuery(IncomingPrescriptionDocument, {
    variables: { id: prescriptionId },
    fetchPolicy: 'cache-and-network',
  });
  const prescription = data?.prescription;
  useDocumentTitle(
    prescription ? t.heading(personName(prescription.person)) : data ? t.notFoundTitle : copy.prescriptions.title,
  );
  useMarkSeen(prescription);
  const [notice, setNotice] = useState<string | null>(null);

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
  const showApproval =
    prescription.status === 'ACCEPTED' || prescription.status === 'HIRED' || prescription.approvalRequests.length > 0;
  return (
    <>
      <Breadcrumb
        currentPageLabel={heading}
        segments={[{ label: copy.prescriptions.title, linkProps: { to: paths.prescriptions } }]}
      />
      <h1>{heading}</h1>
      <p data-testid="prescription-status">
        <Badge as="span" severity={prescriptionStatusSeverity(prescription.status)}>
          {prescription.statusLabel}
        </Badge>
      </p>
      <SuccessNotice message={notice} />

      <div className="fr-grid-row fr-grid-row--gutters">
        <PersonSection prescription={prescription} />
        <FicheSection prescription={prescription} />
      </div>
      <DiagnosisSection diagnosis={prescription.diagnosis} />
      <p>
        <Link
          className="fr-link fr-icon-file-text-line fr-link--icon-left"
          to={paths.personRecord(prescription.person.id, paths.prescription(prescription.id))}
        >
          {copy.personRecord.link}
        </Link>
      </p>

      {awaitsAnswer(prescription.status) && <AnswerSection prescriptionId={prescription.id} onDone={setNotice} />}
      {showApproval && <ApprovalSection prescription={prescription} onRequested={setNotice} />}
    </>
  );
}

/** Marks the fiche seen the first time the SIAE opens it (once per page, whatever re-renders). */
function useMarkSeen(prescription: Prescription | null | undefined) {
  const [markSeen] = useMutation(MarkPrescriptionSeenDocument);
  const marked = useRef<string | null>(null);
  const id = prescription?.id;
  const status = prescription?.status;
  useEffect(() => {
    if (!id || status !== 'SENT' || marked.current === id) return;
    marked.current = id;
    // Not the user's action: a failure (another tab answered first…) is logged, not shown.
    markSeen({ variables: { id } }).catch((error: unknown) => console.error('[navette] markPrescriptionSeen', error));
  }, [id, status, markSeen]);
}

function PersonSection({ prescription }: { prescription: Prescription }) {
  const { person } = prescription;
  return (
    <section className="fr-col-12 fr-col-md-6" aria-labelledby="personne">
      <h2 id="personne" className="fr-h4">
        {t.person}
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
    </section>
  );
}

function FicheSection({ prescription }: { prescription: Prescription }) {
  return (
    <section className="fr-col-12 fr-col-md-6" aria-labelledby="fiche">
      <h2 id="fiche" className="fr-h4">
        {t.ficheNavette}
      </h2>
      <dl>
        <dt className="fr-text--bold">{t.prescriber}</dt>
        <dd className="fr-mb-1w">
          {prescription.prescriberOrganisation.name} ({prescription.prescriberOrganisation.city})
        </dd>
        <dt className="fr-text--bold">{t.sentAt}</dt>
        <dd className="fr-mb-1w">{formatDateTime(prescription.sentAt)}</dd>
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
  );
}

function DiagnosisSection({ diagnosis }: { diagnosis: Prescription['diagnosis'] }) {
  return (
    <section aria-labelledby="diagnostic" className="fr-mt-2w">
      <h2 id="diagnostic" className="fr-h4">
        {t.diagnosis}
      </h2>
      <p className="fr-mb-1w">
        {t.diagnosisOf(formatShortDate(diagnosis.diagnosedOn), diagnosis.prescriberOrganisation.name)} :{' '}
        {diagnosis.summary}
      </p>
      <h3 className="fr-text--md fr-mb-1w">{t.criteria}</h3>
      <ul>
        {diagnosis.criteria.map((criterion) => (
          <li key={criterion.code}>
            {criterion.label} <span className="fr-text--xs">({criterion.categoryLabel})</span>
          </li>
        ))}
      </ul>
      {diagnosis.comment && (
        <p>
          {t.comment} : {diagnosis.comment}
        </p>
      )}
    </section>
  );
}

function AnswerSection({ prescriptionId, onDone }: { prescriptionId: string; onDone: (notice: string) => void }) {
  const [accept, { loading: accepting }] = useMutation(AcceptPrescriptionDocument);
  const [acceptError, setAcceptError] = useState<unknown>(null);

  async function onAccept() {
    setAcceptError(null);
    try {
      await accept({ variables: { id: prescriptionId } });
      onDone(t.accepted);
    } catch (failure) {
      setAcceptError(failure);
    }
  }

  return (
    <section aria-labelledby="reponse" className="fr-mt-4w">
      <h2 id="reponse" className="fr-h4">
        {t.answerTitle}
      </h2>
      <p>{t.answerIntro}</p>
      <ApiErrorAlert error={acceptError} title={t.acceptApiErrorTitle} />
      <Button
        iconId="fr-icon-checkbox-circle-line"
        onClick={() => void onAccept()}
        disabled={accepting}
        className="fr-mb-4w"
      >
        {accepting ? copy.forms.sending : t.accept}
      </Button>
      <RefuseForm prescriptionId={prescriptionId} onDone={onDone} />
    </section>
  );
}

const refuseFieldIds = { reason: 'refus-motif' } as const;

function RefuseForm({ prescriptionId, onDone }: { prescriptionId: string; onDone: (notice: string) => void }) {
  const reasons = useQuery(SiaeRefusalReasonsDocument);
  const [refuse, { loading }] = useMutation(RefusePrescriptionDocument);
  const [apiError, setApiError] = useState<unknown>(null);
  const form = useForm({ reason: '', comment: '' }, (values) => (values.reason ? {} : { reason: t.errors.reason }));
  const { values, set, errors } = form;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApiError(null);
    if (!form.check()) return;
    try {
      await refuse({
        variables: { id: prescriptionId, reason: values.reason, comment: values.comment.trim() || null },
      });
      onDone(t.refused);
    } catch (failure) {
      setApiError(failure);
    }
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="refus-titre" aria-busy={loading}>
      <fieldset className="fr-fieldset" aria-labelledby="refus-titre">
        <legend id="refus-titre" className="fr-fieldset__legend fr-h5">
          {t.refuseTitle}
        </legend>
        <div className="fr-fieldset__element">
          <ErrorSummary items={errorSummaryItems(errors, refuseFieldIds)} attempt={form.attempt} />
          <ApiErrorAlert error={apiError} title={t.refuseApiErrorTitle} />
          {reasons.error && (
            <Alert severity="error" small description={t.reasonsUnavailable} role="alert" className="fr-mb-2w" />
          )}
          <Select
            label={t.refuseReason}
            {...(errors.reason ? { state: 'error' as const, stateRelatedMessage: errors.reason } : {})}
            nativeSelectProps={{
              id: refuseFieldIds.reason,
              name: 'motif',
              required: true,
              value: values.reason,
              onChange: (e) => set('reason', e.target.value),
            }}
          >
            <option value="" disabled>
              {reasons.data ? t.refuseReasonPlaceholder : t.reasonsLoading}
            </option>
            {reasons.data?.siaeRefusalReasons.map((reason) => (
              <option key={reason.code} value={reason.code}>
                {reason.label}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-fieldset__element">
          <Input
            label={`${t.refuseComment} ${copy.forms.optional}`}
            textArea
            nativeTextAreaProps={{
              id: 'refus-commentaire',
              name: 'commentaire',
              rows: 3,
              value: values.comment,
              onChange: (e) => set('comment', e.target.value),
            }}
          />
        </div>
        <div className="fr-fieldset__element">
          <Button type="submit" priority="secondary" iconId="fr-icon-close-line" disabled={loading}>
            {loading ? copy.forms.sending : t.refuseSubmit}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}

function ApprovalSection({
  prescription,
  onRequested,
}: {
  prescription: Prescription;
  onRequested: (notice: string) => void;
}) {
  const a = copy.approvalRequest;
  return (
    <section aria-labelledby="agrement" className="fr-mt-4w">
      <h2 id="agrement" className="fr-h4">
        {a.title}
      </h2>
      <p className="fr-text--sm">{a.intro}</p>
      <ApprovalRequestsTable requests={prescription.approvalRequests} />
      {canRequestInitialApproval(prescription.status, prescription.approvalRequests) && (
        <InitialRequestForm prescriptionId={prescription.id} onRequested={onRequested} />
      )}
    </section>
  );
}

const initialFieldIds: Record<InitialRequestField | 'documents', string> = {
  contractStartOn: 'agrement-debut-contrat',
  contractEndOn: 'agrement-fin-contrat',
  documents: 'agrement-pieces',
};

const emptyInitialRequest = { contractStartOn: '', contractEndOn: '', documents: [] as File[] };

function InitialRequestForm({
  prescriptionId,
  onRequested,
}: {
  prescriptionId: string;
  onRequested: (notice: string) => void;
}) {
  const a = copy.approvalRequest;
  const form = useForm(emptyInitialRequest, (values) => ({
    ...validateInitialRequest(values),
    ...documentsFieldErrors(values.documents),
  }));
  const { values, set, errors } = form;
  const [request, { loading }] = useMutation(RequestInitialApprovalDocument);
  const [reading, setReading] = useState(false);
  const [apiError, setApiError] = useState<unknown>(null);
  const busy = loading || reading;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApiError(null);
    if (!form.check()) return;
    try {
      setReading(true);
      const documents = await toDocumentUploads(values.documents).finally(() => setReading(false));
      const input = {
        ...toInitialRequestInput(prescriptionId, values),
        ...(documents.length > 0 ? { documents } : {}),
      };
      const { data } = await request({ variables: { input } });
      if (!data?.requestApproval) throw new Error('requestApproval returned no request');
      onRequested(a.sent(formatLongDate(data.requestApproval.deadline)));
    } catch (failure) {
      setApiError(failure);
    }
  }

  const dateField = (field: InitialRequestField, label: string) => (
    <div className="fr-fieldset__element fr-fieldset__element--inline">
      <Input
        label={label}
        hintText={copy.forms.dateHint}
        {...(errors[field] ? { state: 'error' as const, stateRelatedMessage: errors[field] } : {})}
        nativeInputProps={{
          id: initialFieldIds[field],
          name: initialFieldIds[field],
          type: 'date',
          required: true,
          value: values[field],
          onChange: (e) => set(field, e.target.value),
        }}
      />
    </div>
  );

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={busy} className="fr-mt-3w">
      <ErrorSummary items={errorSummaryItems(errors, initialFieldIds)} attempt={form.attempt} />
      <ApiErrorAlert error={apiError} title={copy.forms.apiErrorTitle} />
      <fieldset className="fr-fieldset" aria-labelledby="agrement-form-titre agrement-form-aide">
        <legend id="agrement-form-titre" className="fr-fieldset__legend fr-h5">
          {a.formTitle}
          <span id="agrement-form-aide" className="fr-hint-text">
            {a.formIntro}
          </span>
        </legend>
        {dateField('contractStartOn', a.contractStartOn)}
        {dateField('contractEndOn', a.contractEndOn)}
        <div className="fr-fieldset__element">
          <DocumentsField
            id={initialFieldIds.documents}
            files={values.documents}
            onChange={(files) => set('documents', files)}
            error={errors.documents}
            optional
            disabled={busy}
          />
        </div>
        <div className="fr-fieldset__element">
          <Button type="submit" disabled={busy}>
            {reading ? copy.documents.reading : loading ? copy.forms.sending : a.submit}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
