import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import {
  ApiErrorAlert,
  ConnectionTable,
  EmptyState,
  ErrorState,
  ErrorSummary,
  errorSummaryTitle,
  flagCodec,
  formatShortDate,
  todayInFrance,
  useDocumentTitle,
  useForm,
  useListParams,
} from '@navette/ui';
import { useState, type FormEvent } from 'react';
import { copy } from '../../copy.ts';
import { FormNotice, type Notice } from '../../forms/FormNotice.tsx';
import {
  PrevalidateProfileDocument,
  PrevalidationConventionsDocument,
  PrevalidationPeopleDocument,
  ProfilePrevalidationsDocument,
  type ProfilePrevalidationItemFragment,
} from '../../generated/graphql.ts';
import { SiaeWithKind } from '../approvals/SiaeWithKind.tsx';
import { TO_RENEW_PARAM } from './paths.ts';
import {
  emptyPrevalidation,
  prevalidationFieldIds,
  prevalidationTargets,
  toPrevalidationInput,
  validatePrevalidation,
} from './prevalidation-form.ts';

const t = copy.prevalidations;
const PAGE_SIZE = 20;
const toRenewCodec = flagCodec(TO_RENEW_PARAM, false);
type Row = ProfilePrevalidationItemFragment;
const nameOf = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

/**
 * Validation des profils (accord, annexe 4 §2.2.2 last paragraph and §2.2.8; issue 18 §3): the agence pre-validates a
 * person's profile for an ETTI or an AI it has a convention de coopération with — a demande d'agrément of that SIAE for
 * that person is then to decide the same day — and renews those ending soon. The server fixes and checks the period.
 */
export function ProfilePrevalidationsScreen() {
  useDocumentTitle(t.title);
  const { filters: toRenew, setFilters, pager } = useListParams(toRenewCodec);
  const list = useQuery(ProfilePrevalidationsDocument, {
    variables: { toRenew: toRenew || null, first: PAGE_SIZE, after: pager.after },
    fetchPolicy: 'cache-and-network',
  });
  const [prevalidate, { loading: saving }] = useMutation(PrevalidateProfileDocument, {
    refetchQueries: [ProfilePrevalidationsDocument],
  });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [renewError, setRenewError] = useState<unknown>(null);
  // Each notice gets a new id, so that the same message shown twice is focused again.
  const showNotice = (next: Omit<Notice, 'id'>) => setNotice((previous) => ({ ...next, id: (previous?.id ?? 0) + 1 }));

  async function renew(item: ProfilePrevalidationItemFragment) {
    setRenewError(null);
    try {
      const { data } = await prevalidate({
        variables: { input: { personId: item.person?.id ?? '', siaeId: item.siae.id, startsOn: item.renewalStartsOn } },
      });
      const row = data?.prevalidateProfile;
      if (!row) throw new Error('prevalidateProfile returned nothing');
      showNotice({ severity: 'success', title: t.renewed, description: t.period(row.startsOn, row.endsOn) });
    } catch (failure) {
      setRenewError(failure);
    }
  }

  return (
    <>
      <h1>{t.heading}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <p className="fr-text--sm">{t.source}</p>

      <PrevalidationForm
        onSaved={(row) =>
          showNotice({
            severity: 'success',
            title: t.saved(row.person ? nameOf(row.person) : '', row.siae.name),
            description: t.period(row.startsOn, row.endsOn),
          })
        }
      />

      <section aria-labelledby="validations-titre" className="fr-mt-5w">
        <h2 id="validations-titre">{t.listTitle}</h2>
        <FormNotice notice={notice} />
        <ApiErrorAlert error={renewError} title={t.renewError} />
        <div className="fr-toggle fr-mb-2w">
          <input
            type="checkbox"
            className="fr-toggle__input"
            id="validations-a-renouveler"
            checked={toRenew}
            onChange={(e) => setFilters(e.target.checked)}
          />
          <label className="fr-toggle__label" htmlFor="validations-a-renouveler">
            {t.toRenewOnly}
          </label>
        </div>
        <ConnectionTable
          id="validations-resultats"
          caption={t.caption}
          headingLevel={3}
          columns={[
            { header: t.columns.person, cell: (node: Row) => (node.person ? nameOf(node.person) : t.personHidden) },
            { header: t.columns.siae, cell: (node: Row) => <SiaeWithKind siae={node.siae} /> },
            { header: t.columns.from, cell: (node: Row) => formatShortDate(node.startsOn) },
            { header: t.columns.to, cell: (node: Row) => formatShortDate(node.endsOn) },
            {
              header: t.columns.state,
              cell: (node: Row) => (
                <span
                  className={`fr-badge fr-badge--sm ${node.toRenew ? 'fr-badge--warning' : node.inForce ? 'fr-badge--success' : 'fr-badge--info'}`}
                >
                  {node.toRenew ? t.states.toRenew : node.inForce ? t.states.inForce : t.states.upcoming}
                </span>
              ),
            },
            {
              header: t.columns.action,
              cell: (node: Row) =>
                node.toRenew && node.person ? (
                  <Button
                    size="small"
                    priority="secondary"
                    disabled={saving}
                    onClick={() => void renew(node)}
                    nativeButtonProps={{ 'aria-label': t.renewLabel(nameOf(node.person), node.siae.name) }}
                  >
                    {t.renew}
                  </Button>
                ) : (
                  '—'
                ),
            },
          ]}
          connection={list.data?.profilePrevalidations}
          loading={list.loading}
          error={list.error}
          onRetry={() => void list.refetch()}
          pager={pager}
          pageSize={PAGE_SIZE}
          count={(total) => t.count(total, toRenew)}
          empty={toRenew ? t.emptyToRenew : t.empty}
        />
      </section>
    </>
  );
}

function PrevalidationForm({ onSaved }: { onSaved: (row: ProfilePrevalidationItemFragment) => void }) {
  const today = todayInFrance();
  const form = useForm(emptyPrevalidation, (values) => validatePrevalidation(values, today));
  const { values, set, errors } = form;
  const conventions = useQuery(PrevalidationConventionsDocument);
  const [search, setSearch] = useState('');
  const [findPeople, people] = useLazyQuery(PrevalidationPeopleDocument);
  const [prevalidate, { loading }] = useMutation(PrevalidateProfileDocument, {
    refetchQueries: [ProfilePrevalidationsDocument],
  });
  const [apiError, setApiError] = useState<unknown>(null);
  const targets = prevalidationTargets(conventions.data?.cooperationAgreements.edges.map((e) => e.node) ?? []);
  const found = people.data?.people.edges.map((e) => e.node) ?? [];

  async function onSearch() {
    const term = search.trim();
    if (!term) return;
    set('personId', '');
    await findPeople({ variables: { search: term } });
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApiError(null);
    if (!form.check()) return;
    try {
      const { data } = await prevalidate({ variables: { input: toPrevalidationInput(values) } });
      const row = data?.prevalidateProfile;
      if (!row) throw new Error('prevalidateProfile returned nothing');
      onSaved(row);
      form.reset(emptyPrevalidation);
    } catch (failure) {
      setApiError(failure);
    }
  }

  const fieldState = (field: keyof typeof errors) =>
    errors[field] ? ({ state: 'error', stateRelatedMessage: errors[field] } as const) : {};

  return (
    <section aria-labelledby="prevalider-titre" className="fr-mt-3w">
      <h2 id="prevalider-titre">{t.formTitle}</h2>
      <ErrorSummary
        title={errorSummaryTitle(Object.keys(errors).length)}
        errors={errors}
        fieldIds={prevalidationFieldIds}
        attempt={form.attempt}
      />
      <ApiErrorAlert error={apiError} title={t.apiErrorTitle} />
      {conventions.error && <ErrorState error={conventions.error} onRetry={() => void conventions.refetch()} />}
      {conventions.data && targets.length === 0 && <EmptyState message={t.noConvention} />}
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
        <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
          <div className="fr-col-12 fr-col-md-6">
            <Input
              label={t.search}
              hintText={t.searchHint}
              nativeInputProps={{
                id: 'validation-recherche',
                name: 'recherche',
                autoComplete: 'off',
                value: search,
                onChange: (e) => setSearch(e.target.value),
                onKeyDown: (e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    void onSearch();
                  }
                },
              }}
            />
          </div>
          <div className="fr-col-12 fr-col-md-3">
            <Button type="button" priority="secondary" className="fr-mb-3w" onClick={() => void onSearch()}>
              {t.searchButton}
            </Button>
          </div>
        </div>
        <Select
          label={t.person}
          {...fieldState('personId')}
          nativeSelectProps={{
            id: prevalidationFieldIds.personId,
            name: 'personne',
            value: values.personId,
            onChange: (e) => set('personId', e.target.value),
          }}
        >
          <option value="">{people.data ? t.peopleFound(people.data.people.totalCount) : t.searchFirst}</option>
          {found.map((p) => (
            <option key={p.id} value={p.id}>
              {`${nameOf(p)} (${formatShortDate(p.birthDate)})`}
            </option>
          ))}
        </Select>
        <Select
          label={t.siae}
          hint={t.siaeHint}
          {...fieldState('siaeId')}
          nativeSelectProps={{
            id: prevalidationFieldIds.siaeId,
            name: 'structure',
            value: values.siaeId,
            onChange: (e) => set('siaeId', e.target.value),
          }}
        >
          <option value="">{conventions.loading ? t.loadingConventions : t.chooseSiae}</option>
          {targets.map((a) => (
            <option key={a.siae.id} value={a.siae.id}>
              {`${a.siae.name} (${a.siae.kind}, ${a.siae.city})`}
            </option>
          ))}
        </Select>
        <Input
          label={t.endsOn}
          hintText={t.endsOnHint}
          {...fieldState('endsOn')}
          nativeInputProps={{
            id: prevalidationFieldIds.endsOn,
            name: 'fin',
            type: 'date',
            min: today,
            value: values.endsOn,
            onChange: (e) => set('endsOn', e.target.value),
          }}
        />
        <Button type="submit" disabled={loading}>
          {loading ? t.sending : t.submit}
        </Button>
      </form>
    </section>
  );
}
