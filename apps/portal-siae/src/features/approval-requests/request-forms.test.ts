import { describe, expect, it } from 'vitest';
import {
  toExtensionInput,
  toRenewalInput,
  toInitialRequestInput,
  toProlongationInput,
  toSuspensionInput,
  validateExtension,
  validateInitialRequest,
  validateRenewal,
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

describe('renewal request (annexe 4 §2.2.7)', () => {
  it('needs the new contract and the joint bilan; the end is optional but after the start', () => {
    const empty = { contractStartOn: '', contractEndOn: '', jointAssessmentDone: false };
    expect(Object.keys(validateRenewal(empty))).toEqual(['contractStartOn', 'jointAssessmentDone']);
    expect(
      validateRenewal({ contractStartOn: '2027-01-04', contractEndOn: '2027-01-04', jointAssessmentDone: true })
        .contractEndOn,
    ).toMatch(/postérieure/);
    expect(validateRenewal({ contractStartOn: '2027-01-04', contractEndOn: '', jointAssessmentDone: true })).toEqual(
      {},
    );
  });

  it('files a RENEWAL request on the agrément, without an end when none is given', () => {
    expect(
      toRenewalInput('a1', { contractStartOn: '2027-01-04', contractEndOn: '', jointAssessmentDone: true }),
    ).toEqual({
      kind: 'RENEWAL',
      approvalId: 'a1',
      contractStartOn: '2027-01-04',
      contractEndOn: null,
      jointAssessmentDone: true,
    });
  });
});

describe('extension request (annexe 4 §2.2.5)', () => {
  const filled = {
    approvalNumber: ' 99999 26 00012 ',
    birthDate: '1990-02-14',
    surname: ' Gar ',
    contractStartOn: '2027-01-04',
    contractEndOn: '',
  };

  it('needs the number, the birth date, 3 letters of the surname and the contract start', () => {
    const empty = { approvalNumber: '', birthDate: '', surname: '', contractStartOn: '', contractEndOn: '' };
    expect(Object.keys(validateExtension(empty))).toEqual([
      'approvalNumber',
      'birthDate',
      'surname',
      'contractStartOn',
    ]);
    expect(validateExtension({ ...filled, surname: 'Ga' }).surname).toMatch(/3 premières lettres/);
    expect(validateExtension({ ...filled, birthDate: '1990-02-30' }).birthDate).toMatch(/date valide/);
    expect(validateExtension(filled)).toEqual({});
  });

  it('files an EXTENSION by its factors, number without spaces, the agrément never named by id', () => {
    expect(toExtensionInput(filled)).toEqual({
      kind: 'EXTENSION',
      approvalNumber: '999992600012',
      birthDate: '1990-02-14',
      surname: 'Gar',
      contractStartOn: '2027-01-04',
      contractEndOn: null,
    });
  });
});
