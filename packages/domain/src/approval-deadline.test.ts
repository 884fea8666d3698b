import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  approvalDecisionDeadline,
  approvalRequestStatusAt,
  approvalRequestStatusOn,
  isPastDecisionDeadline,
} from './approval-deadline.js';
import { addDays } from './iso-date.js';

// accord, annexe 4 §2.2.2: "Pôle Emploi dispose d'un délai de 5 jours ouvrés … Ce délai ne peut
// dépasser deux jours ouvrés pour les agréments de personnes recrutées en ETTI. A défaut de réponse
// dans ces délais, l'agrément est considéré acquis."
describe('approvalDecisionDeadline (accord, annexe 4 §2.2.2)', () => {
  const ei = (receivedOn: string, departement = '21') =>
    approvalDecisionDeadline({ receivedOn, siaeKind: 'EI', departement });

  it('5 jours ouvrés counted from the day after receipt', () => {
    expect(ei('2024-06-03')).toBe('2024-06-10'); // Monday → next Monday
    expect(ei('2024-06-08')).toBe('2024-06-14'); // received on a Saturday
  });

  it('skips 1 May', () => {
    expect(ei('2024-04-29')).toBe('2024-05-07');
  });

  it('skips 8 May and Ascension (2024: Wednesday and Thursday)', () => {
    expect(ei('2024-05-07')).toBe('2024-05-16');
    expect(ei('2024-04-30')).toBe('2024-05-10'); // 1 May, 8 May and Ascension in one delay
  });

  it('skips Whit Monday', () => {
    expect(ei('2024-05-15')).toBe('2024-05-23');
  });

  it('across Christmas: 26 December is a holiday in Moselle (57), not in Côte-d’Or (21)', () => {
    expect(ei('2024-12-23', '21')).toBe('2024-12-31');
    expect(ei('2024-12-23', '57')).toBe('2025-01-02');
  });

  it('ETTI: 2 jours ouvrés; a request received on a Friday is due on Tuesday', () => {
    expect(approvalDecisionDeadline({ receivedOn: '2024-06-07', siaeKind: 'ETTI', departement: '21' })).toBe(
      '2024-06-11',
    );
    // Friday before Whit Monday
    expect(approvalDecisionDeadline({ receivedOn: '2024-05-17', siaeKind: 'ETTI', departement: '21' })).toBe(
      '2024-05-22',
    );
  });

  it('ETTI around Easter: Good Friday only counts outside Alsace-Moselle', () => {
    expect(approvalDecisionDeadline({ receivedOn: '2024-03-28', siaeKind: 'ETTI', departement: '21' })).toBe(
      '2024-04-02',
    );
    expect(approvalDecisionDeadline({ receivedOn: '2024-03-28', siaeKind: 'ETTI', departement: '67' })).toBe(
      '2024-04-03',
    );
  });

  it('every other kind (ACI, AI, EI, EITI) gets 5 days', () => {
    for (const siaeKind of ['ACI', 'AI', 'EI', 'EITI'] as const) {
      expect(approvalDecisionDeadline({ receivedOn: '2024-06-07', siaeKind, departement: '21' }), siaeKind).toBe(
        '2024-06-14',
      );
    }
  });
});

describe('approvalRequestStatusAt (accord, annexe 4 §2.2.2)', () => {
  // received Monday 3 June 2024 by an EI in Côte-d'Or: deadline Monday 10 June
  const request = { receivedOn: '2024-06-03', siaeKind: 'EI', departement: '21' } as const;

  it('is PENDING up to and including the deadline day', () => {
    expect(approvalRequestStatusAt(request, '2024-06-03')).toBe('PENDING');
    expect(approvalRequestStatusAt(request, '2024-06-10')).toBe('PENDING');
  });

  it('is TACITLY_GRANTED the day after the deadline without an answer', () => {
    expect(approvalRequestStatusAt(request, '2024-06-11')).toBe('TACITLY_GRANTED');
  });

  it('reports a timely decision', () => {
    expect(approvalRequestStatusAt({ ...request, decidedOn: '2024-06-05', decision: 'GRANTED' }, '2024-07-01')).toBe(
      'GRANTED',
    );
    expect(approvalRequestStatusAt({ ...request, decidedOn: '2024-06-10', decision: 'REFUSED' }, '2024-06-10')).toBe(
      'REFUSED',
    );
  });

  it('a decision after the deadline does not undo the tacit grant', () => {
    expect(approvalRequestStatusAt({ ...request, decidedOn: '2024-06-11', decision: 'REFUSED' }, '2024-06-12')).toBe(
      'TACITLY_GRANTED',
    );
    expect(approvalRequestStatusAt({ ...request, decidedOn: '2024-06-12', decision: 'GRANTED' }, '2024-06-12')).toBe(
      'TACITLY_GRANTED',
    );
  });

  it('ignores a decision dated after today', () => {
    expect(approvalRequestStatusAt({ ...request, decidedOn: '2024-06-06', decision: 'REFUSED' }, '2024-06-05')).toBe(
      'PENDING',
    );
  });

  it('ETTI: tacitly granted from the third working day', () => {
    const etti = { receivedOn: '2024-06-07', siaeKind: 'ETTI', departement: '21' } as const;
    expect(approvalRequestStatusAt(etti, '2024-06-11')).toBe('PENDING');
    expect(approvalRequestStatusAt(etti, '2024-06-12')).toBe('TACITLY_GRANTED');
  });

  it('rejects inconsistent input', () => {
    expect(() => approvalRequestStatusAt({ ...request, decision: 'GRANTED' }, '2024-06-05')).toThrow(RangeError);
    expect(() =>
      approvalRequestStatusAt({ ...request, decidedOn: '2024-06-01', decision: 'GRANTED' }, '2024-06-05'),
    ).toThrow(RangeError);
  });
});

describe('"past its deadline" and the status of a stored request (annexe 4 §2.2.2: "à défaut de réponse dans ces délais, l\'agrément est considéré acquis")', () => {
  it('the deadline day is still open; the next day the request is acquired', () => {
    expect(isPastDecisionDeadline('2026-12-04', '2026-12-04')).toBe(false);
    expect(isPastDecisionDeadline('2026-12-04', '2026-12-05')).toBe(true);
    expect(approvalRequestStatusOn({ status: 'PENDING', deadline: '2026-12-04' }, '2026-12-04')).toBe('PENDING');
    expect(approvalRequestStatusOn({ status: 'PENDING', deadline: '2026-12-04' }, '2026-12-05')).toBe(
      'TACITLY_GRANTED',
    );
    for (const status of ['GRANTED', 'REFUSED', 'TACITLY_GRANTED', 'CLOSED'] as const) {
      expect(approvalRequestStatusOn({ status, deadline: '2026-12-04' }, '2026-12-05')).toBe(status);
    }
  });

  it('the stored deadline is the fact: a request keeps the deadline it was given at receipt', () => {
    // Received Monday 30 November 2026 by an ACI: 5 working days → Monday 7 December. Stored with another deadline
    // (an ETTI's 2 days: Wednesday 2 December), the stored one decides.
    expect(approvalDecisionDeadline({ receivedOn: '2026-11-30', siaeKind: 'ACI', departement: '25' })).toBe(
      '2026-12-07',
    );
    expect(approvalRequestStatusOn({ status: 'PENDING', deadline: '2026-12-02' }, '2026-12-03')).toBe(
      'TACITLY_GRANTED',
    );
  });

  it('at receipt, approvalRequestStatusAt and the status of the request stored with its deadline agree', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2017-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 20 }),
        fc.constantFrom('ACI', 'ETTI', 'EI'),
        (d, after, siaeKind) => {
          const receivedOn = d.toISOString().slice(0, 10);
          const request = { receivedOn, siaeKind, departement: '57' } as const;
          const today = addDays(receivedOn, after);
          const stored = { status: 'PENDING', deadline: approvalDecisionDeadline(request) } as const;
          expect(approvalRequestStatusOn(stored, today)).toBe(approvalRequestStatusAt(request, today));
        },
      ),
    );
  });
});
