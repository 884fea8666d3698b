import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { EmptyState, ErrorState, formatShortDate, Loading, useDocumentTitle } from '@navette/ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { copy } from '../../copy.ts';
import { FormActions } from '../../forms/FormActions.tsx';
import { useForm } from '../../forms/use-form.ts';
import {
  CreateWorkingGroupDocument,
  RecordWorkingGroupMeetingDocument,
  SubmitWorkingGroupProposalDocument,
  WorkingGroupsDocument,
  type WorkingGroupsQuery,
} from '../../generated/graphql.ts';
import { ConsoleTable } from '../../layout/ConsoleTable.tsx';
import { FormPanel } from '../../layout/FormPanel.tsx';
import {
  emptyGroup,
  emptyMeeting,
  emptyProposal,
  groupInput,
  validateGroup,
  validateMeeting,
  validateProposal,
  type GroupField,
  type MeetingField,
  type ProposalField,
} from './working-group-forms.ts';

const t = copy.workingGroups;
type Group = WorkingGroupsQuery['workingGroups'][number];
type Candidate = WorkingGroupsQuery['workingGroupMemberCandidates'][number];

/** The working groups of the comité (article 3; fiche 6), their meetings and proposals, and the forms to record them. */
export function WorkingGroupsScreen() {
  useDocumentTitle(t.title);
  const { data, error, loading, refetch } = useQuery(WorkingGroupsDocument, { fetchPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <h1>{t.heading}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <div role="status">{notice && <Alert severity="success" small role={undefined} description={notice} />}</div>
      <section aria-labelledby="groupes" aria-busy={loading}>
        {error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !data ? (
          <Loading />
        ) : (
          <>
            <h2 id="groupes">{t.count(data.workingGroups.length)}</h2>
            {data.workingGroups.length === 0 ? (
              <EmptyState message={t.empty} />
            ) : (
              data.workingGroups.map((group) => <GroupDetails key={group.id} group={group} />)
            )}
            <CreateGroupForm candidates={data.workingGroupMemberCandidates} onDone={setNotice} />
            {data.workingGroups.length > 0 && (
              <>
                <MeetingForm groups={data.workingGroups} onDone={setNotice} />
                <ProposalForm groups={data.workingGroups} onDone={setNotice} />
              </>
            )}
          </>
        )}
      </section>
    </>
  );
}

function GroupDetails({ group }: { group: Group }) {
  return (
    <section aria-labelledby={`groupe-${group.id}`} className="fr-mb-4w" data-testid="working-group">
      <h3 id={`groupe-${group.id}`}>{group.name}</h3>
      <p>
        {group.theme}
        {group.fiche != null && ` — ${t.fiche(group.fiche)}`}
      </p>
      <p className="fr-text--sm">
        {t.members} : {group.members.map((m) => m.name).join(', ')}
      </p>
      {group.meetings.length > 0 && (
        <ConsoleTable
          caption={t.meetingsCaption(group.name)}
          testId="working-group-meetings"
          columns={[{ label: t.columns.heldOn }, { label: t.columns.summary }]}
        >
          {group.meetings.map((meeting) => (
            <tr key={meeting.id}>
              <th scope="row">{formatShortDate(meeting.heldOn)}</th>
              <td className="navette-multiline">{meeting.summary}</td>
            </tr>
          ))}
        </ConsoleTable>
      )}
      {group.proposals.length > 0 && (
        <ConsoleTable
          caption={t.proposalsCaption(group.name)}
          testId="working-group-proposals"
          columns={[{ label: t.columns.title }, { label: t.columns.submittedOn }, { label: t.columns.comite }]}
        >
          {group.proposals.map((proposal) => (
            <tr key={proposal.id}>
              <th scope="row">{proposal.title}</th>
              <td>{formatShortDate(proposal.submittedOn)}</td>
              <td>{proposal.steeringMeeting ? formatShortDate(proposal.steeringMeeting.heldOn) : t.noComiteInTime}</td>
            </tr>
          ))}
        </ConsoleTable>
      )}
    </section>
  );
}

function GroupSelect({
  id,
  groups,
  value,
  error,
  onChange,
}: {
  id: string;
  groups: Group[];
  value: string;
  error?: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <Select
      label={t.forms.group}
      state={error ? 'error' : 'default'}
      stateRelatedMessage={error}
      nativeSelectProps={{ id, name: 'groupId', required: true, value, onChange: (e) => onChange(e.target.value) }}
    >
      <option value="" disabled>
        {t.forms.chooseGroup}
      </option>
      {groups.map((group) => (
        <option key={group.id} value={group.id}>
          {group.name}
        </option>
      ))}
    </Select>
  );
}

const groupFieldIds: Record<GroupField, string> = {
  name: 'groupe-nom',
  theme: 'groupe-theme',
  fiche: 'groupe-fiche',
  memberIds: 'groupe-membres',
};

function CreateGroupForm({ candidates, onDone }: { candidates: Candidate[]; onDone: (m: string | null) => void }) {
  const f = t.forms;
  const form = useForm(emptyGroup, validateGroup);
  const [apiError, setApiError] = useState<unknown>(null);
  const [create, { loading }] = useMutation(CreateWorkingGroupDocument, {
    refetchQueries: [WorkingGroupsDocument],
    awaitRefetchQueries: true,
  });
  const { values, errors } = form;
  const toggle = (id: string, checked: boolean) =>
    form.set('memberIds', checked ? [...values.memberIds, id] : values.memberIds.filter((m) => m !== id));
  const onSubmit = submitWith(form.check, onDone, setApiError, async () => {
    const result = await create({ variables: { input: groupInput(values) } });
    form.reset(emptyGroup);
    return f.created(result.data!.createWorkingGroup.name);
  });
  return (
    <Panel
      id="creer-groupe"
      title={f.createTitle}
      form={form}
      fieldIds={groupFieldIds}
      apiError={apiError}
      onSubmit={onSubmit}
    >
      <Input
        label={f.name}
        state={errors.name ? 'error' : 'default'}
        stateRelatedMessage={errors.name}
        nativeInputProps={{
          id: groupFieldIds.name,
          value: values.name,
          onChange: (e) => form.set('name', e.target.value),
        }}
      />
      <Input
        label={f.theme}
        state={errors.theme ? 'error' : 'default'}
        stateRelatedMessage={errors.theme}
        nativeInputProps={{
          id: groupFieldIds.theme,
          value: values.theme,
          onChange: (e) => form.set('theme', e.target.value),
        }}
      />
      <Input
        label={f.fiche}
        state={errors.fiche ? 'error' : 'default'}
        stateRelatedMessage={errors.fiche}
        nativeInputProps={{
          id: groupFieldIds.fiche,
          inputMode: 'numeric',
          value: values.fiche,
          onChange: (e) => form.set('fiche', e.target.value),
        }}
      />
      <fieldset
        className={`fr-fieldset${errors.memberIds ? ' fr-fieldset--error' : ''}`}
        id={groupFieldIds.memberIds}
        tabIndex={-1}
        aria-labelledby={`${groupFieldIds.memberIds}-legende`}
      >
        <legend className="fr-fieldset__legend" id={`${groupFieldIds.memberIds}-legende`}>
          {f.members}
        </legend>
        {candidates.map((candidate) => (
          <div className="fr-fieldset__element" key={candidate.organisationId}>
            <div className="fr-checkbox-group fr-checkbox-group--sm">
              <input
                type="checkbox"
                id={`membre-${candidate.organisationId}`}
                checked={values.memberIds.includes(candidate.organisationId)}
                onChange={(e) => toggle(candidate.organisationId, e.target.checked)}
              />
              <label className="fr-label" htmlFor={`membre-${candidate.organisationId}`}>
                {candidate.name} ({candidate.kindLabel})
              </label>
            </div>
          </div>
        ))}
        {errors.memberIds && <p className="fr-error-text">{errors.memberIds}</p>}
      </fieldset>
      <FormActions submitLabel={f.createSubmit} loading={loading} />
    </Panel>
  );
}

const meetingFieldIds: Record<MeetingField, string> = {
  groupId: 'reunion-groupe',
  heldOn: 'reunion-date',
  summary: 'reunion-travaux',
};

function MeetingForm({ groups, onDone }: { groups: Group[]; onDone: (m: string | null) => void }) {
  const f = t.forms;
  const form = useForm(emptyMeeting, (values) => validateMeeting(values));
  const [apiError, setApiError] = useState<unknown>(null);
  const [record, { loading }] = useMutation(RecordWorkingGroupMeetingDocument, {
    refetchQueries: [WorkingGroupsDocument],
    awaitRefetchQueries: true,
  });
  const { values, errors } = form;
  const onSubmit = submitWith(form.check, onDone, setApiError, async () => {
    const result = await record({
      variables: { input: { groupId: values.groupId, heldOn: values.heldOn, summary: values.summary.trim() } },
    });
    form.reset(emptyMeeting);
    return f.meetingRecorded(formatShortDate(result.data!.recordWorkingGroupMeeting.heldOn));
  });
  return (
    <Panel
      id="reunion-groupe-titre"
      title={f.meetingTitle}
      form={form}
      fieldIds={meetingFieldIds}
      apiError={apiError}
      onSubmit={onSubmit}
    >
      <GroupSelect
        id={meetingFieldIds.groupId}
        groups={groups}
        value={values.groupId}
        error={errors.groupId}
        onChange={(v) => form.set('groupId', v)}
      />
      <Input
        label={f.heldOn}
        hintText={f.dateHint}
        state={errors.heldOn ? 'error' : 'default'}
        stateRelatedMessage={errors.heldOn}
        nativeInputProps={{
          id: meetingFieldIds.heldOn,
          type: 'date',
          value: values.heldOn,
          onChange: (e) => form.set('heldOn', e.target.value),
        }}
      />
      <Input
        label={f.meetingSummary}
        textArea
        state={errors.summary ? 'error' : 'default'}
        stateRelatedMessage={errors.summary}
        nativeTextAreaProps={{
          id: meetingFieldIds.summary,
          rows: 3,
          value: values.summary,
          onChange: (e) => form.set('summary', e.target.value),
        }}
      />
      <FormActions submitLabel={f.meetingSubmit} loading={loading} />
    </Panel>
  );
}

const proposalFieldIds: Record<ProposalField, string> = {
  groupId: 'proposition-groupe',
  title: 'proposition-intitule',
  summary: 'proposition-texte',
};

function ProposalForm({ groups, onDone }: { groups: Group[]; onDone: (m: string | null) => void }) {
  const f = t.forms;
  const form = useForm(emptyProposal, validateProposal);
  const [apiError, setApiError] = useState<unknown>(null);
  const [submit, { loading }] = useMutation(SubmitWorkingGroupProposalDocument, {
    refetchQueries: [WorkingGroupsDocument],
    awaitRefetchQueries: true,
  });
  const { values, errors } = form;
  const onSubmit = submitWith(form.check, onDone, setApiError, async () => {
    const result = await submit({
      variables: { input: { groupId: values.groupId, title: values.title.trim(), summary: values.summary.trim() } },
    });
    form.reset(emptyProposal);
    const meeting = result.data!.submitWorkingGroupProposal.steeringMeeting;
    return f.proposalSubmitted(meeting ? formatShortDate(meeting.heldOn) : null);
  });
  return (
    <Panel
      id="proposition-titre"
      title={f.proposalTitle}
      form={form}
      fieldIds={proposalFieldIds}
      apiError={apiError}
      onSubmit={onSubmit}
    >
      <GroupSelect
        id={proposalFieldIds.groupId}
        groups={groups}
        value={values.groupId}
        error={errors.groupId}
        onChange={(v) => form.set('groupId', v)}
      />
      <Input
        label={f.title}
        state={errors.title ? 'error' : 'default'}
        stateRelatedMessage={errors.title}
        nativeInputProps={{
          id: proposalFieldIds.title,
          value: values.title,
          onChange: (e) => form.set('title', e.target.value),
        }}
      />
      <Input
        label={f.proposalSummary}
        textArea
        state={errors.summary ? 'error' : 'default'}
        stateRelatedMessage={errors.summary}
        nativeTextAreaProps={{
          id: proposalFieldIds.summary,
          rows: 3,
          value: values.summary,
          onChange: (e) => form.set('summary', e.target.value),
        }}
      />
      <FormActions submitLabel={f.proposalSubmit} loading={loading} />
    </Panel>
  );
}

/** A submit handler: the browser's checks, then the API's call; its French refusal kept for the form. */
function submitWith(
  check: () => boolean,
  onDone: (message: string | null) => void,
  setApiError: (error: unknown) => void,
  send: () => Promise<string>,
) {
  return async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onDone(null);
    setApiError(null);
    if (!check()) return;
    try {
      onDone(await send());
    } catch (error) {
      setApiError(error);
    }
  };
}

function Panel<F extends string>({
  id,
  title,
  form,
  fieldIds,
  apiError,
  onSubmit,
  children,
}: {
  id: string;
  title: string;
  form: { errors: Partial<Record<F, string>>; attempt: number };
  fieldIds: Record<F, string>;
  apiError: unknown;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  children: ReactNode;
}) {
  return (
    <FormPanel
      id={id}
      className="fr-mt-6w"
      title={title}
      errors={form.errors}
      fieldIds={fieldIds}
      attempt={form.attempt}
      apiError={apiError}
      apiErrorTitle={t.forms.apiErrorTitle}
      onSubmit={onSubmit}
    >
      {children}
    </FormPanel>
  );
}
