import { describe, expect, it } from 'vitest';
import { latestDiagnosisId, toPrescriptionInput, validatePrescription } from './prescription-form.ts';

describe('prescription form', () => {
  it('needs a diagnosis, a SIAE and a message', () => {
    expect(Object.keys(validatePrescription({ diagnosisId: '', siae: null, message: ' ' }))).toEqual([
      'diagnosisId',
      'siae',
      'message',
    ]);
    expect(validatePrescription({ diagnosisId: 'd', siae: { id: 's', name: 'S' }, message: 'Bonjour' })).toEqual({});
  });

  it('chooses the most recent diagnosis by default', () => {
    expect(
      latestDiagnosisId([
        { id: 'old', diagnosedOn: '2025-11-02' },
        { id: 'new', diagnosedOn: '2026-01-15' },
        { id: 'mid', diagnosedOn: '2025-12-31' },
      ]),
    ).toBe('new');
    expect(latestDiagnosisId([])).toBe('');
  });

  it('sends the chosen SIAE and the trimmed message', () => {
    expect(
      toPrescriptionInput('p', { diagnosisId: 'd', siae: { id: 's', name: 'S' }, message: '  Bonjour \n' }),
    ).toEqual({ personId: 'p', diagnosisId: 'd', siaeId: 's', message: 'Bonjour' });
  });
});
