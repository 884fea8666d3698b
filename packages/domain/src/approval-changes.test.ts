import { describe, expect, it } from 'vitest';
import type { ApprovalHistory } from './approval-history.js';
import { validateExtension } from './approval-extension.js';
import { validateProlongation, type ProlongationRequest } from './approval-prolongation.js';
import { validateRenewal } from './approval-renewal.js';
import { validateSuspension } from './approval-suspension.js';
import type { Result } from './result.js';

function codeOf(result: Result<unknown>): string {
  return result.ok ? 'OK' : result.code;
}

describe('validateSuspension (accord, annexe 4 §2.2.4)', () => {
  const history: ApprovalHistory = {
    startOn: '2024-01-01',
    suspensions: [{ startOn: '2024-06-01', endOn: '2024-06-30' }],
  };

  it('accepts a suspension of an agrément in progress and pushes its end', () => {
    const result = validateSuspension(history, { startOn: '2024-09-01', endOn: '2024-09-10' });
    expect(result).toEqual({
      ok: true,
      value: { suspension: { startOn: '2024-09-01', endOn: '2024-09-10' }, days: 10, approvalEndOn: '2026-02-09' },
    });
  });

  it('counts the leap day when the suspension straddles it', () => {
    const result = validateSuspension({ startOn: '2023-06-01' }, { startOn: '2024-02-28', endOn: '2024-03-01' });
    expect(result.ok && result.value.days).toBe(3);
    expect(result.ok && result.value.approvalEndOn).toBe('2025-06-03');
  });

  it('refuses dates out of order', () => {
    expect(codeOf(validateSuspension(history, { startOn: '2024-09-10', endOn: '2024-09-01' }))).toBe(
      'SUSPENSION_DATES_OUT_OF_ORDER',
    );
  });

  it('refuses a suspension outside the agrément (only on an active agrément)', () => {
    expect(codeOf(validateSuspension(history, { startOn: '2023-12-31', endOn: '2024-01-05' }))).toBe(
      'SUSPENSION_APPROVAL_NOT_ACTIVE',
    );
    // the first suspension pushed the end to 2026-01-30
    expect(codeOf(validateSuspension(history, { startOn: '2026-01-31', endOn: '2026-02-05' }))).toBe(
      'SUSPENSION_APPROVAL_NOT_ACTIVE',
    );
    expect(codeOf(validateSuspension(history, { startOn: '2026-01-30', endOn: '2026-02-05' }))).toBe('OK');
  });

  it('refuses overlapping periods, accepts adjacent ones', () => {
    const overlap = validateSuspension(history, { startOn: '2024-06-30', endOn: '2024-07-05' });
    expect(codeOf(overlap)).toBe('SUSPENSION_OVERLAPS_EXISTING');
    expect(!overlap.ok && overlap.message).toContain('du 01/06/2024 au 30/06/2024');
    expect(codeOf(validateSuspension(history, { startOn: '2024-05-01', endOn: '2024-07-31' }))).toBe(
      'SUSPENSION_OVERLAPS_EXISTING',
    );
    expect(codeOf(validateSuspension(history, { startOn: '2024-07-01', endOn: '2024-07-05' }))).toBe('OK');
    expect(codeOf(validateSuspension(history, { startOn: '2024-05-20', endOn: '2024-05-31' }))).toBe('OK');
  });
});

describe('validateProlongation (a): training (accord, annexe 4 §2.2.6 al. 1)', () => {
  const history: ApprovalHistory = {
    startOn: '2020-01-01',
    contracts: [{ siaeId: 'aci-1', startOn: '2020-01-01', endOn: '2021-12-31' }],
    person: { birthDate: '1995-01-01' },
  };
  const request = (over: Partial<ProlongationRequest>): ProlongationRequest => ({
    reason: 'TRAINING',
    endOn: '2022-03-31',
    decidedOn: '2021-12-15',
    training: { startOn: '2021-09-01', endOn: '2022-03-31' },
    ...over,
  });

  it('prolongs up to the end of a training in progress at the end of the contract', () => {
    const result = validateProlongation(history, request({}));
    expect(result).toEqual({
      ok: true,
      value: {
        prolongation: { startOn: '2022-01-01', endOn: '2022-03-31', reason: 'TRAINING', decidedOn: '2021-12-15' },
        approvalEndOn: '2022-03-31',
      },
    });
  });

  it('never beyond the end of the training', () => {
    expect(codeOf(validateProlongation(history, request({ endOn: '2022-04-01' })))).toBe(
      'PROLONGATION_EXCEEDS_TRAINING_END',
    );
  });

  it('only for a training in progress at the end of the contract', () => {
    const finished = { startOn: '2021-01-01', endOn: '2021-06-30' };
    expect(codeOf(validateProlongation(history, request({ training: finished, endOn: '2022-01-31' })))).toBe(
      'PROLONGATION_TRAINING_NOT_IN_PROGRESS',
    );
    const later = { startOn: '2022-01-15', endOn: '2022-06-30' };
    expect(codeOf(validateProlongation(history, request({ training: later, endOn: '2022-06-30' })))).toBe(
      'PROLONGATION_TRAINING_NOT_IN_PROGRESS',
    );
  });

  it('needs the training and the end of the contract', () => {
    expect(codeOf(validateProlongation(history, request({ training: null })))).toBe('PROLONGATION_TRAINING_MISSING');
    expect(
      codeOf(validateProlongation(history, request({ training: { startOn: '2022-03-31', endOn: '2021-09-01' } }))),
    ).toBe('PROLONGATION_TRAINING_DATES_OUT_OF_ORDER');
    expect(
      codeOf(
        validateProlongation({ ...history, contracts: [{ siaeId: 'aci-1', startOn: '2020-01-01' }] }, request({})),
      ),
    ).toBe('PROLONGATION_NO_CONTRACT_END');
  });
});

describe('validateProlongation (b): 50 and over or RQTH (accord, annexe 4 §2.2.6 al. 2)', () => {
  const senior: ApprovalHistory = { startOn: '2020-01-01', person: { birthDate: '1970-03-10' } };
  const request = (endOn: string, decidedOn = '2021-12-01'): ProlongationRequest => ({
    reason: 'AGE_50_OR_RQTH',
    endOn,
    decidedOn,
  });

  it('at most one year per decision', () => {
    expect(codeOf(validateProlongation(senior, request('2022-12-31')))).toBe('OK');
    const refused = validateProlongation(senior, request('2023-01-01'));
    expect(codeOf(refused)).toBe('PROLONGATION_EXCEEDS_ONE_YEAR');
    expect(!refused.ok && refused.message).toContain('31/12/2022');
  });

  it('aged 50 or more on the decision date, or RQTH', () => {
    const person = { birthDate: '1972-06-15' };
    expect(codeOf(validateProlongation({ startOn: '2021-01-01', person }, request('2023-06-30', '2022-06-14')))).toBe(
      'PROLONGATION_PERSON_NOT_ELIGIBLE',
    );
    expect(codeOf(validateProlongation({ startOn: '2021-01-01', person }, request('2023-06-30', '2022-06-15')))).toBe(
      'OK',
    );
    expect(
      codeOf(
        validateProlongation(
          { startOn: '2021-01-01', person: { birthDate: '1995-01-01', rqth: true } },
          request('2023-06-30', '2022-06-14'),
        ),
      ),
    ).toBe('OK');
    expect(codeOf(validateProlongation({ startOn: '2021-01-01' }, request('2023-06-30', '2022-06-14')))).toBe(
      'PROLONGATION_PERSON_NOT_ELIGIBLE',
    );
  });

  // 24 months + 12 + 12 + 6 already granted: the agrément runs to 30 June 2024.
  const long: ApprovalHistory = {
    ...senior,
    prolongations: [
      { startOn: '2022-01-01', endOn: '2022-12-31', reason: 'AGE_50_OR_RQTH' },
      { startOn: '2023-01-01', endOn: '2023-12-31', reason: 'AGE_50_OR_RQTH' },
      { startOn: '2024-01-01', endOn: '2024-06-30', reason: 'AGE_50_OR_RQTH' },
    ],
  };

  it('prolongations summing to exactly 60 months are accepted', () => {
    const result = validateProlongation(long, request('2024-12-31', '2024-06-20'));
    expect(result.ok && result.value.prolongation.startOn).toBe('2024-07-01');
    expect(result.ok && result.value.approvalEndOn).toBe('2024-12-31');
  });

  it('60 months + 1 day is refused', () => {
    const refused = validateProlongation(long, request('2025-01-01', '2024-06-20'));
    expect(codeOf(refused)).toBe('PROLONGATION_EXCEEDS_60_MONTHS');
    expect(!refused.ok && refused.message).toContain('60 mois');
  });

  it('suspended days do not count in the 60 months', () => {
    const withSuspension: ApprovalHistory = {
      ...senior,
      suspensions: [{ startOn: '2020-06-01', endOn: '2020-06-10' }],
      prolongations: [
        { startOn: '2022-01-11', endOn: '2023-01-10', reason: 'AGE_50_OR_RQTH' },
        { startOn: '2023-01-11', endOn: '2024-01-10', reason: 'AGE_50_OR_RQTH' },
        { startOn: '2024-01-11', endOn: '2024-07-10', reason: 'AGE_50_OR_RQTH' },
      ],
    };
    expect(codeOf(validateProlongation(withSuspension, request('2025-01-10', '2024-07-01')))).toBe('OK');
    expect(codeOf(validateProlongation(withSuspension, request('2025-01-11', '2024-07-01')))).toBe(
      'PROLONGATION_EXCEEDS_60_MONTHS',
    );
  });

  it('validates dates in order and an agrément in progress', () => {
    expect(codeOf(validateProlongation(senior, request('2021-12-31')))).toBe('PROLONGATION_DATES_OUT_OF_ORDER');
    expect(codeOf(validateProlongation(senior, request('2022-06-30', '2022-01-05')))).toBe(
      'PROLONGATION_APPROVAL_NOT_ACTIVE',
    );
    expect(
      codeOf(validateProlongation(senior, { ...request('2022-06-30', '2022-01-05'), requestedOn: '2021-12-28' })),
    ).toBe('OK');
  });
});

describe('validateExtension (accord, annexe 4 §2.2.5)', () => {
  const history: ApprovalHistory = {
    startOn: '2024-01-01',
    contracts: [{ siaeId: 'ei-1', startOn: '2024-01-01', endOn: '2024-12-31' }],
  };

  it('accepts a new contract with another SIAE while the agrément is in progress', () => {
    const contract = { siaeId: 'aci-2', startOn: '2025-01-06', endOn: '2025-12-31' };
    expect(validateExtension(history, { contract })).toEqual({
      ok: true,
      value: { contract, approvalEndOn: '2025-12-31' },
    });
  });

  it('refuses the same SIAE', () => {
    expect(codeOf(validateExtension(history, { contract: { siaeId: 'ei-1', startOn: '2025-01-06' } }))).toBe(
      'EXTENSION_SAME_SIAE',
    );
  });

  it('refuses once the agrément has ended, or a request received after its end', () => {
    expect(codeOf(validateExtension(history, { contract: { siaeId: 'aci-2', startOn: '2026-01-01' } }))).toBe(
      'EXTENSION_APPROVAL_NOT_ACTIVE',
    );
    expect(
      codeOf(
        validateExtension(history, { contract: { siaeId: 'aci-2', startOn: '2025-12-01' }, requestedOn: '2026-01-02' }),
      ),
    ).toBe('EXTENSION_APPROVAL_NOT_ACTIVE');
    expect(codeOf(validateExtension(history, { contract: { siaeId: 'aci-2', startOn: '2025-12-31' } }))).toBe('OK');
  });

  it('refuses contract dates out of order', () => {
    expect(
      codeOf(validateExtension(history, { contract: { siaeId: 'aci-2', startOn: '2025-03-01', endOn: '2025-02-01' } })),
    ).toBe('EXTENSION_DATES_OUT_OF_ORDER');
  });
});

describe('validateRenewal (accord, annexe 4 §2.2.7)', () => {
  const history: ApprovalHistory = {
    startOn: '2022-01-01',
    contracts: [
      { siaeId: 'ei-1', startOn: '2022-01-01', endOn: '2022-12-31' },
      { siaeId: 'aci-2', startOn: '2023-01-02', endOn: '2023-12-29' },
    ],
  };

  it('accepts when every contract has ended and the joint bilan is done', () => {
    expect(validateRenewal(history, { requestedOn: '2024-01-15', jointAssessmentDone: true })).toEqual({
      ok: true,
      value: { previousApprovalEndOn: '2023-12-31' },
    });
  });

  it('refuses while a contract is still running', () => {
    expect(codeOf(validateRenewal(history, { requestedOn: '2023-12-29', jointAssessmentDone: true }))).toBe(
      'RENEWAL_CONTRACT_STILL_RUNNING',
    );
    const open = { ...history, contracts: [...(history.contracts ?? []), { siaeId: 'ai-3', startOn: '2024-01-02' }] };
    expect(codeOf(validateRenewal(open, { requestedOn: '2024-06-01', jointAssessmentDone: true }))).toBe(
      'RENEWAL_CONTRACT_STILL_RUNNING',
    );
  });

  it('requires the joint bilan', () => {
    expect(codeOf(validateRenewal(history, { requestedOn: '2024-01-15', jointAssessmentDone: false }))).toBe(
      'RENEWAL_JOINT_ASSESSMENT_MISSING',
    );
  });
});
