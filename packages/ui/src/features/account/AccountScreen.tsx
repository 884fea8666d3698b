import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { copy } from '../../copy.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { useForm } from '../../forms/use-form.ts';
import {
  AccountSessionsDocument,
  ChangeAccountPasswordDocument,
  RevokeAccountSessionDocument,
  RevokeOtherAccountSessionsDocument,
} from '../../generated/graphql.ts';
import { useDocumentTitle } from '../../layout/document-title.ts';
import { ScrollableTable } from '../../layout/ScrollableTable.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import { ErrorState } from '../../states/ErrorState.tsx';
import { Loading } from '../../states/Loading.tsx';
import { NotificationPreferencesSection } from '../notifications/NotificationPreferencesSection.tsx';
import { checkPasswordDraft, emptyPasswordDraft, type PasswordField } from './password-form.ts';

const t = copy.account;

/**
 * « Mon compte » (issue 14 §2), the same in the four portals: who the user is (name, e-mail, organisation, role), a
 * change of password, the e-mails of notifications (issue 14 §3), and the devices where they are signed in, each of which they may sign out.
 */
export function AccountScreen() {
  useDocumentTitle(t.title);
  const { session } = useSession();
  const viewer = session?.viewer;
  return (
    <>
      <h1>{t.title}</h1>
      {viewer && (
        <section aria-labelledby="compte-identite" className="fr-mb-6w">
          <h2 id="compte-identite">{t.identityTitle}</h2>
          <dl data-testid="account-identity">
            <dt className="fr-text--bold fr-mb-0">{t.name}</dt>
            <dd className="fr-ml-0 fr-mb-2w">{viewer.displayName}</dd>
            <dt className="fr-text--bold fr-mb-0">{t.email}</dt>
            <dd className="fr-ml-0 fr-mb-2w">{viewer.email}</dd>
            <dt className="fr-text--bold fr-mb-0">{t.organisation}</dt>
            <dd className="fr-ml-0 fr-mb-2w">{viewer.organisation?.name ?? t.noOrganisation}</dd>
            <dt className="fr-text--bold fr-mb-0">{t.role}</dt>
            <dd className="fr-ml-0 fr-mb-2w">{viewer.roleLabel}</dd>
          </dl>
        </section>
      )}
      <PasswordSection />
      <NotificationPreferencesSection />
      <SessionsSection />
    </>
  );
}

const passwordFieldIds: Record<PasswordField, string> = {
  current: 'mot-de-passe-actuel',
  next: 'nouveau-mot-de-passe',
  confirmation: 'confirmation-mot-de-passe',
};

function PasswordSection() {
  const form = useForm(emptyPasswordDraft, checkPasswordDraft);
  const [change, { loading, error, reset }] = useMutation(ChangeAccountPasswordDocument, {
    refetchQueries: [AccountSessionsDocument],
  });
  const [closed, setClosed] = useState<number | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setClosed(null);
    reset();
    if (!form.check()) return;
    try {
      const { data } = await change({
        variables: { currentPassword: form.values.current, newPassword: form.values.next },
      });
      form.reset(emptyPasswordDraft);
      setClosed(data?.changePassword ?? 0);
    } catch {
      // Shown by ApiErrorAlert; the form keeps what was typed.
    }
  }

  const field = (name: PasswordField, label: string, hint?: string, autoComplete = 'new-password') => (
    <Input
      label={label}
      hintText={hint}
      state={form.errors[name] ? 'error' : 'default'}
      stateRelatedMessage={form.errors[name]}
      nativeInputProps={{
        id: passwordFieldIds[name],
        name: passwordFieldIds[name],
        type: 'password',
        autoComplete,
        required: true,
        value: form.values[name],
        onChange: (event) => form.set(name, event.target.value),
      }}
    />
  );

  return (
    <section aria-labelledby="compte-mot-de-passe" className="fr-mb-6w">
      <h2 id="compte-mot-de-passe">{t.passwordTitle}</h2>
      {closed !== null && (
        <Alert
          className="fr-mb-3w"
          severity="success"
          as="h3"
          title={t.passwordChanged}
          description={t.passwordChangedSessions(closed)}
          role="status"
          data-testid="password-changed"
        />
      )}
      <ApiErrorAlert error={error} title={t.passwordFailed} />
      <ErrorSummary title={t.summaryTitle} errors={form.errors} fieldIds={passwordFieldIds} attempt={form.attempt} />
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading} className="fr-col-md-8">
        <p className="fr-text--sm">{t.required}</p>
        {field('current', t.currentPassword, undefined, 'current-password')}
        {field('next', t.newPassword, t.newPasswordHint)}
        {field('confirmation', t.confirmation)}
        <Button type="submit" disabled={loading}>
          {loading ? t.changing : t.change}
        </Button>
      </form>
    </section>
  );
}

function SessionsSection() {
  const { data, error, loading, refetch } = useQuery(AccountSessionsDocument, { fetchPolicy: 'network-only' });
  const [revoke, revoking] = useMutation(RevokeAccountSessionDocument, { refetchQueries: [AccountSessionsDocument] });
  const [revokeOthers, revokingOthers] = useMutation(RevokeOtherAccountSessionsDocument, {
    refetchQueries: [AccountSessionsDocument],
  });
  const [notice, setNotice] = useState<string | null>(null);
  const sessions = data?.accountSessions ?? [];
  const others = sessions.filter((s) => !s.current);
  const busy = revoking.loading || revokingOthers.loading;

  const closeOne = async (id: string, device: string) => {
    setNotice(null);
    try {
      await revoke({ variables: { id } });
      setNotice(t.sessionClosed(device));
    } catch {
      // Shown by ApiErrorAlert.
    }
  };
  const closeOthers = async () => {
    setNotice(null);
    try {
      const answer = await revokeOthers();
      setNotice(t.otherSessionsClosed(answer.data?.revokeOtherSessions ?? 0));
    } catch {
      // Shown by ApiErrorAlert.
    }
  };

  return (
    <section aria-labelledby="compte-sessions" aria-busy={loading || busy}>
      <h2 id="compte-sessions">{t.sessionsTitle}</h2>
      <p>{t.sessionsIntro}</p>
      {notice && <Alert className="fr-mb-3w" severity="success" small description={notice} role="status" />}
      <ApiErrorAlert error={revoking.error ?? revokingOthers.error} title={t.sessionsFailed} />
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <ScrollableTable
            caption={t.sessionsCaption}
            headers={[t.device, t.signedInAt, t.lastActiveAt, t.action]}
            data={sessions.map((s) => [
              s.device,
              formatDateTime(s.signedInAt),
              formatDateTime(s.lastActiveAt),
              s.current ? (
                <Badge severity="info" small noIcon>
                  {t.currentSession}
                </Badge>
              ) : (
                <Button
                  priority="secondary"
                  size="small"
                  disabled={busy}
                  onClick={() => void closeOne(s.id, s.device)}
                  nativeButtonProps={{ 'aria-label': t.closeSessionLabel(s.device, formatDateTime(s.signedInAt)) }}
                >
                  {t.closeSession}
                </Button>
              ),
            ])}
          />
          {others.length > 0 && (
            <Button
              priority="tertiary"
              iconId="fr-icon-logout-box-r-line"
              disabled={busy}
              onClick={() => void closeOthers()}
            >
              {t.closeOthers}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
