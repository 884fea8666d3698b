import { describe, expect, it } from 'vitest';
import {
  toInitialRequestInput,
  toProlongationInput,
  toSuspensionInput,
  validateInitialRequest,
  validateProlongation,
  validateSuspension,
} from './request-forms.ts';

describe('initial agrément request', () => {
  it('needs the planned contract, ending after it starts', () => {
    expect(Object.keys(validateInitialRequest({ contractStartOn: '', contractEndOn: '' }))).toEqual([
      'contractStartOn',
      'contractEndOn',
    ]);
    expect(
      validateInitialRequest({ contractStartOn: '2026-06-01', contractEndOn: '2026-06-01' }).contractEndOn,
    ).toMatch(/postérieure/);
    expect(validateInitialRequest({ contractStartOn: '2026-06-01', contractEndOn: '2026-12-31' })).toEqual({});
  });

  it('files an INITIAL request for the prescription', () => {
    expect(toInitialRequestInput('p1', { contractStartOn: '2026-06-01', contractEndOn: '2026-12-31' })).toEqual({
      kind: 'INITIAL',
      prescriptionId: 'p1',
      contractStartOn: '2026-06-01',
      contractEndOn: '2026-12-31',
    });
  });
});

describe('suspension request', () => {
  it('accepts a one-day suspension and refuses an end before the start', () => {
    expect(validateSuspension({ startOn: '2026-06-01', endOn: '2026-06-01' })).toEqual({});
    expect(validateSuspension({ startOn: '2026-06-02', endOn: '2026-06-01' }).endOn).toBeDefined();
    expect(validateSuspension({ startOn: '2026-02-30', endOn: '2026-06-01' }).startOn).toMatch(/date valide/);
  });

  it('files a SUSPENSION request on the agrément', () => {
    expect(toSuspensionInput('a1', { startOn: '2026-06-01', endOn: '2026-06-30' })).toEqual({
      kind: 'SUSPENSION',
      approvalId: 'a1',
      suspensionStartOn: '2026-06-01',
      suspensionEndOn: '2026-06-30',
    });
  });
});

describe('prolongation request', () => {
  const base = { reason: '' as const, endOn: '', trainingStartOn: '', trainingEndOn: '' };

  it('asks for the training dates only for a training prolongation', () => {
    expect(Object.keys(validateProlongation(base))).toEqual(['reason', 'endOn']);
    expect(Object.keys(validateProlongation({ ...base, reason: 'TRAINING', endOn: '2027-01-31' }))).toEqual([
      'trainingStartOn',
      'trainingEndOn',
    ]);
    expect(validateProlongation({ ...base, reason: 'AGE_50_OR_RQTH', endOn: '2027-01-31' })).toEqual({});
  });

  it('sends the training only with its reason', () => {
    const values = {
      reason: 'AGE_50_OR_RQTH' as const,
      endOn: '2027-01-31',
      trainingStartOn: '2026-01-01',
      trainingEndOn: '2027-01-31',
    };
    expect(toProlongationInput('a1', values)).toMatchObject({ trainingStartOn: null, trainingEndOn: null });
    expect(toProlongationInput('a1', { ...values, reason: 'TRAINING' })).toMatchObject({
      kind: 'PROLONGATION',
      prolongationReason: 'TRAINING',
      prolongationEndOn: '2027-01-31',
      trainingStartOn: '2026-01-01',
      trainingEndOn: '2027-01-31',
    });
  });
});

describe('suspension reason (annexe 4 §2.2.4; list of @navette/domain)', () => {
  it('is required from the list, and sent', () => {
    const dates = { startOn: '2026-06-01', endOn: '2026-06-10' };
    expect(validateSuspension({ ...dates, reason: '' }).reason).toMatch(/motif de la suspension/);
    expect(validateSuspension({ ...dates, reason: 'SICKNESS' })).toEqual({});
    expect(toSuspensionInput('a1', { ...dates, reason: 'SICKNESS' })).toMatchObject({ suspensionReason: 'SICKNESS' });
  });
});
