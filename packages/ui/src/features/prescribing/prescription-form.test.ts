import { describe, expect, it } from 'vitest';
import { chooseSiae, latestDiagnosisId, toPrescriptionInput, validatePrescription } from './prescription-form.ts';

const siae = { id: 's', name: 'S', offers: [{ id: 'o1', title: 'Agent de tri', positions: 2 }] };

describe('prescription form', () => {
  it('needs a diagnosis, a SIAE and a message', () => {
    expect(Object.keys(validatePrescription({ diagnosisId: '', siae: null, jobOfferId: '', message: ' ' }))).toEqual([
      'diagnosisId',
      'siae',
      'message',
    ]);
    expect(validatePrescription({ diagnosisId: 'd', siae, jobOfferId: '', message: 'Bonjour' })).toEqual({});
  });

  it('accepts only an offer of the chosen SIAE', () => {
    expect(validatePrescription({ diagnosisId: 'd', siae, jobOfferId: 'o1', message: 'Bonjour' })).toEqual({});
    expect(
      validatePrescription({ diagnosisId: 'd', siae, jobOfferId: 'other', message: 'Bonjour' }).jobOfferId,
    ).toMatch(/plus ouverte/);
  });

  it('keeps the offer when choosing its SIAE, and drops it for another', () => {
    expect(chooseSiae(siae, 'o1')).toEqual({ siae, jobOfferId: 'o1' });
    expect(chooseSiae({ ...siae, id: 't', offers: [] }, 'o1')).toEqual({
      siae: { ...siae, id: 't', offers: [] },
      jobOfferId: '',
    });
    expect(chooseSiae(siae)).toEqual({ siae, jobOfferId: '' });
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

  it('sends the chosen SIAE, the offer if any, and the trimmed message', () => {
    expect(toPrescriptionInput('p', { diagnosisId: 'd', siae, jobOfferId: '', message: '  Bonjour \n' })).toEqual({
      personId: 'p',
      diagnosisId: 'd',
      siaeId: 's',
      jobOfferId: null,
      message: 'Bonjour',
    });
    expect(toPrescriptionInput('p', { diagnosisId: 'd', siae, jobOfferId: 'o1', message: 'Bonjour' }).jobOfferId).toBe(
      'o1',
    );
  });
});
