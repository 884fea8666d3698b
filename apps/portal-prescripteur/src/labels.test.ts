import { describe, expect, it } from 'vitest';
import {
  approvalStatusLabel,
  isAwaitingAnswer,
  personName,
  PRESCRIPTION_STATUSES,
  prescriptionStatusSeverity,
  statusFromSearchParams,
} from './labels.ts';

describe('statuses shown in the Espace prescripteur', () => {
  it('reads the status filter from the URL, ignoring unknown values', () => {
    expect(statusFromSearchParams(new URLSearchParams('statut=sent'))).toBe('SENT');
    expect(statusFromSearchParams(new URLSearchParams('statut=ARCHIVED'))).toBeNull();
    expect(statusFromSearchParams(new URLSearchParams(''))).toBeNull();
  });

  it('offers to withdraw only a prescription not answered yet', () => {
    expect(PRESCRIPTION_STATUSES.filter(isAwaitingAnswer)).toEqual(['SENT', 'SEEN']);
  });

  it('colours refusals as errors and acceptances as successes', () => {
    expect(prescriptionStatusSeverity('REFUSED')).toBe('error');
    expect(prescriptionStatusSeverity('ACCEPTED')).toBe('success');
    expect(prescriptionStatusSeverity('WITHDRAWN')).toBeUndefined();
  });

  it('labels approval statuses in French', () => {
    expect(approvalStatusLabel('SUSPENDED')).toBe('Suspendu');
  });

  it('writes names the administrative way', () => {
    expect(personName({ firstName: 'Élodie ', lastName: 'de la Tour' })).toBe('Élodie DE LA TOUR');
  });
});
