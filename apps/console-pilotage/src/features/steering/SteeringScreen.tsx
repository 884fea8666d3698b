import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import {
  EmptyState,
  ErrorState,
  formatLongDate,
  formatShortDate,
  Loading,
  todayInFrance,
  useDocumentTitle,
} from '@navette/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { copy } from '../../copy.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { FormActions } from '../../forms/FormActions.tsx';
import { errorSummaryTitle } from '../../forms/field-errors.ts';
import { useForm } from '../../forms/use-form.ts';
import { selectableYears, yearFromSearchParams } from '../../forms/year-param.ts';
import { YearFilterForm } from '../../forms/YearFilterForm.tsx';
import {
  RecordSteeringMeetingDocument,
  SteeringMeetingsDocument,
  type SteeringMeetingsQuery,
} from '../../generated/graphql.ts';
import {
  documentsStatus,
  draftFromMeeting,
  emptySteeringMeeting,
  steeringMeetingInput,
  validateSteeringMeeting,
  type DocumentsStatus,
  type SteeringField,
} from './steering-form.ts';

const t = copy.steering;

type Meeting = SteeringMeetingsQuery['steeringMeetings'][number];

const documentsBadge: Record<DocumentsStatus, { severity: 'success' | 'error' | 'warning' | 'info'; text: string }> = {
  onTime: { severity: 'success', text: t.documentsOnTime },
  late: { severity: 'error', text: t.documentsLate },
  missing: { severity: 'error', text: t.documentsMissing },
  pending: { severity: 'info', text: t.documentsPending },
};

/**
 * The comité de pilotage's meetings of a year (article 3): whether the documents went out 10 days before, how many
 * meetings are missing to reach the 2 a year, and a form to record one.
 */
export function SteeringScreen() {
  useDocumentTitle(t.title);
  const today = todayInFrance();
  const [searchParams, setSearchParams] = useSearchParams();
  const year = yearFromSearchParams(searchParams, today);
  const { data, error, loading, refetch } = useQuery(SteeringMeetingsDocument, {
    variables: { year },
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState<Meeting | null>(null);
  const [recorded, setRecorded] = useState<{ heldOn: string; updated: boolean } | null>(null);
  const edit = (meeting: Meeting | null) => {
    setRecorded(null);
    setEditing(meeting);
  };

  return (
    <>
      <h1>{t.heading}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <YearFilterForm
        key={year}
        id="comite-annee"
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
      <section aria-labelledby="reunions" aria-busy={loading}>
        {error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !data ? (
          <Loading />
        ) : (
          <MeetingsOfYear year={year} data={data} onEdit={edit} />
        )}
      </section>
      {/* Remounted for each meeting completed (and back to a new one), so that the form starts from its values. */}
      <RecordMeetingForm
        key={`${year}-${editing?.id ?? 'nouvelle'}`}
        year={year}
        editing={editing}
        recorded={recorded}
        onSaved={(saved) => {
          setEditing(null);
          setRecorded(saved);
        }}
        onSubmitted={() => setRecorded(null)}
        onCancel={() => edit(null)}
      />
    </>
  );
}

function MeetingsOfYear({
  year,
  data,
  onEdit,
}: {
  year: number;
  data: SteeringMeetingsQuery;
  onEdit: (meeting: Meeting) => void;
}) {
  const meetings = data.steeringMeetings;
  const shortfall = data.steeringMeetingsShortfall;
  return (
    <>
      <h2 id="reunions" aria-live="polite">
        {t.listTitle(year, meetings.length)}
      </h2>
      <div className="fr-mb-3w" data-testid="steering-shortfall">
        {/* Part of the page, not an event: no alert role (RGAA 8.7). */}
        {shortfall > 0 ? (
          <Alert
            severity="warning"
            small
            role={undefined}
            title={t.shortfallTitle}
            description={t.shortfall(year, shortfall)}
            as="h3"
          />
        ) : (
          <Alert severity="success" small role={undefined} description={t.enough(year)} />
        )}
      </div>
      {meetings.length === 0 ? (
        <EmptyState message={t.empty(year)} />
      ) : (
        <div className="fr-table fr-table--bordered fr-table--no-caption">
          <div className="fr-table__wrapper">
            <div className="fr-table__container">
              <div className="fr-table__content">
                <table data-testid="steering-meetings">
                  <caption>{t.caption(year)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.columns.heldOn}</th>
                      <th scope="col">{t.columns.agenda}</th>
                      <th scope="col">{t.columns.documents}</th>
                      <th scope="col">{t.columns.minutes}</th>
                      <th scope="col">
                        <span className="fr-sr-only">{t.columns.edit}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {meetings.map((meeting) => {
                      const badge = documentsBadge[documentsStatus(meeting)];
                      return (
                        <tr key={meeting.id}>
                          <th scope="row">{formatShortDate(meeting.heldOn)}</th>
                          <td className="navette-multiline">
                            {meeting.agenda}
                            {meeting.proposals.length > 0 && (
                              // The working groups' proposals on its agenda (article 3: they "lui rendent compte").
                              <ul className="fr-text--sm fr-mb-0 fr-mt-1v" data-testid="meeting-proposals">
                                {meeting.proposals.map((proposal) => (
                                  <li key={proposal.id}>{t.proposal(proposal.groupName, proposal.title)}</li>
                                ))}
                              </ul>
                            )}
                          </td>
                          <td>
                            <Badge severity={badge.severity} small>
                              {badge.text}
                            </Badge>
                            {meeting.documentsSentOn && (
                              <p className="fr-text--sm fr-mb-0 fr-mt-1v">
                                {t.sentOn(formatShortDate(meeting.documentsSentOn))}
                              </p>
                            )}
                          </td>
                          <td className="navette-multiline">{meeting.minutes ?? t.noMinutes}</td>
                          <td>
                            <Button type="button" priority="tertiary" size="small" onClick={() => onEdit(meeting)}>
                              {t.edit}
                              <span className="fr-sr-only">{t.editOf(formatShortDate(meeting.heldOn))}</span>
                            </Button>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      )}
    </>
  );
}

const fieldIds: Record<SteeringField, string> = {
  heldOn: 'reunion-date',
  agenda: 'reunion-ordre-du-jour',
  documentsSentOn: 'reunion-envoi-documents',
  minutes: 'reunion-compte-rendu',
};

function RecordMeetingForm({
  year,
  editing,
  recorded,
  onSaved,
  onSubmitted,
  onCancel,
}: {
  year: number;
  /** The meeting to complete or correct; a new one when null. */
  editing: Meeting | null;
  /** The meeting last saved, for the message (kept by the screen: the form is remounted after a change). */
  recorded: { heldOn: string; updated: boolean } | null;
  onSaved: (saved: { heldOn: string; updated: boolean }) => void;
  onSubmitted: () => void;
  onCancel: () => void;
}) {
  const f = t.form;
  const heading = useRef<HTMLHeadingElement>(null);
  const heldOnInput = useRef<HTMLInputElement>(null);
  const sentOnInput = useRef<HTMLInputElement>(null);
  const form = useForm(editing ? draftFromMeeting(editing) : emptySteeringMeeting, (values) =>
    validateSteeringMeeting(values, {
      heldOn: heldOnInput.current?.validity.badInput ?? false,
      documentsSentOn: sentOnInput.current?.validity.badInput ?? false,
    }),
  );
  const [apiError, setApiError] = useState<unknown>(null);
  const [record, { loading }] = useMutation(RecordSteeringMeetingDocument, {
    refetchQueries: [SteeringMeetingsDocument],
    awaitRefetchQueries: true,
  });
  const { values, errors } = form;

  // Choosing a meeting to complete brings the keyboard to its form.
  useEffect(() => {
    if (editing) heading.current?.focus();
  }, [editing]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmitted();
    setApiError(null);
    if (!form.check()) return;
    try {
      const result = await record({ variables: { input: steeringMeetingInput(values, editing?.id ?? null) } });
      const meeting = result.data?.recordSteeringMeeting;
      if (meeting) {
        form.reset(emptySteeringMeeting);
        onSaved({ heldOn: meeting.heldOn, updated: editing !== null });
      }
    } catch (error) {
      // The API's message is shown as is; the form keeps what the user typed.
      setApiError(error);
    }
  };
  const recordedYear = recorded ? Number(recorded.heldOn.slice(0, 4)) : null;

  return (
    <section aria-labelledby="enregistrer-reunion" className="fr-mt-6w">
      <h2 id="enregistrer-reunion" ref={heading} tabIndex={-1}>
        {editing ? f.editTitle(formatLongDate(editing.heldOn)) : f.title}
      </h2>
      <p className="fr-hint-text">{editing ? f.editHint : f.hint}</p>
      {/* Always there, so that screen readers announce the message when it appears in it. */}
      <div role="status" className={recorded ? 'fr-mb-3w' : undefined}>
        {recorded && (
          <Alert
            severity="success"
            small
            // The region around it already announces it.
            role={undefined}
            description={
              <>
                {(recorded.updated ? f.updated : f.success)(formatLongDate(recorded.heldOn))}
                {recordedYear !== year && (
                  <>
                    {' '}
                    <Link to={`?annee=${recordedYear}`}>{f.otherYear(recordedYear!)}</Link>
                  </>
                )}
              </>
            }
          />
        )}
      </div>
      <ErrorSummary
        title={errorSummaryTitle(Object.values(errors).filter(Boolean).length)}
        errors={errors}
        fieldIds={fieldIds}
        attempt={form.attempt}
      />
      <ApiErrorAlert error={apiError} title={f.apiErrorTitle} />
      <form
        className="navette-form"
        onSubmit={(event) => void onSubmit(event)}
        noValidate
        aria-labelledby="enregistrer-reunion"
      >
        <Input
          label={f.heldOn}
          hintText={f.dateHint}
          state={errors.heldOn ? 'error' : 'default'}
          stateRelatedMessage={errors.heldOn}
          nativeInputProps={{
            ref: heldOnInput,
            id: fieldIds.heldOn,
            name: 'heldOn',
            type: 'date',
            required: true,
            value: values.heldOn,
            onChange: (event) => form.set('heldOn', event.target.value),
          }}
        />
        <Input
          label={f.agenda}
          textArea
          state={errors.agenda ? 'error' : 'default'}
          stateRelatedMessage={errors.agenda}
          nativeTextAreaProps={{
            id: fieldIds.agenda,
            name: 'agenda',
            required: true,
            rows: 4,
            value: values.agenda,
            onChange: (event) => form.set('agenda', event.target.value),
          }}
        />
        <Input
          label={f.documentsSentOn}
          hintText={f.documentsSentOnHint}
          state={errors.documentsSentOn ? 'error' : 'default'}
          stateRelatedMessage={errors.documentsSentOn}
          nativeInputProps={{
            ref: sentOnInput,
            id: fieldIds.documentsSentOn,
            name: 'documentsSentOn',
            type: 'date',
            value: values.documentsSentOn,
            onChange: (event) => form.set('documentsSentOn', event.target.value),
          }}
        />
        <Input
          label={f.minutes}
          hintText={f.minutesHint}
          textArea
          state={errors.minutes ? 'error' : 'default'}
          stateRelatedMessage={errors.minutes}
          nativeTextAreaProps={{
            id: fieldIds.minutes,
            name: 'minutes',
            rows: 5,
            value: values.minutes,
            onChange: (event) => form.set('minutes', event.target.value),
          }}
        />
        <FormActions
          submitLabel={editing ? f.submitEdit : f.submit}
          loading={loading}
          cancel={editing ? { label: f.cancel, onClick: onCancel } : null}
        />
      </form>
    </section>
  );
}
