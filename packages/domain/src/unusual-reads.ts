/**
 * Unusual reads of people in the audit trail (issue 19 §2: "for each agent, the unusual (reads of people outside
 * their usual flow, bursts)"), reviewed by the platform administrators and the services de l'État in the audit
 * console (docs/data-protection.md, "Reviewing unusual reads"). Every read of a person's data by another organisation
 * is one `PERSON_READ` event per request and person (docs/security.md, "Audit of reads"); an agent, or an API client,
 * is listed over a period when:
 *
 * - **a burst**: more than `burstReads` of its `PERSON_READ` events fall within `burstWindowMinutes` (a sliding
 *   window: any 60 minutes, both ends included, not clock hours);
 * - **outside the usual flow**: it read at least `outsideFlowPeople` people with whom its organisation has no link:
 *   none of the records of `PERSON_ORGANISATION_LINKS` names that organisation (it did not record the person, make a
 *   diagnosis, send or receive a prescription or an orientation, file or instruct a demande d'agrément, hold the
 *   agrément or a contract). The links are those of the day of the review: a person prescribed after the read counts
 *   as linked.
 *
 * These are OPERATIONAL THRESHOLDS, a proposal of the project TO BE CONFIRMED WITH THE DPO of the responsible
 * authority (as the retention periods, retention.ts): a list page of the portals reads up to 50 people in one request,
 * so 300 reads within an hour is about six full lists, more than an agent's usual work; a single person read without
 * any link is already worth a look, since row-level security lets an organisation read only the people it follows.
 * The database computes the same (SQL in apps/subgraph-structures/src/services/identity/unusual-reads.ts, links in
 * migration 0033 `audit.unlinked_reads`), with these thresholds passed as parameters; the integration test
 * `apps/navette/src/unusual-reads.integration.test.ts` holds the two together.
 */
import { refuse, ok, type Result } from './result.js';

export const UNUSUAL_READS_THRESHOLDS = {
  /** A burst: strictly more reads than this within the window. */
  burstReads: 300,
  /** The burst window, in minutes (sliding). */
  burstWindowMinutes: 60,
  /** Outside the usual flow: at least this many different people read without a link to the reader's organisation. */
  outsideFlowPeople: 1,
  /** The longest period reviewed at once, in days (the reads are kept 12 months: docs/security.md). */
  maxPeriodDays: 92,
} as const;

export type UnusualReadsThresholds = { readonly [K in keyof typeof UNUSUAL_READS_THRESHOLDS]: number };

/**
 * The records that tie a person to an organisation — its "usual flow" — and the columns that name the organisation
 * (parcours schema). An agence is named by the SIAE's records of its territory (`agency_id`) and, as a prescripteur
 * (migration 0032, same id), by the records it wrote.
 */
export const PERSON_ORGANISATION_LINKS = [
  { record: 'people', organisations: ['created_by_organisation_id'], label: 'a enregistré la personne' },
  { record: 'eligibility_diagnoses', organisations: ['prescriber_organisation_id'], label: 'a fait un diagnostic' },
  {
    record: 'prescriptions',
    organisations: ['prescriber_organisation_id', 'siae_id', 'agency_id'],
    label: 'a envoyé ou reçu une prescription (ou en est l’agence)',
  },
  {
    record: 'orientations',
    organisations: ['origin_organisation_id', 'prescriber_organisation_id'],
    label: 'a orienté la personne ou l’a reçue en orientation',
  },
  {
    record: 'approval_requests',
    organisations: ['siae_id', 'prescriber_organisation_id', 'agency_id'],
    label: 'a déposé ou instruit une demande d’agrément',
  },
  {
    record: 'approvals',
    organisations: ['siae_id', 'prescriber_organisation_id', 'agency_id'],
    label: 'détient l’agrément (ou en est l’agence)',
  },
  { record: 'contracts', organisations: ['siae_id', 'agency_id'], label: 'a un contrat avec la personne' },
] as const;

export type PersonOrganisationLinkRecord = (typeof PERSON_ORGANISATION_LINKS)[number]['record'];

/** One record of a person, with the organisations it names (null: a column left empty). */
export interface PersonLinkRecord {
  readonly record: PersonOrganisationLinkRecord;
  readonly organisations: readonly (string | null)[];
}

/** Whether one of the person's records ties them to the organisation (an actor without organisation: never). */
export function isInUsualFlow(organisationId: string | null, records: readonly PersonLinkRecord[]): boolean {
  if (organisationId === null) return false;
  return records.some((r) => r.organisations.includes(organisationId));
}

/**
 * The most reads within any window of `windowMinutes` (both ends included): the burst measure, as the database's
 * `count(*) OVER (… RANGE BETWEEN interval PRECEDING AND CURRENT ROW)`.
 */
export function peakReadsWithin(
  readAt: readonly Date[],
  windowMinutes: number = UNUSUAL_READS_THRESHOLDS.burstWindowMinutes,
) {
  const times = readAt.map((d) => d.getTime()).sort((a, b) => a - b);
  const window = windowMinutes * 60_000;
  let peak = 0;
  let peakAt: Date | null = null;
  let start = 0;
  for (let end = 0; end < times.length; end++) {
    // Every read at the same instant as `end` belongs to its window (peers of the current row).
    let last = end;
    while (last + 1 < times.length && times[last + 1] === times[end]) last++;
    while (times[start]! < times[end]! - window) start++;
    const count = last - start + 1;
    if (count > peak) {
      peak = count;
      peakAt = new Date(times[end]!);
    }
    end = last;
  }
  return { peak, peakAt };
}

export type UnusualReadReason = 'BURST' | 'OUTSIDE_USUAL_FLOW';

/** What one reader did over the period, as the database aggregates it. */
export interface ReaderActivity {
  /** The most reads within the burst window. */
  readonly peakReadsInWindow: number;
  /** Different people read with no link to the reader's organisation. */
  readonly peopleOutsideUsualFlow: number;
}

/** Why a reader is listed as unusual (empty: it is not). */
export function unusualReadReasons(
  activity: ReaderActivity,
  thresholds: UnusualReadsThresholds = UNUSUAL_READS_THRESHOLDS,
): UnusualReadReason[] {
  const reasons: UnusualReadReason[] = [];
  if (activity.peakReadsInWindow > thresholds.burstReads) reasons.push('BURST');
  if (activity.peopleOutsideUsualFlow >= thresholds.outsideFlowPeople) reasons.push('OUTSIDE_USUAL_FLOW');
  return reasons;
}

export type UnusualReadsPeriodRefusal = 'UNUSUAL_READS_PERIOD_INVALID' | 'UNUSUAL_READS_PERIOD_TOO_LONG';

/** The period reviewed: `from` included, `to` excluded, at most `maxPeriodDays` long. */
export function unusualReadsPeriod(
  from: Date,
  to: Date,
  thresholds: UnusualReadsThresholds = UNUSUAL_READS_THRESHOLDS,
): Result<{ from: Date; to: Date }, UnusualReadsPeriodRefusal> {
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from.getTime() >= to.getTime())
    return refuse('UNUSUAL_READS_PERIOD_INVALID', 'La fin de la période doit suivre son début.');
  if (to.getTime() - from.getTime() > thresholds.maxPeriodDays * 86_400_000)
    return refuse(
      'UNUSUAL_READS_PERIOD_TOO_LONG',
      `La période examinée ne peut dépasser ${thresholds.maxPeriodDays} jours : choisissez une période plus courte.`,
    );
  return ok({ from, to });
}
