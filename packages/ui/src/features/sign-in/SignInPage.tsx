import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { PasswordInput } from '@codegouvfr/react-dsfr/blocks/PasswordInput';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { ProConnectButton } from '@codegouvfr/react-dsfr/ProConnectButton';
import { useContext, useEffect, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { copy } from '../../copy.tsx';
import { resetPaths } from '../password-reset/reset-forms.ts';
import { PortalNameContext, useDocumentTitle } from '../../layout/document-title.ts';
import { signInErrorMessage } from '../../session/auth-errors.ts';
import type { SignInLocationState } from '../../session/RequireSession.tsx';
import { useSession, useSessionStore } from '../../session/SessionContext.tsx';
import { AccessRefusedError } from '../../session/session-store.ts';

const t = copy.session;

/** Where to go once signed in: back to the page that asked for it, never outside the portal. */
function returnPath(state: unknown): string {
  const from = (state as SignInLocationState | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

/**
 * Whether the gateway offers OIDC sign-in (issue 15 §6: `GET /auth/oidc/config`); false until it answers, and when it
 * cannot be asked.
 */
function useOidcSignIn(): boolean {
  const [enabled, setEnabled] = useState(false);
  useEffect(() => {
    let live = true;
    fetch('/auth/oidc/config', { credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : null))
      .then((answer: unknown) => {
        if (live) setEnabled((answer as { enabled?: unknown } | null)?.enabled === true);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return enabled;
}

/** The sign-in page of a portal (DSFR "connexion" pattern: email, password with show/hide, one button). */
export function SignInPage() {
  useDocumentTitle(t.signInTitle);
  const portalName = useContext(PortalNameContext);
  const store = useSessionStore();
  const { session, notice } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const oidc = useOidcSignIn();
  const target = returnPath(location.state);

  if (session && !pending) return <Navigate to={target} replace />;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const text = (name: string) => {
        const value = form.get(name);
        return typeof value === 'string' ? value : '';
      };
      await store.signIn(text('email').trim(), text('password'));
      void navigate(target, { replace: true });
    } catch (failure) {
      if (!(failure instanceof AccessRefusedError)) console.error('[navette] sign-in', failure);
      store.dismissNotice();
      setError(failure instanceof AccessRefusedError ? failure.message : signInErrorMessage(failure));
      setPending(false);
    }
  }

  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>{t.signInHeading}</h1>
        <p>{t.signInIntro(portalName)}</p>
        {notice && !error && <Alert className="fr-mb-3w" severity="info" small description={notice} role="status" />}
        {error && (
          <Alert className="fr-mb-3w" severity="error" title={t.errorTitle} description={error} as="h2" role="alert" />
        )}
        {oidc && (
          <div className="fr-mb-4w">
            <h2 className="fr-h5">{t.oidcHeading}</h2>
            {/* The gateway runs the flow and comes back to this portal signed in (apps/gateway/src/oidc-sign-in.ts). */}
            <ProConnectButton url={`/auth/oidc/start?portal=${encodeURIComponent(store.app)}`} />
            <p className="fr-hr-or fr-mt-3w">{t.oidcOr}</p>
          </div>
        )}
        <form onSubmit={(event) => void onSubmit(event)} aria-busy={pending}>
          <fieldset className="fr-fieldset" aria-labelledby="sign-in-legend">
            <legend className="fr-fieldset__legend fr-sr-only" id="sign-in-legend">
              {t.fieldsetLegend}
            </legend>
            <div className="fr-fieldset__element">
              <Input
                label={t.email}
                hintText={t.emailHint}
                nativeInputProps={{
                  id: 'connexion-email',
                  name: 'email',
                  type: 'email',
                  autoComplete: 'username',
                  required: true,
                  spellCheck: false,
                }}
              />
            </div>
            <div className="fr-fieldset__element">
              <PasswordInput
                label={t.password}
                messagesHint=""
                nativeInputProps={{
                  id: 'connexion-mot-de-passe',
                  name: 'password',
                  autoComplete: 'current-password',
                  required: true,
                }}
              />
              <p className="fr-mt-1w fr-mb-0">
                <Link className="fr-link fr-text--sm" to={resetPaths.request}>
                  {t.forgotPassword}
                </Link>
              </p>
            </div>
            <div className="fr-fieldset__element">
              <Button type="submit" disabled={pending}>
                {pending ? t.submitting : t.submit}
              </Button>
            </div>
          </fieldset>
        </form>
      </div>
    </div>
  );
}
