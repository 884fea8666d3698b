import { PRESCRIPTION_STATUS_LABELS, prescriptionTransition } from '@navette/domain';
import { describe, expect, it } from 'vitest';
import {
  approvalStatusLabel,
  isAwaitingAnswer,
  personName,
  PRESCRIPTION_STATUSES,
  prescriptionStatusLabel,
  prescriptionStatusSeverity,
  statusFromSearchParams,
} from './labels.ts';

describe('statuses shown in the Espace prescripteur', () => {
  it('reads the status filter from the URL, ignoring unknown values', () => {
    expect(statusFromSearchParams(new URLSearchParams('statut=sent'))).toBe('SENT');
    expect(statusFromSearchParams(new URLSearchParams('statut=ARCHIVED'))).toBeNull();
    expect(statusFromSearchParams(new URLSearchParams(''))).toBeNull();
  });

  it('offers to withdraw exactly when the API’s transition (@navette/domain) allows it: not answered yet', () => {
    for (const status of PRESCRIPTION_STATUSES) {
      expect(isAwaitingAnswer(status)).toBe(prescriptionTransition(status, 'WITHDRAW').ok);
    }
    expect(PRESCRIPTION_STATUSES.filter(isAwaitingAnswer)).toEqual(['SENT', 'SEEN']);
  });

  it('names the statuses with the API’s words', () => {
    for (const status of PRESCRIPTION_STATUSES)
      expect(prescriptionStatusLabel(status)).toBe(PRESCRIPTION_STATUS_LABELS[status]);
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
