import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ErrorState, formatShortDate, Loading, useDocumentTitle } from '@navette/ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { FlashNotice } from '../../components/FlashNotice.tsx';
import { SuccessNotice } from '../../components/SuccessNotice.tsx';
import { copy } from '../../copy.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { errorSummaryItems } from '../../forms/field-errors.ts';
import { useForm } from '../../forms/use-form.ts';
import {
  AddApprovalRequestDocumentsDocument,
  ApprovalRequestPageDocument,
  type ApprovalRequestPageQuery,
} from '../../generated/graphql.ts';
import { appealStatusLabel, approvalRequestSeverity, personName, siaeRequestActions } from '../../labels.ts';
import { paths } from '../../paths.ts';
import { DocumentsField } from '../approval-documents/DocumentsField.tsx';
import { DocumentsTable } from '../approval-documents/DocumentsTable.tsx';
import { documentsFieldErrors, toDocumentUploads } from '../approval-documents/document-files.ts';
import { requestParent, requestSubjectLines } from './request-details.ts';

const t = copy.requestPage;
type Request = NonNullable<ApprovalRequestPageQuery['approvalRequest']>;

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="fr-text--bold">{label}</dt>
      <dd className="fr-mb-1w">{children}</dd>
    </>
  );
}

/**
 * One demande d'agrément of the SIAE: what was asked, its deadline and outcome, its supporting documents; while it
 * waits for Pôle emploi's decision, more documents can be joined (annexe 4 §2.2.2: "demande écrite complète").
 */
export function ApprovalRequestScreen() {
  const { requestId = '' } = useParams();
  const { data, error, refetch } = useQuery(ApprovalRequestPageDocument, {
    variables: { id: requestId },
    // The agence may have decided since the request was last read.
    fetchPolicy: 'cache-and-network',
  });
  const request = data?.approvalRequest;
  const name = request ? personName(request.person) : '';
  useDocumentTitle(request ? t.heading(request.kindLabel, name) : data ? t.notFoundTitle : copy.approvalRequest.title);
  const [notice, setNotice] = useState<string | null>(null);

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  if (!request) {
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

  const heading = t.heading(request.kindLabel, name);
  const parent = requestParent(request, name);
  return (
    <>
      <Breadcrumb
        currentPageLabel={heading}
        segments={
          parent
            ? [
                { label: parent.root, linkProps: { to: parent.rootTo } },
                { label: parent.label, linkProps: { to: parent.to } },
              ]
            : []
        }
      />
      <h1>{heading}</h1>
      <p data-testid="request-status">
        <Badge as="span" severity={approvalRequestSeverity(request.status)}>
          {request.statusLabel}
        </Badge>
      </p>
      <FlashNotice />
      <SuccessNotice message={notice} />
      <RequestDetails request={request} />

      <section aria-labelledby="pieces" className="fr-mt-4w">
        <h2 id="pieces" className="fr-h4">
          {copy.documents.title}
        </h2>
        <DocumentsTable documents={request.documents} />
        {siaeRequestActions(request).includes('COMPLETE') ? (
          <AddDocumentsForm
            requestId={request.id}
            alreadyFiled={request.documents.length}
            onAdded={(count) => setNotice(t.added(count))}
          />
        ) : (
          <Alert severity="info" small description={t.notPending} className="fr-mt-2w" />
        )}
      </section>
    </>
  );
}

function RequestDetails({ request }: { request: Request }) {
  const a = copy.approvalRequest;
  return (
    <section aria-labelledby="demande" className="fr-mt-2w">
      <h2 id="demande" className="fr-h4">
        {t.details}
      </h2>
      <dl>
        <Item label={t.kind}>{request.kindLabel}</Item>
        <Item label={t.receivedOn}>{formatShortDate(request.receivedOn)}</Item>
        <Item label={t.deadline}>
          <time dateTime={request.deadline}>{formatShortDate(request.deadline)}</time>
          {typeof request.workingDaysLeft === 'number' && <> ({a.workingDaysLeft(request.workingDaysLeft)})</>}
        </Item>
        {requestSubjectLines(request).map((line) => (
          <Item key={line.label} label={line.label}>
            {line.value}
          </Item>
        ))}
        {request.decidedOn && <Item label={t.decidedOn}>{formatShortDate(request.decidedOn)}</Item>}
        {request.refusalReason && <Item label={t.refusal}>{request.refusalReason.label}</Item>}
        {request.refusalComment && (
          <Item label={t.refusalComment}>
            <span style={{ whiteSpace: 'pre-line' }}>{request.refusalComment}</span>
          </Item>
        )}
        {request.resultingApproval && (
          <Item label={t.resultingApproval}>
            <Link to={paths.employee(request.resultingApproval.id)}>
              {a.approvalLink(request.resultingApproval.number)}
            </Link>
          </Item>
        )}
        {(request.appeal || siaeRequestActions(request).includes('APPEAL')) && (
          <Item label={t.appeal}>
            <Link to={paths.appeal(request.id)}>
              {request.appeal ? copy.appeal.follow(appealStatusLabel(request.appeal.status)) : copy.appeal.file}
            </Link>
          </Item>
        )}
      </dl>
    </section>
  );
}

const fieldIds = { documents: 'demande-pieces' } as const;

/** More supporting documents for a pending request; the chosen files stay chosen when the API refuses them. */
function AddDocumentsForm({
  requestId,
  alreadyFiled,
  onAdded,
}: {
  requestId: string;
  alreadyFiled: number;
  onAdded: (count: number) => void;
}) {
  const form = useForm({ documents: [] as File[] }, (values) =>
    documentsFieldErrors(values.documents, { alreadyFiled, required: true }),
  );
  const { values, set, errors } = form;
  const [add, { loading }] = useMutation(AddApprovalRequestDocumentsDocument);
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
      // The answer carries the request with all its documents: the list above and the tables that show it update.
      await add({ variables: { id: requestId, documents } });
      form.setValues({ documents: [] });
      onAdded(documents.length);
    } catch (failure) {
      setApiError(failure);
    }
  }

  return (
    <section aria-labelledby="completer" className="fr-mt-4w">
      <h3 id="completer" className="fr-h5">
        {t.completeTitle}
      </h3>
      <p className="fr-text--sm">{t.completeIntro}</p>
      <ErrorSummary items={errorSummaryItems(errors, fieldIds)} attempt={form.attempt} />
      <ApiErrorAlert error={apiError} title={t.apiErrorTitle} />
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={busy}>
        <DocumentsField
          id={fieldIds.documents}
          files={values.documents}
          onChange={(files) => set('documents', files)}
          error={errors.documents}
          disabled={busy}
        />
        <Button type="submit" iconId="fr-icon-add-line" disabled={busy}>
          {reading ? copy.documents.reading : loading ? copy.forms.sending : t.submit}
        </Button>
      </form>
    </section>
  );
}
