import { useMutation } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { EmptyState, ErrorState, formatShortDate, Loading, todayInFrance, useDocumentTitle } from '@navette/ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { copy } from '../../copy.ts';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { FormNotice, type Notice } from '../../forms/FormNotice.tsx';
import { mutationFailureOf } from '../../forms/mutation-error.ts';
import {
  SendCtaMinutesToCdiaeDocument,
  type CtaMeetingFieldsFragment,
  type DepartementCtasQuery,
} from '../../generated/graphql.ts';
import type { FieldErrors } from '../approvals/decision-drafts.ts';
import { noticeOf } from '../cooperation/notice-state.ts';
import { useOwnAgencyId } from '../cooperation/own-agency.ts';
import { useNotice } from '../cooperation/use-notice.ts';
import { checkMinutes, type MinutesDraft, type MinutesField } from './cta-meeting-drafts.ts';
import { ctaAlerts, quarterState, type MeetingsDueData } from './cta-status.ts';
import { ctaYears, yearFromSearchParams, yearToSearchParams } from './cta-year.ts';
import { ctaPaths } from './paths.ts';
import { useLedCtas } from './use-led-ctas.ts';

const t = copy.cta;
type Cta = DepartementCtasQuery['ctas'][number];
type OnNotice = (notice: Omit<Notice, 'id'> | null) => void;

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="fr-text--bold">{label}</dt>
      <dd className="fr-mb-1w">{children}</dd>
    </>
  );
}

/**
 * "CTA": the comités techniques d'animation the agence leads (accord, fiche 8), for a year kept in the URL: the quarters
 * without a meeting and the year-end meeting with the SIAE heads, as the API computes them; the meetings, each with its
 * minutes and their sending to the CDIAE.
 */
export function CtaScreen() {
  useDocumentTitle(t.title);
  const agencyId = useOwnAgencyId();
  const state: unknown = useLocation().state;
  const [notice] = useNotice(noticeOf(state));
  const today = todayInFrance();
  const currentYear = Number(today.slice(0, 4));
  const [searchParams, setSearchParams] = useSearchParams();
  const year = yearFromSearchParams(searchParams, currentYear);

  return (
    <>
      <h1>{t.heading}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <FormNotice notice={notice} />
      {!agencyId ? (
        <Alert severity="error" small description={t.unknownAgency} role="alert" />
      ) : (
        <>
          <YearFilterForm
            key={year}
            year={year}
            currentYear={currentYear}
            onApply={(next) => setSearchParams(yearToSearchParams(next, currentYear))}
          />
          <LedCtas agencyId={agencyId} year={year} today={today} />
        </>
      )}
    </>
  );
}

/** The year, applied on submit (RGAA: no change of context on select). */
function YearFilterForm({
  year,
  currentYear,
  onApply,
}: {
  year: number;
  currentYear: number;
  onApply: (year: number) => void;
}) {
  const [draft, setDraft] = useState(String(year));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(Number(draft));
  };
  return (
    <form onSubmit={onSubmit} className="fr-mb-2w" aria-label={t.yearFilterLabel}>
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-3">
          <Select
            label={t.year}
            nativeSelectProps={{
              id: 'cta-annee',
              name: 'annee',
              value: draft,
              onChange: (e) => setDraft(e.target.value),
            }}
          >
            {ctaYears(currentYear).map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Button type="submit" className="fr-mb-3w">
            {t.show}
          </Button>
        </div>
      </div>
    </form>
  );
}

function LedCtas({ agencyId, year, today }: { agencyId: string; year: number; today: string }) {
  const { ctas, dueOf, agencyMissing, loading, error, refetch } = useLedCtas(agencyId, year);
  if (agencyMissing) return <Alert severity="error" small description={t.unknownAgency} role="alert" />;
  if (error && !ctas) return <ErrorState error={error} description={t.unavailable} onRetry={refetch} />;
  if (!ctas) return <Loading />;
  if (ctas.length === 0) return <EmptyState message={t.none} />;
  return (
    <div aria-busy={loading}>
      {ctas.map((cta) => (
        <CtaSection key={cta.id} cta={cta} due={dueOf(cta.id)} year={year} today={today} />
      ))}
    </div>
  );
}

function CtaSection({ cta, due, year, today }: { cta: Cta; due: MeetingsDueData | null; year: number; today: string }) {
  const [notice, setNotice] = useNotice();
  const headingId = `cta-${cta.id}`;
  return (
    <section aria-labelledby={headingId} className="fr-mt-4w" data-testid="cta">
      <h2 id={headingId}>{cta.name}</h2>
      <p>{cta.employmentArea.name}</p>
      {due && <FicheEightStatus due={due} year={year} today={today} ctaId={cta.id} />}
      <Button
        iconId="fr-icon-add-line"
        className="fr-mt-2w"
        linkProps={{ to: ctaPaths.newMeeting(cta.id), 'aria-label': t.recordLabel(cta.name) }}
      >
        {t.record}
      </Button>

      <h3 className="fr-h5 fr-mt-4w">{t.meetingsTitle(year)}</h3>
      <FormNotice notice={notice} />
      {cta.meetings.length === 0 ? (
        <p>{t.noMeeting(year)}</p>
      ) : (
        <ul className="fr-raw-list" data-testid="cta-meetings">
          {cta.meetings.map((meeting) => (
            <li key={meeting.id} className="fr-mb-3w">
              <Meeting meeting={meeting} today={today} onNotice={setNotice} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function FicheEightStatus({
  due,
  year,
  today,
  ctaId,
}: {
  due: MeetingsDueData;
  year: number;
  today: string;
  ctaId: string;
}) {
  const c = t.quarterColumns;
  return (
    <>
      <h3 className="fr-h5" id={`cta-statut-${ctaId}`}>
        {t.alertsTitle(year)}
      </h3>
      <div data-testid="cta-alerts">
        {ctaAlerts(due).map((alert) => (
          <div key={alert.kind} data-testid={`cta-alert-${alert.kind}`}>
            <Alert className="fr-mb-1w" severity={alert.severity} small description={alert.text} />
          </div>
        ))}
      </div>
      <div data-testid="cta-quarters">
        <Table
          caption={t.quartersCaption(year)}
          noCaption
          headers={[c.quarter, c.period, c.meetings, c.state]}
          data={due.quarters.map((quarter) => [
            quarter.label,
            t.period(formatShortDate(quarter.from), formatShortDate(quarter.to)),
            String(quarter.meetings),
            t.quarterState[quarterState(quarter, today)],
          ])}
        />
      </div>
    </>
  );
}

function Meeting({
  meeting,
  today,
  onNotice,
}: {
  meeting: CtaMeetingFieldsFragment;
  today: string;
  onNotice: OnNotice;
}) {
  const date = formatShortDate(meeting.heldOn);
  return (
    <article aria-labelledby={`reunion-${meeting.id}`} data-testid="cta-meeting">
      <h4 id={`reunion-${meeting.id}`} className="fr-h6 fr-mb-1w">
        {t.meetingHeading(date)}
      </h4>
      <dl>
        <Item label={t.agenda}>
          <span style={{ whiteSpace: 'pre-line' }}>{meeting.agenda}</span>
        </Item>
        <Item label={t.participants}>
          <span style={{ whiteSpace: 'pre-line' }}>{meeting.participants || t.noParticipants}</span>
        </Item>
        <Item label={t.siaeHeadsInvited}>{meeting.siaeHeadsInvited ? t.yes : t.no}</Item>
        <Item label={t.minutes}>
          <span style={{ whiteSpace: 'pre-line' }}>{meeting.minutes || t.noMinutes}</span>
        </Item>
        <Item label={t.sentToCdiae}>
          <span data-testid="cta-minutes-sent">
            {meeting.minutesSentToCdiaeOn ? t.sentToCdiaeOn(formatShortDate(meeting.minutesSentToCdiaeOn)) : t.notSent}
          </span>
        </Item>
      </dl>
      {!meeting.minutesSentToCdiaeOn && <MinutesForm meeting={meeting} today={today} onNotice={onNotice} />}
    </article>
  );
}

/**
 * Marks the minutes sent to the CDIAE on a day (today by default), with the minutes when the meeting has none yet
 * (fiche 8: "des comptes rendus … communiqués au CDIAE"). Opened on demand, next to its meeting.
 */
function MinutesForm({
  meeting,
  today,
  onNotice,
}: {
  meeting: CtaMeetingFieldsFragment;
  today: string;
  onNotice: OnNotice;
}) {
  const m = copy.ctaMinutes;
  const date = formatShortDate(meeting.heldOn);
  const fieldIds: Record<MinutesField, string> = { on: `cdiae-date-${meeting.id}`, minutes: `cdiae-cr-${meeting.id}` };
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<MinutesDraft>({ on: today, minutes: '' });
  const [errors, setErrors] = useState<FieldErrors<MinutesField>>({});
  const [attempt, setAttempt] = useState(0);
  const [send, { loading }] = useMutation(SendCtaMinutesToCdiaeDocument);

  if (!open) {
    return (
      <Button
        priority="secondary"
        size="small"
        iconId="fr-icon-mail-line"
        nativeButtonProps={{ 'aria-label': m.openLabel(date) }}
        onClick={() => setOpen(true)}
      >
        {m.open}
      </Button>
    );
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkMinutes(draft, meeting, today);
    if (!checked.ok) {
      setErrors(checked.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    onNotice(null);
    try {
      // The answer carries the meeting with its sending date: its line above updates, this form goes away.
      await send({ variables: { id: meeting.id, ...checked.variables } });
      onNotice({
        severity: 'success',
        title: m.sentTitle,
        description: m.sent(date, formatShortDate(checked.variables.on)),
      });
    } catch (error) {
      console.error('[navette] sendCtaMinutesToCdiae', error);
      // What the agent typed stays in the form; the API's French message says what to change.
      onNotice({ severity: 'error', title: m.failedTitle, description: mutationFailureOf(error, m.failed).message });
    }
  }

  const legendId = `cdiae-legende-${meeting.id}`;
  return (
    <>
      <ErrorSummary title={m.summaryTitle} errors={errors} fieldIds={fieldIds} attempt={attempt} />
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
        <fieldset className="fr-fieldset" aria-labelledby={legendId}>
          <legend id={legendId} className="fr-fieldset__legend fr-text--md">
            {m.legend(date)}
          </legend>
          <div className="fr-fieldset__element">
            <Input
              label={m.on}
              hintText={copy.ctaMeetingForm.dateHint}
              state={errors.on ? 'error' : 'default'}
              stateRelatedMessage={errors.on}
              nativeInputProps={{
                id: fieldIds.on,
                name: 'transmission',
                type: 'date',
                required: true,
                autoFocus: true,
                min: meeting.heldOn,
                max: today,
                value: draft.on,
                onChange: (event) => setDraft((current) => ({ ...current, on: event.target.value })),
              }}
            />
          </div>
          {!meeting.minutes && (
            <div className="fr-fieldset__element">
              <Input
                textArea
                label={m.minutes}
                hintText={m.minutesHint}
                state={errors.minutes ? 'error' : 'default'}
                stateRelatedMessage={errors.minutes}
                nativeTextAreaProps={{
                  id: fieldIds.minutes,
                  name: 'compte-rendu',
                  rows: 5,
                  required: true,
                  value: draft.minutes,
                  onChange: (event) => setDraft((current) => ({ ...current, minutes: event.target.value })),
                }}
              />
            </div>
          )}
          <div className="fr-fieldset__element">
            <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
              <li>
                <Button type="submit" disabled={loading}>
                  {loading ? m.submitting : m.submit}
                </Button>
              </li>
              <li>
                <Button type="button" priority="secondary" onClick={() => setOpen(false)} disabled={loading}>
                  {m.cancel}
                </Button>
              </li>
            </ul>
          </div>
        </fieldset>
      </form>
    </>
  );
}
