import { describe, expect, it } from 'vitest';
import { aiApprovalRequirement, isApprovalRequiredForAi } from './ai-approval.js';

// accord, annexe 4 §2.2.8: "l'agrément est obligatoire uniquement pour les personnes mises à
// disposition dans une entreprise en secteur dit marchand pour des missions comprises entre 16 et
// 480 heures sur 2 ans."
describe('isApprovalRequiredForAi (accord, annexe 4 §2.2.8)', () => {
  const marchand = (missionHours: number, hoursOverTwoYears: number) =>
    isApprovalRequiredForAi({ sector: 'MARCHAND', missionHours, hoursOverTwoYears });

  it('never in the secteur non marchand', () => {
    expect(isApprovalRequiredForAi({ sector: 'NON_MARCHAND', missionHours: 100, hoursOverTwoYears: 300 })).toBe(false);
  });

  it('from 16 to 480 hours over 2 years in the secteur marchand, both bounds included', () => {
    expect(marchand(15, 15)).toBe(false);
    expect(marchand(16, 16)).toBe(true);
    expect(marchand(35, 200)).toBe(true);
    expect(marchand(35, 480)).toBe(true);
  });

  it('short missions add up over 2 years', () => {
    expect(marchand(8, 12)).toBe(false);
    expect(marchand(8, 20)).toBe(true);
  });

  it('the mission alone counts when the cumulated figure is smaller', () => {
    expect(marchand(20, 0)).toBe(true);
  });

  it('beyond 480 hours the text requires nothing: a separate verdict flags it', () => {
    expect(marchand(35, 481)).toBe(false);
    expect(aiApprovalRequirement({ sector: 'MARCHAND', missionHours: 35, hoursOverTwoYears: 481 })).toBe(
      'BEYOND_480_HOURS',
    );
    expect(aiApprovalRequirement({ sector: 'MARCHAND', missionHours: 10, hoursOverTwoYears: 10 })).toBe('NOT_REQUIRED');
    expect(aiApprovalRequirement({ sector: 'MARCHAND', missionHours: 10, hoursOverTwoYears: 100 })).toBe('REQUIRED');
  });

  it('rejects negative or non-finite hours', () => {
    expect(() => marchand(-1, 10)).toThrow(RangeError);
    expect(() => marchand(10, Number.NaN)).toThrow(RangeError);
  });
});
