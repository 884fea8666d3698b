import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Select } from '@codegouvfr/react-dsfr/Select';
import {
  departementFromSearchParams,
  EmptyState,
  ErrorState,
  formatLongDate,
  formatShortDate,
  Loading,
  todayInFrance,
  useDocumentTitle,
} from '@navette/ui';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { copy } from '../../copy.ts';
import { selectableYears, yearFromSearchParams } from '../../forms/year-param.ts';
import { ConsoleTable } from '../../layout/ConsoleTable.tsx';
import { FilterField, FilterForm } from '../../layout/FilterForm.tsx';
import {
  CtaDepartementsDocument,
  CtaMeetingsOfYearDocument,
  type CtaMeetingsOfYearQuery,
} from '../../generated/graphql.ts';
import { ctaAnchor, ctaFollowUp, joinLabels, participantLines, quarterState, type CtaFollowUp } from './cta-year.ts';
import { sortCtas } from './sort-ctas.ts';

const t = copy.ctas;
type CtaYear = CtaMeetingsOfYearQuery['ctaMeetingsDue'][number];

const statusBadge: Record<CtaFollowUp['status'], { severity: 'success' | 'warning' | 'error'; text: string }> = {
  compliant: { severity: 'success', text: t.compliant },
  toWatch: { severity: 'warning', text: t.toWatch },
  notCompliant: { severity: 'error', text: t.notCompliant },
};

/**
 * The CTA of the region (or of a département) in a year: a summary of each one's meetings and of what fiche 8 asks
 * (a meeting every quarter, the last one with the SIAE heads), then, per CTA, the alerts, the quarters and the
 * meetings with their agenda, participants, minutes and the day the minutes went to the CDIAE.
 */
export function CtaListScreen() {
  useDocumentTitle(t.title);
  const today = todayInFrance();
  const [searchParams, setSearchParams] = useSearchParams();
  const departement = departementFromSearchParams(searchParams);
  const year = yearFromSearchParams(searchParams, today);
  const departements = useQuery(CtaDepartementsDocument);
  if (departements.error) console.error('[navette]', departements.error);
  const { data, error, refetch, loading } = useQuery(CtaMeetingsOfYearDocument, {
    variables: { year, departement },
    // Meetings are recorded by the agences: show the last ones known, and ask again at every visit.
    fetchPolicy: 'cache-and-network',
  });
  const ctas = data ? sortCtaYears(data.ctaMeetingsDue) : [];

  return (
    <>
      <h1>{t.heading}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <CtaFilterForm
        key={`${departement ?? ''}-${year}`}
        departements={departements.data?.departements}
        departement={departement ?? ''}
        year={year}
        years={selectableYears(today)}
        onApply={(next) =>
          setSearchParams({ ...(next.departement ? { departement: next.departement } : {}), annee: String(next.year) })
        }
      />
      <section aria-labelledby="liste-cta" aria-busy={loading}>
        {error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !data ? (
          <Loading />
        ) : (
          <>
            <h2 id="liste-cta" className="fr-h4" aria-live="polite">
              {t.count(ctas.length)}
            </h2>
            {ctas.length === 0 ? (
              <EmptyState message={t.empty} />
            ) : (
              <>
                <CtaSummaryTable ctas={ctas} year={year} />
                {ctas.map((ctaYear) => (
                  <CtaSection key={ctaYear.cta.id} ctaYear={ctaYear} year={year} today={today} />
                ))}
              </>
            )}
          </>
        )}
      </section>
    </>
  );
}

function sortCtaYears(ctaYears: readonly CtaYear[]): CtaYear[] {
  const order = new Map(sortCtas(ctaYears.map((ctaYear) => ctaYear.cta)).map((cta, index) => [cta.id, index]));
  return [...ctaYears].sort((a, b) => order.get(a.cta.id)! - order.get(b.cta.id)!);
}

function CtaFilterForm({
  departements,
  departement,
  year,
  years,
  onApply,
}: {
  departements: readonly { code: string; name: string }[] | undefined;
  departement: string;
  year: number;
  years: readonly number[];
  onApply: (filters: { departement: string; year: number }) => void;
}) {
  const [draft, setDraft] = useState({ departement, year: String(year) });
  return (
    <FilterForm
      label={t.filtersLabel}
      submitLabel={t.submit}
      onApply={() => onApply({ departement: draft.departement, year: Number(draft.year) })}
    >
      <FilterField width={5}>
        <Select
          label={t.departement}
          nativeSelectProps={{
            id: 'cta-departement',
            name: 'departement',
            value: draft.departement,
            onChange: (event) => setDraft((current) => ({ ...current, departement: event.target.value })),
          }}
        >
          <option value="">{t.allDepartements}</option>
          {departements?.map((d) => (
            <option key={d.code} value={d.code}>
              {d.code} – {d.name}
            </option>
          ))}
          {!departements && draft.departement && <option value={draft.departement}>{draft.departement}</option>}
        </Select>
      </FilterField>
      <FilterField width={3}>
        <Select
          label={t.year}
          nativeSelectProps={{
            id: 'cta-annee',
            name: 'annee',
            value: draft.year,
            onChange: (event) => setDraft((current) => ({ ...current, year: event.target.value })),
          }}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </FilterField>
    </FilterForm>
  );
}

function CtaSummaryTable({ ctas, year }: { ctas: readonly CtaYear[]; year: number }) {
  return (
    // The heading above counts the CTA: the caption, with the year, is for screen readers.
    <ConsoleTable
      caption={t.caption(year)}
      testId="cta-summary"
      columns={[
        { label: t.columns.departement },
        { label: t.columns.employmentArea },
        { label: t.columns.cta },
        { label: t.columns.ledBy },
        { label: t.columns.meetings, numeric: true },
        { label: t.columns.followUp },
      ]}
    >
      {ctas.map(({ cta, ...ctaYear }) => {
        const badge = statusBadge[ctaFollowUp(ctaYear).status];
        return (
          <tr key={cta.id}>
            <td>
              {cta.employmentArea.departement.name} ({cta.employmentArea.departement.code})
            </td>
            <td>{cta.employmentArea.name}</td>
            <th scope="row">
              <a href={`#${ctaAnchor(cta.employmentArea.code)}`}>{cta.name}</a>
            </th>
            <td>{cta.ledBy.name}</td>
            <td className="fr-cell--right">{cta.meetings.length}</td>
            <td>
              <Badge severity={badge.severity} small>
                {badge.text}
              </Badge>
            </td>
          </tr>
        );
      })}
    </ConsoleTable>
  );
}

const quarterStateText = {
  met: t.quarterMet,
  missed: t.quarterMissed,
  running: t.quarterRunning,
  upcoming: t.quarterUpcoming,
} as const;

function CtaSection({ ctaYear, year, today }: { ctaYear: CtaYear; year: number; today: string }) {
  const { cta } = ctaYear;
  const anchor = ctaAnchor(cta.employmentArea.code);
  const followUp = ctaFollowUp(ctaYear);
  return (
    <section aria-labelledby={anchor} className="fr-mt-6w" data-testid={`cta-${cta.id}`}>
      <h3 id={anchor}>{cta.name}</h3>
      <p>
        {cta.employmentArea.name} – {cta.employmentArea.departement.name} ({cta.employmentArea.departement.code}) ·{' '}
        {t.ledBy(cta.ledBy.name)}
      </p>
      {/* Part of the page, not events: no alert role (RGAA 8.7). */}
      <div data-testid="cta-alerts">
        {followUp.missed.length > 0 && (
          <Alert
            className="fr-mb-2w"
            severity="warning"
            small
            role={undefined}
            description={`${t.missedTitle} : ${t.missed(joinLabels(followUp.missed))}`}
          />
        )}
        {followUp.yearEnd === 'missed' && (
          <Alert
            className="fr-mb-2w"
            severity="warning"
            small
            role={undefined}
            description={`${t.yearEndMissedTitle} : ${t.yearEndMissed}`}
          />
        )}
        {followUp.pending.length > 0 && (
          <Alert
            className="fr-mb-2w"
            severity="info"
            small
            role={undefined}
            description={t.upcoming(joinLabels(followUp.pending))}
          />
        )}
        {followUp.yearEnd === 'pending' && (
          <Alert className="fr-mb-2w" severity="info" small role={undefined} description={t.yearEndPending} />
        )}
      </div>
      <ConsoleTable
        small
        caption={t.quartersCaption(cta.name, year)}
        testId="cta-quarters"
        columns={[
          { label: t.quarterColumns.quarter },
          { label: t.quarterColumns.meetings, numeric: true },
          { label: t.quarterColumns.state },
        ]}
      >
        {ctaYear.quarters.map((quarter) => (
          <tr key={quarter.quarter}>
            <th scope="row">{quarter.label}</th>
            <td className="fr-cell--right">{quarter.meetings}</td>
            <td>{quarterStateText[quarterState(quarter, today)]}</td>
          </tr>
        ))}
      </ConsoleTable>
      <h4 className="fr-h6">{t.meetingsTitle(year)}</h4>
      {cta.meetings.length === 0 ? (
        <p>{t.noMeetings(year)}</p>
      ) : (
        // eslint-disable-next-line jsx-a11y/no-redundant-roles -- Safari's VoiceOver drops the list semantics of a list without bullets (navette-plain-list): the role gives them back
        <ul className="navette-plain-list" role="list" data-testid="cta-meetings">
          {cta.meetings.map((meeting) => (
            <li key={meeting.id} className="fr-mb-3w">
              <article aria-labelledby={`reunion-${meeting.id}`} className="navette-box">
                <h5 id={`reunion-${meeting.id}`} className="fr-h6 fr-mb-1w">
                  {t.meetingTitle(formatLongDate(meeting.heldOn))}
                </h5>
                <dl className="navette-details">
                  <dt>{t.meeting.agenda}</dt>
                  <dd className="navette-multiline">{meeting.agenda}</dd>
                  <dt>{t.meeting.participants}</dt>
                  <dd>
                    {participantLines(meeting.participants).length === 0 ? (
                      t.meeting.noParticipants
                    ) : (
                      <ul>
                        {participantLines(meeting.participants).map((line, index) => (
                          <li key={index}>{line}</li>
                        ))}
                      </ul>
                    )}
                  </dd>
                  <dt>{t.meeting.siaeHeads}</dt>
                  <dd>{meeting.siaeHeadsInvited ? t.meeting.yes : t.meeting.no}</dd>
                  <dt>{t.meeting.minutes}</dt>
                  <dd className="navette-multiline">{meeting.minutes ?? t.meeting.noMinutes}</dd>
                  <dt>{t.meeting.sentToCdiae}</dt>
                  <dd>
                    {meeting.minutesSentToCdiaeOn
                      ? t.meeting.sentOn(formatShortDate(meeting.minutesSentToCdiaeOn))
                      : t.meeting.notSent}
                  </dd>
                </dl>
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
