import { describe, expect, it } from 'vitest';
import {
  appealToAnswer,
  approvalEnding,
  approvalRefused,
  approvalRequestPending,
  contractToRecord,
  conventionToSign,
  countPendingWork,
  ctaMeetingDue,
  ctaMinutesToSend,
  decisionDue,
  exitBilanToRead,
  habilitationLapsing,
  pendingWorkDaysLeft,
  prescriptionToAnswer,
  prescriptionUnanswered,
  registrationChecksDue,
  roadmapActionLate,
  sortPendingWork,
  steeringDocumentsDue,
  steeringMeetingsDue,
  suspensionEnding,
} from './pending-work.js';

const today = '2026-12-03';

describe('prescripteur (issue 14 §1)', () => {
  // Chosen delay (the accord is silent): a fiche unanswered 10 days after it was sent.
  it('a fiche sent or seen and unanswered is flagged from its 10th day, not before, not once answered', () => {
    expect(prescriptionUnanswered({ status: 'SENT', sentOn: '2026-11-23' }, today)?.dueOn).toBe('2026-12-03');
    expect(prescriptionUnanswered({ status: 'SEEN', sentOn: '2026-11-01' }, today)?.kind).toBe(
      'PRESCRIPTION_UNANSWERED',
    );
    expect(prescriptionUnanswered({ status: 'SENT', sentOn: '2026-11-24' }, today)).toBeNull();
    expect(prescriptionUnanswered({ status: 'ACCEPTED', sentOn: '2026-11-01' }, today)).toBeNull();
  });
  // annexe 4 §2.2.3: "Un recours écrit suite à un refus pourra être fait par la SIAE" — shown 2 months (chosen).
  it('a refusal not appealed is shown for 2 months after the decision', () => {
    const refused = { status: 'REFUSED' as const, deadline: '2026-10-10', decidedOn: '2026-10-08' };
    expect(approvalRefused(refused, today)).toMatchObject({ kind: 'APPROVAL_REFUSED', dueOn: '2026-12-08' });
    expect(approvalRefused(refused, '2026-12-09')).toBeNull();
    expect(approvalRefused({ ...refused, appealStatus: 'PENDING' }, today)).toBeNull();
  });
  // fiche 7: the tripartite interview's bilan is sent to the prescripteur; to read within 30 days (chosen).
  it('an exit bilan sent to the prescripteur is to read for 30 days', () => {
    expect(exitBilanToRead({ number: 'X', sentToPrescriberOn: '2026-11-20' }, today)?.dueOn).toBe('2026-12-20');
    expect(exitBilanToRead({ number: 'X', sentToPrescriberOn: '2026-10-20' }, today)).toBeNull();
    expect(exitBilanToRead({ number: 'X', sentToPrescriberOn: null }, today)).toBeNull();
  });
  // fiche 2: "listes départementales des prescripteurs habilités" (by the préfet, for a period); 3 months' notice (chosen).
  it('an habilitation ending within 3 months is to renew; a prescripteur de droit (no end) has none', () => {
    expect(habilitationLapsing({ habilitationEndOn: '2027-03-03' }, today)?.kind).toBe('HABILITATION_LAPSING');
    expect(habilitationLapsing({ habilitationEndOn: '2027-03-04' }, today)).toBeNull();
    expect(habilitationLapsing({ habilitationEndOn: null }, today)).toBeNull();
  });
});

describe('SIAE (issue 14 §1)', () => {
  it('a new fiche is to answer within 10 days of its sending (chosen), seen or not', () => {
    expect(prescriptionToAnswer({ status: 'SENT', sentOn: '2026-12-01' })?.dueOn).toBe('2026-12-11');
    expect(prescriptionToAnswer({ status: 'REFUSED', sentOn: '2026-12-01' })).toBeNull();
  });
  // annexe 4 §2.2.2: "A défaut de réponse dans ces délais, l'agrément est considéré acquis".
  it('a request is pending until its deadline, then acquired (no longer waiting)', () => {
    const r = { status: 'PENDING' as const, deadline: '2026-12-04' };
    expect(approvalRequestPending(r, today)?.dueOn).toBe('2026-12-04');
    expect(approvalRequestPending(r, '2026-12-05')).toBeNull();
    expect(decisionDue(r, '2026-12-04')?.kind).toBe('DECISION_DUE');
    expect(decisionDue(r, '2026-12-05')).toBeNull();
  });
  it('an agrément granted without a contract asks for the contract; not once one is recorded or after a sortie', () => {
    const a = { number: '999992600001', startOn: '2026-12-07', endOn: '2028-12-06', contracts: 0, exited: false };
    expect(contractToRecord(a, today)?.dueOn).toBe('2026-12-07');
    expect(contractToRecord({ ...a, contracts: 1 }, today)).toBeNull();
    expect(contractToRecord({ ...a, exited: true }, today)).toBeNull();
  });
  // annexe 4 §2.1 and the agrément's alerts: the end of an agrément is announced 3 months ahead.
  it('an agrément ending within 3 months is listed, not after a sortie', () => {
    const a = { number: 'N', startOn: '2025-03-01', endOn: '2027-02-28', exited: false };
    expect(approvalEnding(a, today)?.dueOn).toBe('2027-02-28');
    expect(approvalEnding({ ...a, endOn: '2027-03-04' }, today)).toBeNull();
    expect(approvalEnding({ ...a, exited: true }, today)).toBeNull();
  });
  // annexe 4 §2.2.4 fixes no notice: 15 days (chosen).
  it('a suspension ending within 15 days is listed', () => {
    expect(suspensionEnding({ number: 'N', endOn: '2026-12-18' }, today)?.kind).toBe('SUSPENSION_ENDING');
    expect(suspensionEnding({ number: 'N', endOn: '2026-12-19' }, today)).toBeNull();
    expect(suspensionEnding({ number: 'N', endOn: null }, today)).toBeNull();
  });
});

describe('agence (issue 14 §1)', () => {
  it('an appeal is to answer within 30 days (chosen; annexe 4 §2.2.3 sets none)', () => {
    const r = { status: 'REFUSED' as const, deadline: '2026-11-10', appealStatus: 'PENDING', appealedOn: '2026-11-20' };
    expect(appealToAnswer(r)?.dueOn).toBe('2026-12-20');
    expect(appealToAnswer({ ...r, appealStatus: 'DISMISSED' })).toBeNull();
  });
  it('a draft convention is to sign by the party that has not signed, due at its start', () => {
    const c = { status: 'DRAFT', startOn: '2027-01-01', signedByCaller: false, siae: 'Envie' };
    expect(conventionToSign(c, 'AGENCY')?.label).toContain('Envie');
    expect(conventionToSign({ ...c, signedByCaller: true }, 'AGENCY')).toBeNull();
    expect(conventionToSign({ ...c, status: 'SIGNED' }, 'SIAE')).toBeNull();
  });
  // fiche 8: "Réunir le CTA selon une périodicité trimestrielle, dont le dernier en fin d'année invite les responsables".
  it('a CTA without a meeting this quarter is due by its end; the year-end one invites the SIAE heads', () => {
    const due = ctaMeetingDue({ name: 'CTA de Besançon', meetings: [{ heldOn: '2026-09-15' }] }, today);
    expect(due).toMatchObject({ kind: 'CTA_MEETING_DUE', dueOn: '2026-12-31' });
    expect(due?.label).toContain('responsables des SIAE');
    expect(ctaMeetingDue({ name: 'CTA', meetings: [{ heldOn: '2026-10-15' }] }, today)).toBeNull();
  });
  it('the minutes of a held CTA meeting are to send to the CDIAE within 30 days (chosen)', () => {
    const m = { ctaName: 'CTA', heldOn: '2026-11-20', minutesSentToCdiaeOn: null };
    expect(ctaMinutesToSend(m, today)?.dueOn).toBe('2026-12-20');
    expect(ctaMinutesToSend({ ...m, minutesSentToCdiaeOn: '2026-11-25' }, today)).toBeNull();
    expect(ctaMinutesToSend({ ...m, heldOn: '2026-12-10' }, today)).toBeNull();
  });
  // fiche 7: "% de personnes inscrites à Pôle emploi 6 mois après la fin de leur agrément".
  it('the 6-month registration checks due make one item whatever their number, due on the longest waiting', () => {
    const many = registrationChecksDue({ count: 1250, oldestDueOn: '2026-06-30' });
    expect(many).toMatchObject({ kind: 'REGISTRATION_CHECKS_DUE', dueOn: '2026-06-30' });
    expect(many?.label).toContain('1\u202f250 agréments');
    expect(many?.label).toContain('30/06/2026');
    expect(registrationChecksDue({ count: 1, oldestDueOn: '2026-12-01' })?.label).toMatch(/^1 agrément terminé/);
    expect(registrationChecksDue({ count: 0, oldestDueOn: null })).toBeNull();
    expect(registrationChecksDue({ count: 3, oldestDueOn: null })).toBeNull();
  });
  // annexe 4 §2.2.2: days left to decide in jours ouvrés, as the request's workingDaysLeft.
  it('days left: working days for a decision (a weekend in between), calendar days otherwise, negative when late', () => {
    expect(pendingWorkDaysLeft('2026-12-04', '2026-12-08', '25')).toBe(2);
    expect(pendingWorkDaysLeft('2026-12-04', '2026-12-08')).toBe(4);
    expect(pendingWorkDaysLeft(today, today)).toBe(0);
    expect(pendingWorkDaysLeft(today, '2026-11-30')).toBe(-3);
  });
});

describe('comité de pilotage, État (issue 14 §1)', () => {
  // accord, article 3: "au moins 2 fois par an"; documents "au plus tard 10 jours avant".
  it('meetings missing this year, documents due 10 days before a meeting to come', () => {
    expect(steeringMeetingsDue([{ heldOn: '2026-03-10' }], today)).toMatchObject({
      dueOn: '2026-12-31',
      label: expect.stringContaining('Une réunion') as unknown,
    });
    expect(steeringMeetingsDue([{ heldOn: '2026-03-10' }, { heldOn: '2026-10-10' }], today)).toBeNull();
    expect(steeringDocumentsDue({ heldOn: '2026-12-20', documentsSentOn: null }, today)?.dueOn).toBe('2026-12-10');
    expect(steeringDocumentsDue({ heldOn: '2026-12-20', documentsSentOn: '2026-12-01' }, today)).toBeNull();
    expect(steeringDocumentsDue({ heldOn: '2026-11-20', documentsSentOn: null }, today)).toBeNull();
  });
  it('an action of a past year neither done nor dropped is late', () => {
    expect(roadmapActionLate({ year: 2025, action: 'A', status: 'IN_PROGRESS' }, today)?.dueOn).toBe('2025-12-31');
    expect(roadmapActionLate({ year: 2025, action: 'A', status: 'DONE' }, today)).toBeNull();
    expect(roadmapActionLate({ year: 2026, action: 'A', status: 'PLANNED' }, today)).toBeNull();
  });
});

describe('order and counts', () => {
  it('sorted by due date, counted per kind', () => {
    const items = [
      { kind: 'DECISION_DUE' as const, dueOn: '2026-12-08' },
      { kind: 'APPEAL_TO_ANSWER' as const, dueOn: '2026-12-01' },
      { kind: 'DECISION_DUE' as const, dueOn: '2026-12-04' },
    ];
    expect(sortPendingWork(items).map((i) => i.dueOn)).toEqual(['2026-12-01', '2026-12-04', '2026-12-08']);
    expect(countPendingWork(items)).toEqual([
      { kind: 'DECISION_DUE', count: 2 },
      { kind: 'APPEAL_TO_ANSWER', count: 1 },
    ]);
  });
});
