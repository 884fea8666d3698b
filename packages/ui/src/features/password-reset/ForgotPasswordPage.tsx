import { useMutation } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { copy } from '../../copy.tsx';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { useForm } from '../../forms/use-form.ts';
import { RequestPasswordResetDocument } from '../../generated/graphql.ts';
import { useDocumentTitle } from '../../layout/document-title.ts';
import { signInPath } from '../../session/RequireSession.tsx';
import { WITHOUT_SESSION } from '../../session/session-link.ts';
import { checkRequestDraft, type RequestField } from './reset-forms.ts';

const t = copy.passwordReset;
const fieldIds: Record<RequestField, string> = { email: 'reinitialisation-email' };

/**
 * « Mot de passe oublié » (issue 14 §2), the same in the four portals: the address of the account, then the same
 * answer whether or not an account has it (the API sends the link only when one does).
 */
export function ForgotPasswordPage() {
  useDocumentTitle(t.requestTitle);
  const form = useForm({ email: '' }, checkRequestDraft);
  const [request, { loading, error, reset }] = useMutation(RequestPasswordResetDocument, {
    context: WITHOUT_SESSION,
  });
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSentTo(null);
    reset();
    if (!form.check()) return;
    const email = form.values.email.trim();
    try {
      await request({ variables: { email } });
      setSentTo(email);
    } catch {
      // Shown by ApiErrorAlert; the form keeps what was typed.
    }
  }

  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>{t.requestTitle}</h1>
        {sentTo !== null ? (
          <>
            <Alert
              className="fr-mb-3w"
              severity="success"
              as="h2"
              title={t.sentTitle}
              description={t.sent(sentTo)}
              role="status"
              data-testid="reset-requested"
            />
            <p>
              <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to={signInPath}>
                {t.backToSignIn}
              </Link>
            </p>
          </>
        ) : (
          <>
            <p>{t.requestIntro}</p>
            <ApiErrorAlert error={error} title={t.requestFailed} headingLevel="h2" />
            <ErrorSummary
              title={t.summaryTitle}
              errors={form.errors}
              fieldIds={fieldIds}
              attempt={form.attempt}
              headingLevel="h2"
            />
            <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
              <Input
                label={t.email}
                hintText={t.emailHint}
                state={form.errors.email ? 'error' : 'default'}
                stateRelatedMessage={form.errors.email}
                nativeInputProps={{
                  id: fieldIds.email,
                  name: 'email',
                  type: 'email',
                  autoComplete: 'username',
                  required: true,
                  spellCheck: false,
                  value: form.values.email,
                  onChange: (event) => form.set('email', event.target.value),
                }}
              />
              <Button type="submit" disabled={loading}>
                {loading ? t.requesting : t.request}
              </Button>
            </form>
            <p className="fr-mt-3w">
              <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to={signInPath}>
                {t.backToSignIn}
              </Link>
            </p>
          </>
        )}
      </div>
    </div>
  );
}
