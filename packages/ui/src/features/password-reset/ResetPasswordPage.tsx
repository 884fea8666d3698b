import { useMutation } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { copy } from '../../copy.tsx';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { useForm } from '../../forms/use-form.ts';
import { ResetPasswordDocument } from '../../generated/graphql.ts';
import { useDocumentTitle } from '../../layout/document-title.ts';
import { graphQLErrorsOf } from '../../session/auth-errors.ts';
import { signInPath } from '../../session/RequireSession.tsx';
import { useSessionStore } from '../../session/SessionContext.tsx';
import { WITHOUT_SESSION } from '../../session/session-link.ts';
import { checkResetDraft, emptyResetDraft, resetPaths, tokenFromHash, type ResetField } from './reset-forms.ts';

const t = copy.passwordReset;
const fieldIds: Record<ResetField, string> = {
  next: 'reinitialisation-nouveau-mot-de-passe',
  confirmation: 'reinitialisation-confirmation',
};

/** The reason of the API's refusal of a used, expired or forged link (resetPassword). */
const TOKEN_INVALID = 'PASSWORD_RESET_TOKEN_INVALID';

function isTokenRefused(error: unknown): boolean {
  return graphQLErrorsOf(error).some((e) => e.extensions?.['reason'] === TOKEN_INVALID);
}

/**
 * The page of the e-mailed link (issue 14 §2): `<portal>/mot-de-passe/nouveau#jeton=…`. The token is taken from the
 * fragment and the fragment removed from the address bar; the new password is checked by the API (its French words
 * shown); a used or expired link says so and offers a new one. Once changed, every session of the account is closed
 * (this tab's too): the sign-in page says the password changed.
 */
export function ResetPasswordPage() {
  useDocumentTitle(t.resetTitle);
  const location = useLocation();
  const navigate = useNavigate();
  const store = useSessionStore();
  const [token] = useState(() => tokenFromHash(location.hash));
  const form = useForm(emptyResetDraft, checkResetDraft);
  const [resetPassword, { loading, error, reset }] = useMutation(ResetPasswordDocument, { context: WITHOUT_SESSION });

  // The token leaves the address bar (and the history entry) once read.
  useEffect(() => {
    if (location.hash) void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [location.hash, location.pathname, location.search, navigate]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reset();
    if (!token || !form.check()) return;
    try {
      await resetPassword({ variables: { token, newPassword: form.values.next } });
      // The API closed every session of the account: this tab's is forgotten too.
      await store.signOut(t.done);
      void navigate(signInPath, { replace: true });
    } catch {
      // Shown below; the form keeps what was typed (a weak password did not spend the link).
    }
  }

  if (!token || isTokenRefused(error)) {
    return (
      <div className="fr-grid-row fr-grid-row--center">
        <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
          <h1>{t.resetTitle}</h1>
          {token ? (
            <ApiErrorAlert error={error} title={t.resetFailed} headingLevel="h2" />
          ) : (
            <Alert
              className="fr-mb-3w"
              severity="error"
              as="h2"
              title={t.linkIncompleteTitle}
              description={t.linkIncomplete}
              role="alert"
            />
          )}
          <p>
            <Link className="fr-btn" to={resetPaths.request}>
              {t.requestAnother}
            </Link>
          </p>
        </div>
      </div>
    );
  }

  const field = (name: ResetField, label: string, hint?: string) => (
    <Input
      label={label}
      hintText={hint}
      state={form.errors[name] ? 'error' : 'default'}
      stateRelatedMessage={form.errors[name]}
      nativeInputProps={{
        id: fieldIds[name],
        name: fieldIds[name],
        type: 'password',
        autoComplete: 'new-password',
        required: true,
        value: form.values[name],
        onChange: (event) => form.set(name, event.target.value),
      }}
    />
  );

  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>{t.resetTitle}</h1>
        <p>{t.resetIntro}</p>
        <ApiErrorAlert error={error} title={t.resetFailed} headingLevel="h2" />
        <ErrorSummary
          title={t.summaryTitle}
          errors={form.errors}
          fieldIds={fieldIds}
          attempt={form.attempt}
          headingLevel="h2"
        />
        <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
          <p className="fr-text--sm">{t.required}</p>
          {field('next', t.newPassword, copy.account.newPasswordHint)}
          {field('confirmation', t.confirmation)}
          <Button type="submit" disabled={loading}>
            {loading ? t.resetting : t.reset}
          </Button>
        </form>
      </div>
    </div>
  );
}
