import { describe, expect, it } from 'vitest';
import {
  appealStatusLabel,
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
    expect(requestStatusLabel('TACITLY_GRANTED')).toBe('Acquis faute de réponse dans le délai');
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
    expect(appealStatusLabel('UPHELD')).toBe('Recours accueilli');
  });
});
