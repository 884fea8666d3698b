// Where a CTA stands against fiche 8 of the accord ("Réunir le CTA selon une périodicité trimestrielle, dont le dernier
// en fin d'année invite les responsables de SIAE"), as the API computes it (ctaMeetingsDue): in words, for the agence
// that leads it. Nothing is recomputed here; only the quarters' dates are compared with today to tell a quarter in
// progress from one to come.
import { copy } from '../../copy.ts';

export interface QuarterData {
  quarter: number;
  label: string;
  from: string;
  to: string;
  meetings: number;
  over: boolean;
}

export interface MeetingsDueData {
  year: number;
  quarters: readonly QuarterData[];
  missingQuarters: readonly number[];
  yearEndMeetingWithSiaeHeads: boolean;
  compliant: boolean;
}

export type QuarterState = 'held' | 'missed' | 'inProgress' | 'upcoming';

/** A quarter with a meeting, over without one, in progress without one yet, or still to come. */
export function quarterState(quarter: QuarterData, today: string): QuarterState {
  if (quarter.meetings > 0) return 'held';
  if (quarter.over) return 'missed';
  return quarter.from <= today ? 'inProgress' : 'upcoming';
}

export type CtaAlertKind = 'missed' | 'pending' | 'yearEnd' | 'compliant';

export interface CtaAlert {
  kind: CtaAlertKind;
  severity: 'warning' | 'info' | 'success';
  text: string;
}

/** "T1 2026", "T1 2026 et T2 2026", "T1 2026, T2 2026 et T3 2026". */
export function frenchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${copy.cta.and}${items.at(-1)}`;
}

/**
 * What the agence has to know about a CTA's year: the quarters over without a meeting (missed), those still to hold,
 * the year-end meeting without the SIAE heads; or that the year is as fiche 8 asks.
 */
export function ctaAlerts(due: MeetingsDueData): CtaAlert[] {
  const t = copy.cta;
  if (due.compliant) return [{ kind: 'compliant', severity: 'success', text: t.compliant(due.year) }];
  const missing = due.quarters.filter((quarter) => due.missingQuarters.includes(quarter.quarter));
  const alerts: CtaAlert[] = [];
  const missed = missing.filter((quarter) => quarter.over);
  if (missed.length > 0) {
    alerts.push({ kind: 'missed', severity: 'warning', text: t.missed(frenchList(missed.map((q) => q.label))) });
  }
  const pending = missing.filter((quarter) => !quarter.over);
  if (pending.length > 0) {
    alerts.push({ kind: 'pending', severity: 'info', text: t.pending(frenchList(pending.map((q) => q.label))) });
  }
  if (!due.yearEndMeetingWithSiaeHeads) {
    const lastQuarter = due.quarters.find((quarter) => quarter.quarter === 4);
    const label = lastQuarter?.label ?? `T4 ${due.year}`;
    alerts.push(
      lastQuarter?.over
        ? { kind: 'yearEnd', severity: 'warning', text: t.yearEndMissed(label) }
        : { kind: 'yearEnd', severity: 'info', text: t.yearEndDue(label) },
    );
  }
  return alerts;
}

/** The CTA led by the agence (fiche 8: "Pôle emploi pilote et organise les CTA"), in the API's order. */
export function ledCtas<C extends { ledBy: { id: string } }>(ctas: readonly C[], agencyId: string): C[] {
  return ctas.filter((cta) => cta.ledBy.id === agencyId);
}
