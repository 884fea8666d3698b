import { addDays, compareIsoDates, toPlainDate, type IsoDate } from './iso-date.js';

export interface CtaMeeting {
  /** Bassin d'emploi (employment area) of the CTA. */
  readonly employmentAreaId: string;
  readonly heldOn: IsoDate;
  /** The heads of the SIAE were invited (bilan of the year, fiche 8). */
  readonly withSiaeHeads?: boolean;
}

export interface QuarterCheck {
  readonly quarter: 1 | 2 | 3 | 4;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly meetings: number;
}

export interface CtaYearCheck {
  readonly employmentAreaId: string;
  readonly quarters: readonly QuarterCheck[];
  /** Quarters of the year without any CTA meeting. */
  readonly missingQuarters: readonly (1 | 2 | 3 | 4)[];
  /** The last meeting of the year is in the fourth quarter and invited the SIAE heads. */
  readonly yearEndMeetingWithSiaeHeads: boolean;
  /** No missing quarter and the year-end meeting invited the SIAE heads. */
  readonly compliant: boolean;
}

const QUARTERS = [1, 2, 3, 4] as const;

function quarterOf(date: IsoDate): 1 | 2 | 3 | 4 {
  return QUARTERS[Math.floor((toPlainDate(date).month - 1) / 3)] as 1 | 2 | 3 | 4;
}

function quarterBounds(year: number, quarter: 1 | 2 | 3 | 4): { from: IsoDate; to: IsoDate } {
  const pad = (n: number) => String(n).padStart(2, '0');
  const y = String(year).padStart(4, '0');
  const from = `${y}-${pad(quarter * 3 - 2)}-01`;
  const to = addDays(
    quarter === 4 ? `${String(year + 1).padStart(4, '0')}-01-01` : `${y}-${pad(quarter * 3 + 1)}-01`,
    -1,
  );
  return { from, to };
}

/**
 * CTA meetings of a year, per employment area (accord, fiche 8: "Réunir le CTA selon une
 * périodicité trimestrielle, dont le dernier en fin d'année invite les responsables de SIAE").
 * Reading: at least one meeting in each calendar quarter, and the last meeting of the year
 * falls in the fourth quarter with the SIAE heads invited. Areas come from the meetings and
 * from `employmentAreas` (to report areas that met not at all), sorted by id.
 */
export function ctaMeetingsDue(
  year: number,
  meetings: readonly CtaMeeting[],
  { employmentAreas = [] }: { readonly employmentAreas?: readonly string[] } = {},
): CtaYearCheck[] {
  if (!Number.isInteger(year)) throw new RangeError(`year must be an integer, got ${year}`);
  const ofYear = meetings.filter((m) => toPlainDate(m.heldOn).year === year);
  const areas = [...new Set([...employmentAreas, ...ofYear.map((m) => m.employmentAreaId)])].sort();
  return areas.map((employmentAreaId) => {
    const mine = ofYear.filter((m) => m.employmentAreaId === employmentAreaId);
    const quarters = QUARTERS.map((quarter) => ({
      quarter,
      ...quarterBounds(year, quarter),
      meetings: mine.filter((m) => quarterOf(m.heldOn) === quarter).length,
    }));
    const missingQuarters = quarters.filter((q) => q.meetings === 0).map((q) => q.quarter);
    const lastDay = mine
      .map((m) => m.heldOn)
      .sort(compareIsoDates)
      .at(-1);
    const yearEndMeetingWithSiaeHeads =
      lastDay !== undefined &&
      quarterOf(lastDay) === 4 &&
      mine.some((m) => m.heldOn === lastDay && m.withSiaeHeads === true);
    return {
      employmentAreaId,
      quarters,
      missingQuarters,
      yearEndMeetingWithSiaeHeads,
      compliant: missingQuarters.length === 0 && yearEndMeetingWithSiaeHeads,
    };
  });
}

/** accord, article 3: documents "transmis au plus tard 10 jours avant les dates fixées". */
export const STEERING_DOCUMENTS_DAYS_BEFORE = 10;

/**
 * Were the documents of a comité de pilotage meeting sent in time? (accord, article 3)
 * "Au plus tard 10 jours avant" is read in calendar days: sent on or before meetingOn − 10 days.
 *   steeringDocumentsOnTime('2024-06-20', '2024-06-10') === true; '2024-06-11' → false
 */
export function steeringDocumentsOnTime(meetingOn: IsoDate, sentOn: IsoDate): boolean {
  return compareIsoDates(sentOn, addDays(meetingOn, -STEERING_DOCUMENTS_DAYS_BEFORE)) <= 0;
}

/** accord, article 3: "Le comité de pilotage se réunit au moins 2 fois par an". */
export const STEERING_MIN_MEETINGS_PER_YEAR = 2;

/**
 * How many comité de pilotage meetings are missing in `year` (0 when at least 2 were held).
 * Meetings on the same day count once (one meeting, possibly recorded twice).
 */
export function steeringMeetingsShortfall(year: number, meetings: readonly { readonly heldOn: IsoDate }[]): number {
  if (!Number.isInteger(year)) throw new RangeError(`year must be an integer, got ${year}`);
  const days = new Set(meetings.filter((m) => toPlainDate(m.heldOn).year === year).map((m) => m.heldOn));
  return Math.max(0, STEERING_MIN_MEETINGS_PER_YEAR - days.size);
}
