import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { NOTIFICATION_DELIVERIES, NOTIFICATION_DELIVERY_LABELS, type NotificationDelivery } from '@navette/domain';
import { useState, type FormEvent } from 'react';
import { copy } from '../../copy.tsx';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { NotificationPreferencesDocument, SetNotificationPreferenceDocument } from '../../generated/graphql.ts';
import { ErrorState } from '../../states/ErrorState.tsx';
import { Loading } from '../../states/Loading.tsx';

const t = copy.notifications;

/**
 * « Notifications par courriel » of « Mon compte » (issue 14 §3): for each kind the user's organisation may receive,
 * an e-mail each time, a daily digest, or none. Saved with one button; only the changed kinds are sent.
 */
export function NotificationPreferencesSection() {
  const { data, error, loading, refetch } = useQuery(NotificationPreferencesDocument, { fetchPolicy: 'network-only' });
  const [save, saving] = useMutation(SetNotificationPreferenceDocument);
  const [draft, setDraft] = useState<Record<string, NotificationDelivery>>({});
  const [saved, setSaved] = useState(false);
  const preferences = data?.notificationPreferences ?? [];
  const valueOf = (kind: string, stored: NotificationDelivery) => draft[kind] ?? stored;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    saving.reset();
    const changed = preferences.filter((p) => draft[p.kind] !== undefined && draft[p.kind] !== p.delivery);
    try {
      for (const p of changed) await save({ variables: { kind: p.kind, delivery: draft[p.kind]! } });
      setDraft({});
      setSaved(true);
    } catch {
      // Shown by ApiErrorAlert; the choices stay as made.
    }
  }

  return (
    <section id="notifications" aria-labelledby="compte-notifications" className="fr-mb-6w" tabIndex={-1}>
      <h2 id="compte-notifications">{t.preferencesTitle}</h2>
      <p>{t.preferencesIntro}</p>
      {saved && (
        <Alert
          className="fr-mb-3w"
          severity="success"
          small
          description={t.preferencesSaved}
          role="status"
          data-testid="preferences-saved"
        />
      )}
      <ApiErrorAlert error={saving.error} title={t.preferencesFailed} />
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <Loading />
      ) : preferences.length === 0 ? (
        <p>{t.preferencesNone}</p>
      ) : (
        <form onSubmit={(event) => void onSubmit(event)} aria-busy={loading || saving.loading} className="fr-col-md-8">
          <fieldset className="fr-fieldset" aria-labelledby="compte-notifications-legende">
            <legend className="fr-fieldset__legend fr-sr-only" id="compte-notifications-legende">
              {t.preferencesLegend}
            </legend>
            {preferences.map((p) => (
              <div className="fr-fieldset__element" key={p.kind}>
                <Select
                  label={p.label}
                  nativeSelectProps={{
                    id: `preference-${p.kind}`,
                    name: p.kind,
                    value: valueOf(p.kind, p.delivery),
                    onChange: (event) => {
                      setSaved(false);
                      setDraft({ ...draft, [p.kind]: event.target.value as NotificationDelivery });
                    },
                  }}
                >
                  {NOTIFICATION_DELIVERIES.map((d) => (
                    <option key={d} value={d}>
                      {NOTIFICATION_DELIVERY_LABELS[d]}
                    </option>
                  ))}
                </Select>
              </div>
            ))}
            <div className="fr-fieldset__element">
              <Button type="submit" disabled={saving.loading}>
                {saving.loading ? t.preferencesSaving : t.preferencesSave}
              </Button>
            </div>
          </fieldset>
        </form>
      )}
    </section>
  );
}
