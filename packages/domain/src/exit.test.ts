import { describe, expect, it } from 'vitest';
import {
  EXIT_OUTCOMES,
  EXIT_OUTCOME_LABELS,
  exitBilanForPrescriber,
  exitInterviewsDue,
  exitInterviewWindow,
} from './exit.js';

// accord, fiche 7: "Réaliser des entretiens tripartites, 2 à 3 mois avant la fin du contrat ou de l'agrément"
describe('exitInterviewWindow (accord, fiche 7)', () => {
  it('runs from 3 months to 2 months before the end', () => {
    expect(exitInterviewWindow('2025-06-30')).toEqual({ from: '2025-03-30', to: '2025-04-30' });
  });

  it('clamps to the end of shorter months', () => {
    expect(exitInterviewWindow('2025-05-31')).toEqual({ from: '2025-02-28', to: '2025-03-31' });
    expect(exitInterviewWindow('2024-05-31')).toEqual({ from: '2024-02-29', to: '2024-03-31' });
  });
});

describe('exitInterviewsDue (accord, fiche 7)', () => {
  const parcours = [
    { id: 'a', contractEndOn: '2025-06-30', approvalEndOn: '2026-01-31' }, // window 30/03 – 30/04
    { id: 'b', contractEndOn: '2025-09-30', approvalEndOn: '2025-06-15' }, // agrément ends first: 15/03 – 15/04
    { id: 'c', contractEndOn: '2025-06-30', exitInterviewOn: '2025-04-02' }, // done in the window
    { id: 'd', contractEndOn: '2025-06-30', exitInterviewOn: '2024-12-01' }, // done for an earlier end
    { id: 'e', contractEndOn: '2025-12-31' }, // window not open yet
    { id: 'f' }, // no end known
  ];

  it('lists open windows without an interview, earliest end first', () => {
    const due = exitInterviewsDue(parcours, '2025-04-10');
    expect(due.map((d) => d.parcours.id)).toEqual(['b', 'a', 'd']);
    expect(due[0]).toMatchObject({ endOn: '2025-06-15', window: { from: '2025-03-15', to: '2025-04-15' } });
  });

  it('uses inclusive bounds', () => {
    expect(exitInterviewsDue(parcours, '2025-03-30').map((d) => d.parcours.id)).toContain('a');
    expect(exitInterviewsDue(parcours, '2025-04-30').map((d) => d.parcours.id)).toContain('a');
    expect(exitInterviewsDue(parcours, '2025-05-01').map((d) => d.parcours.id)).not.toContain('a');
    expect(exitInterviewsDue(parcours, '2025-03-29').map((d) => d.parcours.id)).not.toContain('a');
  });
});

describe('exit outcomes (accord, fiche 7)', () => {
  it('has a French label for each outcome', () => {
    expect(EXIT_OUTCOMES).toEqual(['DURABLE_JOB', 'TRANSITION_JOB', 'TRAINING', 'OTHER']);
    for (const outcome of EXIT_OUTCOMES) expect(EXIT_OUTCOME_LABELS[outcome].label.length).toBeGreaterThan(0);
  });
});

// accord, fiche 7: "le bilan de l'entretien est transmis au référent Pôle emploi et au prescripteur".
describe('exitBilanForPrescriber (accord, fiche 7)', () => {
  it('is nothing before the SIAE sends the bilan to the prescripteur', () => {
    expect(exitBilanForPrescriber([])).toBeNull();
    expect(exitBilanForPrescriber([{ heldOn: '2026-03-02', sentToPrescriberOn: null }])).toBeNull();
  });
  it('is the latest bilan sent, never one kept by the SIAE', () => {
    const first = { heldOn: '2025-10-01', sentToPrescriberOn: '2025-10-01' };
    const kept = { heldOn: '2026-03-02', sentToPrescriberOn: null };
    const second = { heldOn: '2026-01-15', sentToPrescriberOn: '2026-01-16' };
    expect(exitBilanForPrescriber([kept, first, second])).toBe(second);
    expect(exitBilanForPrescriber([first, kept])).toBe(first);
  });
});
