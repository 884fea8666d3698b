import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import {
  EmptyState,
  ErrorState,
  graphQLErrorsOf,
  Loading,
  todayInFrance,
  useDocumentTitle,
  useSession,
} from '@navette/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { copy } from '../../copy.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { FormActions } from '../../forms/FormActions.tsx';
import { useForm } from '../../forms/use-form.ts';
import { ConsoleTable } from '../../layout/ConsoleTable.tsx';
import { FormPanel } from '../../layout/FormPanel.tsx';
import {
  ApiClientOrganisationChoicesDocument,
  ApiClientsDocument,
  CreateApiClientDocument,
  RevokeApiClientDocument,
  RotateApiClientSecretDocument,
  type ApiClientsQuery,
} from '../../generated/graphql.ts';
import {
  apiClientInput,
  emptyApiClient,
  ORGANISATION_KINDS,
  totalCalls,
  validateApiClient,
  type ApiClientField,
  type OrganisationKind,
} from './api-client-form.ts';

const t = copy.apiClients;
type ApiClient = ApiClientsQuery['apiClients'][number];

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });
const shortDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeZone: 'Europe/Paris' });
const formatInstant = (value: string | null | undefined, format = dateTime) =>
  value ? format.format(new Date(value)) : '—';

/** A credential just given: shown once, with what to do with it. */
type Shown = { clientName: string; credential: string; rotated: boolean; previousValidUntil: string | null };

/**
 * The API clients of the organisations the signed-in État service manages (issue 15 §1): list with status, last use
 * and calls of the last 30 days, creation with the credential shown once, rotation and revocation.
 */
export function ApiClientsScreen() {
  useDocumentTitle(t.title);
  const { data, error, loading, refetch } = useQuery(ApiClientsDocument, { fetchPolicy: 'cache-and-network' });
  const [shown, setShown] = useState<Shown | null>(null);
  const forbidden = graphQLErrorsOf(error).some((e) => e.extensions?.['code'] === 'FORBIDDEN');
  // The platform's administrators manage every organisation's clients; the État, those of its département.
  const heading = useSession().session?.viewer.role === 'ADMIN' ? t.headingAdmin : t.heading;
  if (forbidden) {
    return (
      <>
        <h1>{heading}</h1>
        <Alert severity="info" small description={t.forbidden} />
      </>
    );
  }
  return (
    <>
      <h1>{heading}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <CredentialPanel key={shown?.credential ?? 'none'} shown={shown} onDismiss={() => setShown(null)} />
      <section aria-labelledby="clients-api" aria-busy={loading}>
        {error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !data ? (
          <Loading />
        ) : (
          <>
            <h2 id="clients-api" aria-live="polite">
              {t.count(data.apiClients.length)}
            </h2>
            {data.apiClients.length === 0 ? (
              <EmptyState message={t.empty} />
            ) : (
              <ApiClientsTable clients={data.apiClients} onCredential={setShown} />
            )}
          </>
        )}
      </section>
      <CreateApiClientForm onCreated={setShown} />
    </>
  );
}

function CredentialPanel({ shown, onDismiss }: { shown: Shown | null; onDismiss: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState(false);
  // The panel is keyed by the credential (below): a new secret mounts a new panel, so "copié" never outlives it.
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [shown]);
  if (!shown) return null;
  const copyCredential = async () => {
    try {
      await navigator.clipboard.writeText(shown.credential);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <section
      aria-labelledby="secret-client"
      className="fr-alert fr-alert--warning fr-mb-4w"
      data-testid="api-client-credential"
    >
      <h2 id="secret-client" className="fr-alert__title" ref={heading} tabIndex={-1}>
        {t.credential.title(shown.clientName)}
      </h2>
      <p>{t.credential.once}</p>
      {shown.rotated && <p>{t.credential.overlap(formatInstant(shown.previousValidUntil))}</p>}
      <pre className="navette-credential" aria-label={t.credential.label}>
        <code>{shown.credential}</code>
      </pre>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-2w">
        <li>
          <Button type="button" priority="secondary" onClick={() => void copyCredential()}>
            {t.credential.copy}
          </Button>
        </li>
        <li>
          <Button type="button" priority="tertiary" onClick={onDismiss}>
            {t.credential.dismiss}
          </Button>
        </li>
      </ul>
      <p role="status">{copied ? t.credential.copied : ''}</p>
    </section>
  );
}

function ApiClientsTable({ clients, onCredential }: { clients: ApiClient[]; onCredential: (shown: Shown) => void }) {
  return (
    <ConsoleTable caption={t.caption} testId="api-clients" columns={t.columns.map((label) => ({ label }))}>
      {clients.map((client) => (
        <ApiClientRow key={client.id} client={client} onCredential={onCredential} />
      ))}
    </ConsoleTable>
  );
}

function ApiClientRow({ client, onCredential }: { client: ApiClient; onCredential: (shown: Shown) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [apiError, setApiError] = useState<unknown>(null);
  const [rotate, rotation] = useMutation(RotateApiClientSecretDocument, {
    refetchQueries: [ApiClientsDocument],
    awaitRefetchQueries: true,
  });
  const [revoke, revocation] = useMutation(RevokeApiClientDocument, {
    refetchQueries: [ApiClientsDocument],
    awaitRefetchQueries: true,
  });
  const active = client.status === 'ACTIVE';
  const onRotate = async () => {
    setApiError(null);
    try {
      const result = await rotate({ variables: { id: client.id } });
      const rotated = result.data?.rotateApiClientSecret;
      if (rotated) {
        onCredential({
          clientName: rotated.client.name,
          credential: rotated.credential,
          rotated: true,
          previousValidUntil: rotated.client.previousSecretValidUntil ?? null,
        });
      }
    } catch (error) {
      setApiError(error);
    }
  };
  const onRevoke = async () => {
    setApiError(null);
    try {
      await revoke({ variables: { id: client.id } });
      setConfirming(false);
    } catch (error) {
      setApiError(error);
    }
  };
  return (
    <tr data-testid={`api-client-${client.id}`}>
      <th scope="row">
        {client.name}
        <br />
        <span className="fr-hint-text">{client.id}</span>
      </th>
      <td>
        {client.organisation ? (
          <>
            {client.organisation.name}
            <br />
            <span className="fr-hint-text">{t.kinds[client.organisation.kind]}</span>
          </>
        ) : (
          '—'
        )}
      </td>
      <td>{client.scopes.map((scope) => t.scopes[scope] ?? scope).join(', ')}</td>
      <td>
        <span className={`fr-badge fr-badge--sm fr-badge--${active ? 'success' : 'error'} fr-badge--no-icon`}>
          {t.statuses[client.status]}
        </span>
        {client.previousSecretValidUntil && (
          <p className="fr-hint-text fr-mt-1w">{t.previousUntil(formatInstant(client.previousSecretValidUntil))}</p>
        )}
      </td>
      <td>{formatInstant(client.expiresAt, shortDate)}</td>
      <td>{formatInstant(client.lastUsedAt)}</td>
      <td>
        <details>
          <summary>{t.calls(totalCalls(client.usage))}</summary>
          {client.usage.length === 0 ? (
            <p className="fr-hint-text">{t.noCalls}</p>
          ) : (
            <ul className="fr-raw-list">
              {client.usage.map((day) => (
                <li key={day.day}>{t.callsOn(shortDate.format(new Date(`${day.day}T12:00:00Z`)), day.calls)}</li>
              ))}
            </ul>
          )}
        </details>
      </td>
      <td>{t.budget(client.maxCostPerOperation, client.requestsPerMinute)}</td>
      <td>
        {active && (
          <ul className="fr-btns-group fr-btns-group--sm">
            <li>
              <Button
                type="button"
                priority="secondary"
                size="small"
                disabled={rotation.loading}
                onClick={() => void onRotate()}
              >
                {t.rotate}
                <span className="fr-sr-only">{t.of(client.name)}</span>
              </Button>
            </li>
            <li>
              {confirming ? (
                <Button
                  type="button"
                  size="small"
                  className="navette-danger"
                  disabled={revocation.loading}
                  onClick={() => void onRevoke()}
                >
                  {t.confirmRevoke}
                  <span className="fr-sr-only">{t.of(client.name)}</span>
                </Button>
              ) : (
                <Button type="button" priority="tertiary" size="small" onClick={() => setConfirming(true)}>
                  {t.revoke}
                  <span className="fr-sr-only">{t.of(client.name)}</span>
                </Button>
              )}
            </li>
          </ul>
        )}
        {confirming && active && <p className="fr-hint-text">{t.revokeWarning}</p>}
        <ApiErrorAlert error={apiError} title={t.actionFailed} />
      </td>
    </tr>
  );
}

const fieldIds: Record<ApiClientField, string> = {
  name: 'client-nom',
  organisationId: 'client-organisation',
  scopes: 'client-autorisations',
  expiresOn: 'client-expiration',
  maxCostPerOperation: 'client-cout',
  requestsPerMinute: 'client-debit',
};

function CreateApiClientForm({ onCreated }: { onCreated: (shown: Shown) => void }) {
  const f = t.form;
  const expiresInput = useRef<HTMLInputElement>(null);
  const form = useForm(emptyApiClient(todayInFrance()), (values) =>
    validateApiClient(values, expiresInput.current?.validity.badInput ?? false),
  );
  const { values, errors } = form;
  const [search, setSearch] = useState('');
  const choices = useQuery(ApiClientOrganisationChoicesDocument, {
    variables: { kind: values.organisationKind, search: search.trim() || null },
  });
  const options = choices.data?.apiClientOrganisationChoices ?? [];
  const chosen = options.find((choice) => choice.organisation.id === values.organisationId);
  const allowedScopes = chosen?.scopes ?? options[0]?.scopes ?? [];
  const [apiError, setApiError] = useState<unknown>(null);
  const [create, { loading }] = useMutation(CreateApiClientDocument, {
    refetchQueries: [ApiClientsDocument],
    awaitRefetchQueries: true,
  });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setApiError(null);
    if (!form.check()) return;
    try {
      const result = await create({ variables: { input: apiClientInput(values) } });
      const created = result.data?.createApiClient;
      if (created) {
        form.reset(emptyApiClient(todayInFrance()));
        setSearch('');
        onCreated({
          clientName: created.client.name,
          credential: created.credential,
          rotated: false,
          previousValidUntil: null,
        });
      }
    } catch (error) {
      setApiError(error);
    }
  };

  return (
    <FormPanel
      id="nouveau-client"
      className="fr-mt-6w"
      title={f.title}
      hint={f.hint}
      errors={errors}
      fieldIds={fieldIds}
      attempt={form.attempt}
      apiError={apiError}
      apiErrorTitle={f.apiErrorTitle}
      onSubmit={onSubmit}
    >
      <Input
        label={f.labels.name}
        hintText={f.nameHint}
        state={errors.name ? 'error' : 'default'}
        stateRelatedMessage={errors.name}
        nativeInputProps={{
          id: fieldIds.name,
          name: 'name',
          required: true,
          maxLength: 120,
          value: values.name,
          onChange: (event) => form.set('name', event.target.value),
        }}
      />
      <Select
        label={f.labels.kind}
        nativeSelectProps={{
          id: 'client-type-organisation',
          name: 'organisationKind',
          value: values.organisationKind,
          onChange: (event) =>
            form.update({ organisationKind: event.target.value as OrganisationKind, organisationId: '', scopes: [] }),
        }}
      >
        {ORGANISATION_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t.kinds[kind]}
          </option>
        ))}
      </Select>
      <Input
        label={f.labels.search}
        hintText={f.searchHint}
        nativeInputProps={{
          id: 'client-recherche-organisation',
          name: 'search',
          type: 'search',
          value: search,
          onChange: (event) => setSearch(event.target.value),
        }}
      />
      <Select
        label={f.labels.organisation}
        state={errors.organisationId ? 'error' : 'default'}
        stateRelatedMessage={errors.organisationId}
        nativeSelectProps={{
          id: fieldIds.organisationId,
          name: 'organisationId',
          required: true,
          value: values.organisationId,
          onChange: (event) => {
            const next = options.find((choice) => choice.organisation.id === event.target.value);
            form.update({
              organisationId: event.target.value,
              scopes: values.scopes.filter((scope) => next?.scopes.includes(scope)),
            });
          },
        }}
      >
        <option value="">{choices.loading ? f.loadingOrganisations : f.chooseOrganisation(options.length)}</option>
        {options.map((choice) => (
          <option key={choice.organisation.id} value={choice.organisation.id}>
            {choice.organisation.name}
            {choice.organisation.departementCode ? ` (${choice.organisation.departementCode})` : ''}
          </option>
        ))}
      </Select>
      <Checkbox
        id={fieldIds.scopes}
        legend={f.labels.scopes}
        hintText={f.scopesHint}
        state={errors.scopes ? 'error' : 'default'}
        stateRelatedMessage={errors.scopes}
        options={allowedScopes.map((scope) => ({
          label: t.scopes[scope] ?? scope,
          hintText: scope,
          nativeInputProps: {
            name: 'scopes',
            value: scope,
            checked: values.scopes.includes(scope),
            onChange: (event) =>
              form.set(
                'scopes',
                event.target.checked ? [...values.scopes, scope] : values.scopes.filter((s) => s !== scope),
              ),
          },
        }))}
      />
      <Input
        label={f.labels.expiresOn}
        hintText={f.expiresHint}
        state={errors.expiresOn ? 'error' : 'default'}
        stateRelatedMessage={errors.expiresOn}
        nativeInputProps={{
          ref: expiresInput,
          id: fieldIds.expiresOn,
          name: 'expiresOn',
          type: 'date',
          required: true,
          value: values.expiresOn,
          onChange: (event) => form.set('expiresOn', event.target.value),
        }}
      />
      <Input
        label={f.labels.maxCost}
        hintText={f.maxCostHint}
        state={errors.maxCostPerOperation ? 'error' : 'default'}
        stateRelatedMessage={errors.maxCostPerOperation}
        nativeInputProps={{
          id: fieldIds.maxCostPerOperation,
          name: 'maxCostPerOperation',
          inputMode: 'numeric',
          value: values.maxCostPerOperation,
          onChange: (event) => form.set('maxCostPerOperation', event.target.value),
        }}
      />
      <Input
        label={f.labels.requestsPerMinute}
        hintText={f.requestsHint}
        state={errors.requestsPerMinute ? 'error' : 'default'}
        stateRelatedMessage={errors.requestsPerMinute}
        nativeInputProps={{
          id: fieldIds.requestsPerMinute,
          name: 'requestsPerMinute',
          inputMode: 'numeric',
          value: values.requestsPerMinute,
          onChange: (event) => form.set('requestsPerMinute', event.target.value),
        }}
      />
      <FormActions submitLabel={f.submit} loading={loading} />
    </FormPanel>
  );
}
