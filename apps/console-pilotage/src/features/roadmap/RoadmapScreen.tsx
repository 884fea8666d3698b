import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { EmptyState, ErrorState, Loading, todayInFrance, useDocumentTitle } from '@navette/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { copy } from '../../copy.ts';
import { FormActions } from '../../forms/FormActions.tsx';
import { useForm } from '../../forms/use-form.ts';
import { selectableYears, yearFromSearchParams } from '../../forms/year-param.ts';
import { YearFilterForm } from '../../forms/YearFilterForm.tsx';
import { ConsoleTable } from '../../layout/ConsoleTable.tsx';
import { FormPanel } from '../../layout/FormPanel.tsx';
import { RoadmapDocument, SaveRoadmapActionDocument, type RoadmapQuery } from '../../generated/graphql.ts';
import {
  draftFromAction,
  FICHES,
  newRoadmapAction,
  ROADMAP_STATUSES,
  roadmapActionInput,
  validateRoadmapAction,
  type RoadmapActionDraft,
  type RoadmapField,
} from './roadmap-form.ts';

const t = copy.roadmap;
type RoadmapAction = RoadmapQuery['roadmap'][number];

const statusSeverity: Record<string, 'info' | 'new' | 'success' | undefined> = {
  PLANNED: 'info',
  IN_PROGRESS: 'new',
  DONE: 'success',
  DROPPED: undefined,
};

/**
 * The feuille de route of a year (article 3): its actions by fiche with their owner, due period and status; a form
 * to add one, or to change one chosen in the table.
 */
export function RoadmapScreen() {
  const today = todayInFrance();
  const [searchParams, setSearchParams] = useSearchParams();
  const year = yearFromSearchParams(searchParams, today);
  useDocumentTitle(t.heading(year));
  const { data, error, loading, refetch } = useQuery(RoadmapDocument, {
    variables: { year },
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState<RoadmapAction | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const edit = (action: RoadmapAction | null) => {
    setSaved(null);
    setEditing(action);
  };

  return (
    <>
      <h1>{t.heading(year)}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <YearFilterForm
        key={year}
        id="feuille-de-route-annee"
        formLabel={t.yearFormLabel}
        label={t.year}
        submitLabel={t.submitYear}
        years={selectableYears(today)}
        value={year}
        onApply={(next) => {
          edit(null);
          setSearchParams({ annee: String(next) });
        }}
      />
      <section aria-labelledby="actions" aria-busy={loading}>
        {error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !data ? (
          <Loading />
        ) : (
          <>
            <h2 id="actions" aria-live="polite">
              {t.count(data.roadmap.length)}
            </h2>
            {data.roadmap.length === 0 ? (
              <EmptyState message={t.empty(year)} />
            ) : (
              <RoadmapTable year={year} actions={data.roadmap} onEdit={edit} />
            )}
          </>
        )}
      </section>
      {/* Always there, so that screen readers announce the message when it appears in it. */}
      <div role="status" className={saved ? 'fr-mt-6w' : undefined}>
        {saved && <Alert severity="success" small role={undefined} description={saved} />}
      </div>
      {/* Remounted for each action edited (and back to a new one), so that the form starts from its values. */}
      <RoadmapActionForm
        key={`${year}-${editing?.id ?? 'nouvelle'}`}
        year={year}
        editing={editing}
        onSaved={(message) => {
          setEditing(null);
          setSaved(message);
        }}
        onCancel={() => edit(null)}
      />
    </>
  );
}

function RoadmapTable({
  year,
  actions,
  onEdit,
}: {
  year: number;
  actions: readonly RoadmapAction[];
  onEdit: (action: RoadmapAction) => void;
}) {
  return (
    <ConsoleTable
      caption={t.caption(year)}
      testId="roadmap"
      columns={[
        { label: t.columns.fiche },
        { label: t.columns.action },
        { label: t.columns.owner },
        { label: t.columns.duePeriod },
        { label: t.columns.status },
        { label: t.columns.edit, srOnly: true },
      ]}
    >
      {actions.map((action) => (
        <tr key={action.id}>
          <td>{action.fiche == null ? t.noFiche : t.fiche(action.fiche)}</td>
          <th scope="row" className="navette-multiline">
            {action.action}
          </th>
          <td>{action.owner}</td>
          <td>{action.duePeriod}</td>
          <td>
            <Badge severity={statusSeverity[action.status]} small noIcon>
              {action.statusLabel}
            </Badge>
          </td>
          <td>
            <Button type="button" priority="tertiary" size="small" onClick={() => onEdit(action)}>
              {t.edit}
              <span className="fr-sr-only">{t.editOf(action.action)}</span>
            </Button>
          </td>
        </tr>
      ))}
    </ConsoleTable>
  );
}

const fieldIds: Record<RoadmapField, string> = {
  fiche: 'action-fiche',
  action: 'action-intitule',
  owner: 'action-pilote',
  duePeriod: 'action-echeance',
  status: 'action-statut',
};

function RoadmapActionForm({
  year,
  editing,
  onSaved,
  onCancel,
}: {
  year: number;
  editing: RoadmapAction | null;
  /** Called with the French message to show once the action is saved. */
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const f = t.form;
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useForm<RoadmapActionDraft, RoadmapField>(
    editing ? draftFromAction(editing) : newRoadmapAction,
    validateRoadmapAction,
  );
  const [apiError, setApiError] = useState<unknown>(null);
  const [save, { loading }] = useMutation(SaveRoadmapActionDocument, {
    refetchQueries: [RoadmapDocument],
    awaitRefetchQueries: true,
  });
  const { values, errors } = form;

  // Choosing an action to change brings the keyboard to its form.
  useEffect(() => {
    if (editing) heading.current?.focus();
  }, [editing]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setApiError(null);
    if (!form.check()) return;
    try {
      const result = await save({ variables: { input: roadmapActionInput(values, year) } });
      const action = result.data?.saveRoadmapAction;
      if (!action) return;
      form.reset(newRoadmapAction);
      onSaved(editing ? f.updated(action.action) : f.created(action.action));
    } catch (error) {
      // The API's message is shown as is; the form keeps what the user typed.
      setApiError(error);
    }
  };

  return (
    <FormPanel
      id="formulaire-action"
      className="fr-mt-6w"
      title={editing ? f.editTitle : f.createTitle(year)}
      headingRef={heading}
      hint={f.hint}
      errors={errors}
      fieldIds={fieldIds}
      attempt={form.attempt}
      apiError={apiError}
      apiErrorTitle={f.apiErrorTitle}
      onSubmit={onSubmit}
    >
      <Select
        label={f.fiche}
        nativeSelectProps={{
          id: fieldIds.fiche,
          name: 'fiche',
          value: values.fiche,
          onChange: (event) => form.set('fiche', event.target.value),
        }}
      >
        <option value="">{f.noFiche}</option>
        {FICHES.map((fiche) => (
          <option key={fiche} value={fiche}>
            {t.ficheOption(fiche, copy.indicators.ficheTitles[fiche] ?? '')}
          </option>
        ))}
      </Select>
      <Input
        label={f.action}
        textArea
        state={errors.action ? 'error' : 'default'}
        stateRelatedMessage={errors.action}
        nativeTextAreaProps={{
          id: fieldIds.action,
          name: 'action',
          required: true,
          rows: 3,
          value: values.action,
          onChange: (event) => form.set('action', event.target.value),
        }}
      />
      <Input
        label={f.owner}
        hintText={f.ownerHint}
        state={errors.owner ? 'error' : 'default'}
        stateRelatedMessage={errors.owner}
        nativeInputProps={{
          id: fieldIds.owner,
          name: 'owner',
          required: true,
          value: values.owner,
          onChange: (event) => form.set('owner', event.target.value),
        }}
      />
      <Input
        label={f.duePeriod}
        hintText={f.duePeriodHint}
        state={errors.duePeriod ? 'error' : 'default'}
        stateRelatedMessage={errors.duePeriod}
        nativeInputProps={{
          id: fieldIds.duePeriod,
          name: 'duePeriod',
          required: true,
          value: values.duePeriod,
          onChange: (event) => form.set('duePeriod', event.target.value),
        }}
      />
      <Select
        label={f.status}
        nativeSelectProps={{
          id: fieldIds.status,
          name: 'status',
          value: values.status,
          onChange: (event) => form.set('status', event.target.value as RoadmapActionDraft['status']),
        }}
      >
        {ROADMAP_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t.statuses[status]}
          </option>
        ))}
      </Select>
      <FormActions
        submitLabel={editing ? f.submitEdit : f.submitCreate}
        loading={loading}
        cancel={editing ? { label: f.cancel, onClick: onCancel } : null}
      />
    </FormPanel>
  );
}
