import { describe, expect, it } from 'vitest';
import {
  emptyPoe,
  emptyServiceUse,
  toPoeInput,
  toServiceUseInput,
  validatePoe,
  validateServiceUse,
} from './service-forms.ts';

describe('the agence records a Pôle emploi service used (fiche 5)', () => {
  it('needs the service and a valid day', () => {
    expect(Object.keys(validateServiceUse(emptyServiceUse))).toEqual(['serviceId', 'usedOn']);
    expect(validateServiceUse({ serviceId: 's1', usedOn: '2026-02-30', inWorkFollowUp: false }).usedOn).toMatch(
      /date valide/,
    );
    expect(validateServiceUse({ serviceId: 's1', usedOn: '2026-12-03', inWorkFollowUp: true })).toEqual({});
    expect(toServiceUseInput('a1', { serviceId: 's1', usedOn: '2026-12-03', inWorkFollowUp: true })).toEqual({
      approvalId: 'a1',
      serviceId: 's1',
      usedOn: '2026-12-03',
      inWorkFollowUp: true,
    });
  });
});

describe('the agence records a POE (fiche 7)', () => {
  it('needs the employer, whole hours and a period in order', () => {
    expect(Object.keys(validatePoe(emptyPoe))).toEqual(['employer', 'hours', 'startOn', 'endOn']);
    const filled = { employer: ' Menuiserie  Comtoise ', hours: '400', startOn: '2027-01-04', endOn: '2027-03-26' };
    expect(validatePoe({ ...filled, hours: '12,5' }).hours).toBeDefined();
    expect(validatePoe({ ...filled, endOn: '2027-01-03' }).endOn).toMatch(/postérieure/);
    expect(validatePoe(filled)).toEqual({});
    expect(toPoeInput('a1', filled)).toEqual({
      approvalId: 'a1',
      employer: 'Menuiserie Comtoise',
      hours: 400,
      startOn: '2027-01-04',
      endOn: '2027-03-26',
    });
  });
});
