import { describe, expect, it } from 'vitest';
import { APPROVAL_REQUEST_STATUSES } from './approval-deadline.js';
import { COOPERATION_AGREEMENT_STATUSES } from './cooperation-agreement.js';
import { PRESCRIPTION_STATUSES, prescriptionTransition } from './prescription-status.js';
import { validateCooperationAgreementTermination } from './cooperation-agreement.js';
import {
  approvalRequestActions,
  canRequestInitialApproval,
  cooperationAgreementActions,
  prescriptionActions,
} from './transitions.js';

describe('prescription actions by status (fiche 4)', () => {
  it('reads the same table as prescriptionTransition: an action is offered exactly when the transition is allowed', () => {
    for (const status of PRESCRIPTION_STATUSES) {
      for (const action of ['SEE', 'ACCEPT', 'REFUSE', 'WITHDRAW', 'HIRE'] as const) {
        expect(prescriptionActions(status).includes(action)).toBe(prescriptionTransition(status, action).ok);
      }
    }
  });

  it('the prescripteur withdraws a fiche the SIAE has not answered; the SIAE may still refuse after accepting', () => {
    expect(prescriptionActions('SENT', 'PRESCRIBER')).toEqual(['WITHDRAW']);
    expect(prescriptionActions('SEEN', 'PRESCRIBER')).toEqual(['WITHDRAW']);
    expect(prescriptionActions('ACCEPTED', 'PRESCRIBER')).toEqual([]);
    expect(prescriptionActions('SEEN', 'SIAE')).toEqual(['ACCEPT', 'REFUSE']);
    expect(prescriptionActions('ACCEPTED', 'SIAE')).toEqual(['REFUSE', 'HIRE']);
    for (const final of ['REFUSED', 'WITHDRAWN', 'HIRED'] as const) expect(prescriptionActions(final)).toEqual([]);
  });
});

describe('demande d’agrément actions (annexe 4 §2.2.2-2.2.3)', () => {
  it('Pôle emploi decides a pending request only ("5 jours ouvrés pour donner ou non son accord"); the SIAE completes it', () => {
    expect(approvalRequestActions({ status: 'PENDING' }, 'AGENCY')).toEqual(['DECIDE']);
    expect(approvalRequestActions({ status: 'PENDING' }, 'SIAE')).toEqual(['COMPLETE']);
    for (const status of APPROVAL_REQUEST_STATUSES.filter((s) => s !== 'PENDING')) {
      expect(approvalRequestActions({ status }, 'AGENCY')).not.toContain('DECIDE');
      expect(approvalRequestActions({ status }, 'SIAE')).not.toContain('COMPLETE');
    }
  });

  it('"un recours écrit suite à un refus": one appeal, on a refusal only, decided by the agency director', () => {
    expect(approvalRequestActions({ status: 'REFUSED', appealStatus: null }, 'SIAE')).toEqual(['APPEAL']);
    expect(approvalRequestActions({ status: 'REFUSED', appealStatus: 'PENDING' }, 'SIAE')).toEqual([]);
    expect(approvalRequestActions({ status: 'REFUSED', appealStatus: 'PENDING' }, 'AGENCY')).toEqual(['DECIDE_APPEAL']);
    expect(approvalRequestActions({ status: 'REFUSED', appealStatus: 'DISMISSED' }, 'AGENCY')).toEqual([]);
    for (const status of ['PENDING', 'GRANTED', 'TACITLY_GRANTED', 'CLOSED'] as const) {
      expect(approvalRequestActions({ status }, 'SIAE')).not.toContain('APPEAL');
    }
    // An upheld appeal grants the agrément: the request is then GRANTED, and nothing is left to decide.
    expect(approvalRequestActions({ status: 'GRANTED', appealStatus: 'UPHELD' })).toEqual([]);
  });

  it('the initial request follows an accepted prescription, once while another is pending or granted', () => {
    expect(canRequestInitialApproval('ACCEPTED', [])).toBe(true);
    expect(canRequestInitialApproval('SEEN', [])).toBe(false);
    expect(canRequestInitialApproval('ACCEPTED', [{ kind: 'INITIAL', status: 'PENDING' }])).toBe(false);
    expect(canRequestInitialApproval('ACCEPTED', [{ kind: 'INITIAL', status: 'TACITLY_GRANTED' }])).toBe(false);
    expect(canRequestInitialApproval('ACCEPTED', [{ kind: 'INITIAL', status: 'REFUSED' }])).toBe(true);
    expect(canRequestInitialApproval('ACCEPTED', [{ kind: 'INITIAL', status: 'CLOSED' }])).toBe(true);
  });
});

describe('convention de coopération actions (accord, article 2)', () => {
  it('each party signs the draft once; a draft only is edited; a signed one in progress only is terminated', () => {
    expect(cooperationAgreementActions({ status: 'DRAFT' }, 'SIAE')).toEqual(['EDIT', 'SIGN']);
    expect(cooperationAgreementActions({ status: 'DRAFT', siaeSignedOn: '2026-03-02' }, 'SIAE')).toEqual(['EDIT']);
    expect(cooperationAgreementActions({ status: 'DRAFT', siaeSignedOn: '2026-03-02' }, 'AGENCY')).toEqual([
      'EDIT',
      'SIGN',
    ]);
    expect(cooperationAgreementActions({ status: 'SIGNED' }, 'AGENCY')).toEqual(['TERMINATE']);
    expect(cooperationAgreementActions({ status: 'EXPIRED' }, 'AGENCY')).toEqual([]);
    expect(cooperationAgreementActions({ status: 'TERMINATED' }, 'SIAE')).toEqual([]);
  });

  it('offers TERMINATE exactly when validateCooperationAgreementTermination accepts it', () => {
    for (const status of COOPERATION_AGREEMENT_STATUSES) {
      const offered = cooperationAgreementActions({ status }, 'SIAE').includes('TERMINATE');
      expect(offered).toBe(
        validateCooperationAgreementTermination({ status, startOn: '2026-01-01', endOn: null }, '2026-06-01').ok,
      );
    }
  });
});
