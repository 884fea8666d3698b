import { describe, expect, it } from 'vitest';
import { ctaAlerts, frenchList, ledCtas, quarterState, type MeetingsDueData, type QuarterData } from './cta-status.ts';

const quarter = (n: number, meetings: number, over: boolean): QuarterData => ({
  quarter: n,
  label: `T${n} 2026`,
  from: ['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01'][n - 1]!,
  to: ['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31'][n - 1]!,
  meetings,
  over,
});

const due = (quarters: QuarterData[], yearEnd: boolean): MeetingsDueData => {
  const missingQuarters = quarters.filter((q) => q.meetings === 0).map((q) => q.quarter);
  return {
    year: 2026,
    quarters,
    missingQuarters,
    yearEndMeetingWithSiaeHeads: yearEnd,
    compliant: missingQuarters.length === 0 && yearEnd,
  };
};

describe('a CTA against fiche 8', () => {
  it('tells a held, missed, current and coming quarter apart', () => {
    const today = '2026-08-15';
    expect(quarterState(quarter(1, 2, true), today)).toBe('held');
    expect(quarterState(quarter(2, 0, true), today)).toBe('missed');
    expect(quarterState(quarter(3, 0, false), today)).toBe('inProgress');
    expect(quarterState(quarter(4, 0, false), today)).toBe('upcoming');
  });

  it('lists the quarters over without a meeting, those still to hold and the year-end meeting to come', () => {
    const alerts = ctaAlerts(
      due([quarter(1, 0, true), quarter(2, 0, true), quarter(3, 1, false), quarter(4, 0, false)], false),
    );
    expect(alerts).toEqual([
      {
        kind: 'missed',
        severity: 'warning',
        text: 'Aucune réunion du CTA au T1 2026 et T2 2026 : le CTA se réunit chaque trimestre (fiche 8).',
      },
      { kind: 'pending', severity: 'info', text: 'Réunion encore à tenir : T4 2026.' },
      {
        kind: 'yearEnd',
        severity: 'info',
        text: 'La dernière réunion de l’année, au T4 2026, invite les responsables des SIAE (fiche 8).',
      },
    ]);
  });

  it('warns when the year is over and its last meeting did not invite the SIAE heads', () => {
    const alerts = ctaAlerts(
      due([quarter(1, 1, true), quarter(2, 1, true), quarter(3, 1, true), quarter(4, 1, true)], false),
    );
    expect(alerts).toEqual([
      {
        kind: 'yearEnd',
        severity: 'warning',
        text: 'La dernière réunion de l’année (T4 2026) n’a pas invité les responsables des SIAE (fiche 8).',
      },
    ]);
  });

  it('says so when the year is as fiche 8 asks', () => {
    const alerts = ctaAlerts(
      due([quarter(1, 1, true), quarter(2, 1, true), quarter(3, 1, true), quarter(4, 1, false)], true),
    );
    expect(alerts.map((alert) => [alert.kind, alert.severity])).toEqual([['compliant', 'success']]);
  });

  it('joins quarters the French way', () => {
    expect(frenchList([])).toBe('');
    expect(frenchList(['T1 2026'])).toBe('T1 2026');
    expect(frenchList(['T1 2026', 'T2 2026', 'T3 2026'])).toBe('T1 2026, T2 2026 et T3 2026');
  });

  it('keeps the CTA the agence leads', () => {
    const ctas = [
      { id: 'a', ledBy: { id: 'agence-1' } },
      { id: 'b', ledBy: { id: 'agence-2' } },
    ];
    expect(ledCtas(ctas, 'agence-2').map((cta) => cta.id)).toEqual(['b']);
  });
});
