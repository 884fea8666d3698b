import { COOPERATION_AGREEMENT_STATUS_LABELS, COOPERATION_AGREEMENT_STATUSES } from '@navette/domain';
import { describe, expect, it } from 'vitest';
import {
  agreementActions,
  agreementStatusLabel,
  cooperationFiltersFromSearchParams,
  cooperationFiltersToSearchParams,
} from './labels.ts';

describe('conventions in the Espace agence', () => {
  it('offers to edit and sign a draft the agence has not signed yet, and to terminate a signed convention only', () => {
    expect(agreementActions({ status: 'DRAFT', agencySignedOn: null })).toEqual({
      edit: true,
      sign: true,
      terminate: false,
    });
    expect(agreementActions({ status: 'DRAFT', agencySignedOn: '2026-11-23' }).sign).toBe(false);
    expect(agreementActions({ status: 'SIGNED' })).toEqual({ edit: false, sign: false, terminate: true });
    expect(agreementActions({ status: 'EXPIRED' })).toEqual({ edit: false, sign: false, terminate: false });
  });

  it('labels the statuses like the API does (@navette/domain)', () => {
    for (const status of COOPERATION_AGREEMENT_STATUSES) {
      expect(agreementStatusLabel(status)).toBe(COOPERATION_AGREEMENT_STATUS_LABELS[status]);
    }
    expect(agreementStatusLabel('DRAFT')).toBe('En préparation');
    expect(agreementStatusLabel('TERMINATED')).toBe('Résiliée');
  });

  it('keeps the filters in the URL, ignoring unknown values', () => {
    expect(cooperationFiltersFromSearchParams(new URLSearchParams('statut=signed&sans-convention=1'))).toEqual({
      status: 'SIGNED',
      onlyMissing: true,
    });
    expect(cooperationFiltersFromSearchParams(new URLSearchParams('statut=x'))).toEqual({
      status: null,
      onlyMissing: false,
    });
    expect(cooperationFiltersToSearchParams({ status: 'DRAFT', onlyMissing: false }).toString()).toBe('statut=DRAFT');
    expect(cooperationFiltersToSearchParams({ status: null, onlyMissing: true }).toString()).toBe('sans-convention=1');
  });
});
