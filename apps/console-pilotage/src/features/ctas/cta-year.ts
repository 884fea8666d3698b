// What the console says of a CTA's year, from what the API checked (ctaMeetingsDue, accord fiche 8: a meeting every
// quarter, the last one of the year, in the fourth quarter, with the heads of the SIAE). Nothing is recomputed here:
// the quarters without a meeting and the year-end meeting come from the API; this only tells what is already late
// (a quarter over) from what is still to come.

export interface CtaQuarterData {
  quarter: number;
  label: string;
  from: string;
  meetings: number;
  /** The quarter's last day has passed. */
  over: boolean;
}

export interface CtaYearData {
  missingQuarters: readonly number[];
  yearEndMeetingWithSiaeHeads: boolean;
  compliant: boolean;
  quarters: readonly CtaQuarterData[];
}

export type QuarterState = 'met' | 'missed' | 'running' | 'upcoming';

export function quarterState(quarter: CtaQuarterData, today: string): QuarterState {
  if (quarter.meetings > 0) return 'met';
  if (quarter.over) return 'missed';
  return quarter.from <= today ? 'running' : 'upcoming';
}

export interface CtaFollowUp {
  /** Quarters over without any meeting. */
  missed: string[];
  /** Quarters without a meeting yet that are not over. */
  pending: string[];
  yearEnd: 'held' | 'missed' | 'pending';
  status: 'compliant' | 'toWatch' | 'notCompliant';
}

export function ctaFollowUp(year: CtaYearData): CtaFollowUp {
  const missing = year.quarters.filter((quarter) => year.missingQuarters.includes(quarter.quarter));
  const missed = missing.filter((quarter) => quarter.over).map((quarter) => quarter.label);
  const pending = missing.filter((quarter) => !quarter.over).map((quarter) => quarter.label);
  const fourth = year.quarters.find((quarter) => quarter.quarter === 4);
  const yearEnd = year.yearEndMeetingWithSiaeHeads ? 'held' : fourth?.over ? 'missed' : 'pending';
  const status = year.compliant ? 'compliant' : missed.length > 0 || yearEnd === 'missed' ? 'notCompliant' : 'toWatch';
  return { missed, pending, yearEnd, status };
}

/** "T1 2026", "T1 2026 et T2 2026", "T1 2026, T2 2026 et T3 2026". */
export function joinLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} et ${labels.at(-1)}`;
}

/** A free-text list of participants, one per line, as a list. */
export function participantLines(participants: string): string[] {
  return participants
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The anchor of a CTA's section: "cta-25-bes". */
export const ctaAnchor = (employmentAreaCode: string) =>
  `cta-${employmentAreaCode.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
