import { APPEAL_STATUS_LABELS, CONTRACT_KIND_LABELS, prescriptionTransition } from '@navette/domain';
import { describe, expect, it } from 'vitest';
import {
  agreementActions,
  appealStatusLabel,
  awaitsAnswer,
  canRequestInitialApproval,
  contractKindLabel,
  isContractKind,
  personName,
  PRESCRIPTION_STATUSES,
  siaeRequestActions,
  statusFromSearchParams,
} from './labels.ts';

describe('statuses shown in the Espace SIAE', () => {
  it('offers to answer exactly when the API’s transition (@navette/domain) accepts the prescription', () => {
    for (const status of PRESCRIPTION_STATUSES)
      expect(awaitsAnswer(status)).toBe(prescriptionTransition(status, 'ACCEPT').ok);
    expect(PRESCRIPTION_STATUSES.filter(awaitsAnswer)).toEqual(['SENT', 'SEEN']);
  });

  it('completes a pending request and appeals a refusal once (the domain’s table, annexe 4 §2.2.2-2.2.3)', () => {
    expect(siaeRequestActions({ status: 'PENDING' })).toEqual(['COMPLETE']);
    expect(siaeRequestActions({ status: 'TACITLY_GRANTED' })).toEqual([]);
    expect(siaeRequestActions({ status: 'REFUSED', appeal: null })).toEqual(['APPEAL']);
    expect(siaeRequestActions({ status: 'REFUSED', appeal: { status: 'DISMISSED' } })).toEqual([]);
    expect(siaeRequestActions({ status: 'GRANTED' })).toEqual([]);
  });

  it('offers the initial agrément request once the person is accepted, unless one is pending or granted', () => {
    expect(canRequestInitialApproval('ACCEPTED', [])).toBe(true);
    expect(canRequestInitialApproval('SEEN', [])).toBe(false);
    expect(canRequestInitialApproval('ACCEPTED', [{ kind: 'INITIAL', status: 'PENDING' }])).toBe(false);
    expect(canRequestInitialApproval('ACCEPTED', [{ kind: 'INITIAL', status: 'TACITLY_GRANTED' }])).toBe(false);
    // After a refusal, the SIAE may file a new complete request.
    expect(canRequestInitialApproval('ACCEPTED', [{ kind: 'INITIAL', status: 'REFUSED' }])).toBe(true);
  });

  it('reads the status filter from the URL, ignoring unknown values', () => {
    expect(statusFromSearchParams(new URLSearchParams('statut=seen'))).toBe('SEEN');
    expect(statusFromSearchParams(new URLSearchParams('statut=x'))).toBeNull();
  });

  it('labels contract kinds in French and recognises them', () => {
    expect(contractKindLabel('CDI_INCLUSION')).toBe('CDI inclusion');
    expect(contractKindLabel('CDDI')).toBe(CONTRACT_KIND_LABELS.CDDI);
    expect(isContractKind('CDDI')).toBe(true);
    expect(isContractKind('CDD')).toBe(false);
  });

  it('offers to edit and sign a draft not signed by the SIAE yet, and to terminate a signed convention only', () => {
    expect(agreementActions({ status: 'DRAFT', siaeSignedOn: null })).toEqual({
      edit: true,
      sign: true,
      terminate: false,
    });
    expect(agreementActions({ status: 'DRAFT', siaeSignedOn: '2026-11-23' }).sign).toBe(false);
    expect(agreementActions({ status: 'SIGNED', siaeSignedOn: '2026-11-23' })).toEqual({
      edit: false,
      sign: false,
      terminate: true,
    });
    expect(agreementActions({ status: 'EXPIRED' })).toEqual({ edit: false, sign: false, terminate: false });
    expect(agreementActions({ status: 'TERMINATED' })).toEqual({ edit: false, sign: false, terminate: false });
  });

  it('says where an appeal stands with the API’s words', () => {
    expect(appealStatusLabel('PENDING')).toBe(APPEAL_STATUS_LABELS.PENDING);
    expect(appealStatusLabel('DISMISSED')).toBe('Recours rejeté');
  });

  it('writes names the administrative way', () => {
    expect(personName({ firstName: 'Jean', lastName: 'Dupont' })).toBe('Jean DUPONT');
  });
});
