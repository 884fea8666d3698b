import { describe, expect, it } from 'vitest';
import { approvalAlerts, type ApprovalAlertFacts } from './approval-alerts.js';
import { exitInterviewsDue } from './exit.js';

// accord, fiche 7: "Réaliser des entretiens tripartites, 2 à 3 mois avant la fin du contrat ou de l'agrément";
// annexe 4 §2.1 (24 months) and §2.2.2 (5 jours ouvrés, "à défaut de réponse … l'agrément est considéré acquis").
const base: ApprovalAlertFacts = {
  approvalEndOn: '2028-01-31',
  contracts: [{ startOn: '2026-02-01', endOn: '2027-02-20' }],
  requests: [],
  exited: false,
  interviewsHeldOn: [],
};
const kinds = (facts: ApprovalAlertFacts, today: string) => approvalAlerts(facts, today).map((a) => a.kind);

describe('approvalAlerts — the tripartite interview (fiche 7), same rule as exitInterviewsDue', () => {
  it('an agrément to 2028 with a contract ending 2027-02-20: the interview is due from 2026-11-20 (the diverged case)', () => {
    const alerts = approvalAlerts(base, '2026-12-02');
    expect(alerts).toEqual([
      {
        kind: 'EXIT_INTERVIEW_DUE',
        date: '2026-12-20',
        message: 'Entretien tripartite à organiser au plus tard le 20/12/2026 (fiche 7).',
      },
    ]);
    // exitInterviewsDue says the same for the same parcours.
    const due = exitInterviewsDue(
      [{ id: 'x', contractEndOn: '2027-02-20', approvalEndOn: '2028-01-31' }],
      '2026-12-02',
    );
    expect(due[0]?.window.to).toBe('2026-12-20');
  });

  it('agrees with exitInterviewsDue on every day around the window', () => {
    for (let day = 1; day <= 28; day++) {
      for (const month of ['2026-10', '2026-11', '2026-12', '2027-01', '2027-02']) {
        const today = `${month}-${String(day).padStart(2, '0')}`;
        const due =
          exitInterviewsDue([{ id: 'x', contractEndOn: '2027-02-20', approvalEndOn: '2028-01-31' }], today).length > 0;
        expect(kinds(base, today).includes('EXIT_INTERVIEW_DUE')).toBe(due);
      }
    }
  });

  it("an open-ended contract leaves the agrément's end; an ended contract no longer counts", () => {
    expect(kinds({ ...base, contracts: [{ startOn: '2026-02-01', endOn: null }] }, '2026-12-02')).toEqual([]);
    expect(kinds({ ...base, contracts: [{ startOn: '2026-02-01', endOn: null }] }, '2027-11-15')).toEqual([
      'APPROVAL_ENDING',
      'EXIT_INTERVIEW_DUE',
    ]);
    expect(
      kinds(
        { ...base, contracts: [{ startOn: '2026-02-01', endOn: '2027-02-20', endedOn: '2026-06-30' }] },
        '2026-12-02',
      ),
    ).toEqual([]);
  });

  it('held since the window opened: no alert; held before (an earlier end): still due', () => {
    expect(kinds({ ...base, interviewsHeldOn: ['2026-11-25'] }, '2026-12-02')).toEqual([]);
    expect(kinds({ ...base, interviewsHeldOn: ['2026-05-01'] }, '2026-12-02')).toEqual(['EXIT_INTERVIEW_DUE']);
  });

  it('planned: says "prévu le …" instead of "à organiser", from the planning on, until the end it prepares', () => {
    const planned = { ...base, interviewPlannedOn: '2026-12-10' };
    expect(approvalAlerts(planned, '2026-12-02')).toEqual([
      {
        kind: 'EXIT_INTERVIEW_PLANNED',
        date: '2026-12-10',
        message: 'Entretien tripartite prévu le 10/12/2026 (fiche 7) : enregistrez-le une fois tenu.',
      },
    ]);
    // Before the window opens, a planned interview is already announced.
    expect(kinds(planned, '2026-10-01')).toEqual(['EXIT_INTERVIEW_PLANNED']);
    // The planned day passed without a record: asked to record or plan again.
    expect(approvalAlerts(planned, '2026-12-15')[0]?.message).toMatch(
      /prévu le 10\/12\/2026 .* enregistrez-le s’il a eu lieu/,
    );
    // Held: no alert. After the end it prepared, the plan is stale (the next end's window is later): nothing.
    expect(kinds({ ...planned, interviewsHeldOn: ['2026-12-10'] }, '2026-12-15')).toEqual([]);
    expect(kinds(planned, '2027-02-21')).toEqual([]);
  });
});

describe('approvalAlerts — requests and the end of the agrément (annexe 4 §2.1, §2.2.2)', () => {
  const request = { kind: 'SUSPENSION', status: 'PENDING', deadline: '2026-12-04' } as const;

  it('a pending request until the end of its stored deadline day; past it, acquired: no alert', () => {
    expect(approvalAlerts({ ...base, requests: [request] }, '2026-12-04')[0]).toEqual({
      kind: 'REQUEST_PENDING',
      date: '2026-12-04',
      requestKind: 'SUSPENSION',
      message: "Demande de suspension d'agrément en attente : réponse attendue au plus tard le 04/12/2026.",
    });
    expect(kinds({ ...base, requests: [request] }, '2026-12-05')).not.toContain('REQUEST_PENDING');
    expect(kinds({ ...base, requests: [{ ...request, status: 'GRANTED' }] }, '2026-12-01')).not.toContain(
      'REQUEST_PENDING',
    );
  });

  it('the agrément ends within 3 months; after a sortie only the pending requests remain', () => {
    const ending = { ...base, approvalEndOn: '2027-02-28', contracts: [{ startOn: '2025-03-01', endOn: null }] };
    expect(kinds(ending, '2026-12-02')).toEqual(['APPROVAL_ENDING', 'EXIT_INTERVIEW_DUE']);
    expect(kinds(ending, '2026-11-27')).toEqual([]);
    expect(kinds({ ...ending, exited: true, requests: [request] }, '2026-12-02')).toEqual(['REQUEST_PENDING']);
  });
});
