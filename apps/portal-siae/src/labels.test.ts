import { describe, expect, it } from 'vitest';
import {
  awaitsAnswer,
  canRequestInitialApproval,
  contractKindLabel,
  isContractKind,
  personName,
  PRESCRIPTION_STATUSES,
  statusFromSearchParams,
} from './labels.ts';

describe('statuses shown in the Espace SIAE', () => {
  it('offers to answer only a prescription not answered yet', () => {
    expect(PRESCRIPTION_STATUSES.filter(awaitsAnswer)).toEqual(['SENT', 'SEEN']);
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
    expect(isContractKind('CDDI')).toBe(true);
    expect(isContractKind('CDD')).toBe(false);
  });

  it('writes names the administrative way', () => {
    expect(personName({ firstName: 'Jean', lastName: 'Dupont' })).toBe('Jean DUPONT');
  });
});
