import { describe, expect, it } from 'vitest';
import { AI_SECTORS } from './ai-approval.js';
import { APPROVAL_STATUSES } from './approval-period.js';
import {
  AI_SECTOR_LABELS,
  APPEAL_STATUSES,
  APPEAL_STATUS_LABELS,
  APPROVAL_STATUS_LABELS,
  EMPLOYMENT_SERVICE_KIND_LABELS,
  EMPLOYMENT_SERVICE_KINDS,
  isOneOf,
  labelOf,
} from './status-labels.js';

describe('status labels', () => {
  it('label every status of the agrément and every appeal status (annexe 4 §2.2.3 "recours")', () => {
    expect(Object.keys(APPROVAL_STATUS_LABELS).sort()).toEqual([...APPROVAL_STATUSES].sort());
    expect(Object.keys(APPEAL_STATUS_LABELS)).toEqual([...APPEAL_STATUSES]);
    expect(APPEAL_STATUS_LABELS.UPHELD).toBe('Recours accueilli');
    expect(Object.keys(AI_SECTOR_LABELS).sort()).toEqual([...AI_SECTORS].sort());
    expect(Object.keys(EMPLOYMENT_SERVICE_KIND_LABELS)).toEqual([...EMPLOYMENT_SERVICE_KINDS]);
  });

  it('an unknown code (a newer API, a forged URL) reads as itself and is not one of the list', () => {
    expect(labelOf(APPROVAL_STATUS_LABELS, 'ACTIVE')).toBe('En cours');
    expect(labelOf(APPROVAL_STATUS_LABELS, 'ARCHIVED')).toBe('ARCHIVED');
    expect(labelOf(APPROVAL_STATUS_LABELS, 'constructor')).toBe('constructor');
    expect(isOneOf(APPEAL_STATUSES, 'PENDING')).toBe(true);
    expect(isOneOf(APPEAL_STATUSES, 'pending')).toBe(false);
    expect(isOneOf(APPEAL_STATUSES, 42)).toBe(false);
  });
});
