import { APPEAL_STATUS_LABELS, APPROVAL_REQUEST_STATUS_LABELS, PROLONGATION_REASON_LABELS } from '@navette/domain';
import { describe, expect, it } from 'vitest';
import {
  agencyRequestActions,
  appealStatusLabel,
  approvalStatusLabel,
  prolongationReasonLabel,
  deadlineBadge,
  DECIDED_STATUSES,
  requestStatusLabel,
  requestStatusSeverity,
  REQUEST_STATUSES,
} from './labels.ts';

describe('deadlineBadge', () => {
  it('counts the jours ouvrés left as J-n', () => {
    expect(deadlineBadge(4)).toEqual({ text: 'J-4', description: '4 jours ouvrés restants', severity: 'info' });
    expect(deadlineBadge(2)).toEqual({ text: 'J-2', description: '2 jours ouvrés restants', severity: 'warning' });
    expect(deadlineBadge(1)).toEqual({ text: 'J-1', description: '1 jour ouvré restant', severity: 'warning' });
  });

  it('says the deadline day is the last one', () => {
    expect(deadlineBadge(0)).toEqual({
      text: 'Dernier jour',
      description: 'Dernier jour pour décider',
      severity: 'error',
    });
  });

  it('shows nothing once decided, and an overdue request as such', () => {
    expect(deadlineBadge(null)).toBeNull();
    expect(deadlineBadge(undefined)).toBeNull();
    expect(deadlineBadge(-1)?.text).toBe('Délai dépassé');
  });
});

describe('request statuses', () => {
  it('gives every status its own label and badge colour', () => {
    const labels = REQUEST_STATUSES.map(requestStatusLabel);
    expect(new Set(labels).size).toBe(REQUEST_STATUSES.length);
    expect(new Set(REQUEST_STATUSES.map(requestStatusSeverity)).size).toBe(REQUEST_STATUSES.length);
    // The API's statusLabel words (@navette/domain), so that a filter option reads like the badges it filters.
    for (const status of REQUEST_STATUSES)
      expect(requestStatusLabel(status)).toBe(APPROVAL_REQUEST_STATUS_LABELS[status]);
    expect(requestStatusSeverity('REFUSED')).toBe('error');
  });

  it('lists only decisions in the history', () => {
    expect(DECIDED_STATUSES).not.toContain('PENDING');
    expect([...DECIDED_STATUSES, 'PENDING'].sort()).toEqual([...REQUEST_STATUSES].sort());
  });

  it('keeps an unknown value readable', () => {
    expect(requestStatusLabel('ARCHIVED')).toBe('ARCHIVED');
    expect(requestStatusSeverity('ARCHIVED')).toBe('info');
    expect(requestStatusLabel('toString')).toBe('toString');
    expect(appealStatusLabel('UPHELD')).toBe(APPEAL_STATUS_LABELS.UPHELD);
    expect(prolongationReasonLabel('TRAINING')).toBe(PROLONGATION_REASON_LABELS.TRAINING);
    expect(approvalStatusLabel('NOT_STARTED')).toBe('Délivré, pas encore commencé');
  });
});

describe('actions offered on a request (the domain’s transition table, as the API applies it)', () => {
  it('decides a pending request only: a tacitly granted, granted, refused or closed one shows no decision form', () => {
    expect(agencyRequestActions({ status: 'PENDING' })).toEqual(['DECIDE']);
    for (const status of ['GRANTED', 'REFUSED', 'TACITLY_GRANTED', 'CLOSED'] as const) {
      expect(agencyRequestActions({ status })).toEqual([]);
    }
  });

  it('decides a pending appeal against a refusal, once', () => {
    expect(agencyRequestActions({ status: 'REFUSED', appeal: { status: 'PENDING' } })).toEqual(['DECIDE_APPEAL']);
    expect(agencyRequestActions({ status: 'REFUSED', appeal: { status: 'DISMISSED' } })).toEqual([]);
    expect(agencyRequestActions({ status: 'GRANTED', appeal: { status: 'UPHELD' } })).toEqual([]);
  });
});
