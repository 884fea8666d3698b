import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { ErrorState, formatShortDate, Loading, useDocumentTitle } from '@navette/ui';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { SuccessNotice } from '../../components/SuccessNotice.tsx';
import { copy } from '../../copy.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { errorSummaryItems } from '../../forms/field-errors.ts';
import { useForm } from '../../forms/use-form.ts';
import {
  AppealApprovalRefusalDocument,
  ApprovalRequestAppealDocument,
  type ApprovalRequestAppealQuery,
} from '../../generated/graphql.ts';
import {
  appealStatusLabel,
  appealStatusSeverity,
  approvalRequestSeverity,
  personName,
  siaeRequestActions,
} from '../../labels.ts';
import { paths } from '../../paths.ts';
import { requestParent } from './request-details.ts';

const t = copy.appeal;
type Request = NonNullable<ApprovalRequestAppealQuery['approvalRequest']>;

/** A refused demande d'agrément: the SIAE's one written appeal to the agency director, then where it stands. */
export function AppealScreen() {
  const { requestId = '' } = useParams();
  const { data, error, refetch } = useQuery(ApprovalRequestAppealDocument, {
    variables: { id: requestId },
    fetchPolicy: 'cache-and-network',
  });
  const request = data?.approvalRequest;
  useDocumentTitle(request ? t.title : data ? t.notFoundTitle : t.title);
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

  const name = personName(request.person);
  // An initial request belongs to its prescription; any other kind to the agrément it changes.
  const parent = requestParent(request, name);

  return (
    <>
      <Breadcrumb
        currentPageLabel={t.title}
        segments={
          parent
            ? [
                { label: parent.root, linkProps: { to: parent.rootTo } },
                { label: parent.label, linkProps: { to: parent.to } },
                {
                  label: copy.requestPage.heading(request.kindLabel, name),
                  linkProps: { to: paths.request(request.id) },
                },
              ]
            : []
        }
      />
      <h1>{t.title}</h1>
      <p className="fr-text--lead">
        {request.kindLabel} – {name}
      </p>
      <p>{t.intro}</p>
      <SuccessNotice message={notice} />
      <RefusedRequest request={request} />
      {request.appeal ? (
        <FiledAppeal appeal={request.appeal} />
      ) : siaeRequestActions(request).includes('APPEAL') ? (
        <AppealForm requestId={request.id} onSent={() => setNotice(t.sent)} />
      ) : (
        <Alert severity="info" small description={t.notRefused} />
      )}
    </>
  );
}

function RefusedRequest({ request }: { request: Request }) {
  return (
    <section aria-labelledby="demande-refusee" className="fr-mt-2w">
      <h2 id="demande-refusee" className="fr-h4">
        {t.request}
      </h2>
      <dl>
        <dt className="fr-text--bold">{t.kind}</dt>
        <dd className="fr-mb-1w">
          {request.kindLabel}{' '}
          <Badge as="span" severity={approvalRequestSeverity(request.status)} small noIcon>
            {request.statusLabel}
          </Badge>
        </dd>
        <dt className="fr-text--bold">{t.receivedOn}</dt>
        <dd className="fr-mb-1w">{formatShortDate(request.receivedOn)}</dd>
        {request.decidedOn && (
          <>
            <dt className="fr-text--bold">{t.refusedOn}</dt>
            <dd className="fr-mb-1w">{formatShortDate(request.decidedOn)}</dd>
          </>
        )}
        {request.refusalReason && (
          <>
            <dt className="fr-text--bold">{t.reason}</dt>
            <dd className="fr-mb-1w">{request.refusalReason.label}</dd>
          </>
        )}
        {request.refusalComment && (
          <>
            <dt className="fr-text--bold">{t.comment}</dt>
            <dd className="fr-mb-1w" style={{ whiteSpace: 'pre-line' }}>
              {request.refusalComment}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

function FiledAppeal({ appeal }: { appeal: NonNullable<Request['appeal']> }) {
  return (
    <section aria-labelledby="recours-depose" className="fr-mt-4w">
      <h2 id="recours-depose" className="fr-h4">
        {t.appealTitle}
      </h2>
      <p data-testid="appeal-status">
        <Badge as="span" severity={appealStatusSeverity(appeal.status)}>
          {appealStatusLabel(appeal.status)}
        </Badge>
      </p>
      <dl>
        <dt className="fr-text--bold">{t.filedOn}</dt>
        <dd className="fr-mb-1w">{formatShortDate(appeal.filedOn)}</dd>
        <dt className="fr-text--bold">{t.formTitle}</dt>
        <dd className="fr-mb-1w" style={{ whiteSpace: 'pre-line' }} data-testid="appeal-text">
          {appeal.text}
        </dd>
        {appeal.decidedOn && (
          <>
            <dt className="fr-text--bold">{t.decidedOn}</dt>
            <dd className="fr-mb-1w">{formatShortDate(appeal.decidedOn)}</dd>
          </>
        )}
        {appeal.comment && (
          <>
            <dt className="fr-text--bold">{t.answer}</dt>
            <dd className="fr-mb-1w" style={{ whiteSpace: 'pre-line' }}>
              {appeal.comment}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

const fieldIds = { text: 'recours-texte' } as const;

function AppealForm({ requestId, onSent }: { requestId: string; onSent: () => void }) {
  const form = useForm({ text: '' }, (values) => (values.text.trim() ? {} : { text: t.errors.text }));
  const { values, set, errors } = form;
  const [appeal, { loading }] = useMutation(AppealApprovalRefusalDocument);
  const [apiError, setApiError] = useState<unknown>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApiError(null);
    if (!form.check()) return;
    try {
      // The answer carries the appeal: the request in the cache gains it, this form gives way to its status.
      await appeal({ variables: { id: requestId, text: values.text.trim() } });
      onSent();
    } catch (failure) {
      setApiError(failure);
    }
  }

  return (
    <section aria-labelledby="recours-formulaire" className="fr-mt-4w">
      <h2 id="recours-formulaire" className="fr-h4">
        {t.formTitle}
      </h2>
      <ErrorSummary items={errorSummaryItems(errors, fieldIds)} attempt={form.attempt} />
      <ApiErrorAlert error={apiError} title={copy.forms.apiErrorTitle} />
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
        <Input
          label={t.text}
          hintText={t.textHint}
          textArea
          {...(errors.text ? { state: 'error' as const, stateRelatedMessage: errors.text } : {})}
          nativeTextAreaProps={{
            id: fieldIds.text,
            name: 'recours',
            rows: 8,
            required: true,
            value: values.text,
            onChange: (e) => set('text', e.target.value),
          }}
        />
        <Button type="submit" disabled={loading}>
          {loading ? copy.forms.sending : t.submit}
        </Button>
      </form>
    </section>
  );
}
