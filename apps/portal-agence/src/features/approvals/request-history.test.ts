import { describe, expect, it } from 'vitest';
import { requestHistory, type HistoryRequest } from './request-history.ts';

const request = (overrides: Partial<HistoryRequest> = {}): HistoryRequest => ({
  id: 'r1',
  kindLabel: 'Agrément initial',
  status: 'PENDING',
  receivedOn: '2026-03-02',
  deadline: '2026-03-09',
  decidedOn: null,
  refusalReason: null,
  refusalComment: null,
  appeal: null,
  prescription: {
    prescriberOrganisation: { name: 'Mission locale de Dijon' },
    diagnosis: { diagnosedOn: '2026-02-10', prescriberOrganisation: { name: 'Mission locale de Dijon' } },
    history: [
      { statusLabel: 'Envoyée', occurredAt: '2026-02-11T09:00:00Z', comment: null, reason: null },
      { statusLabel: 'Acceptée', occurredAt: '2026-03-01T23:30:00Z', comment: 'Embauche le 2 mars', reason: null },
    ],
  },
  approval: null,
  ...overrides,
});

const titles = (entries: ReturnType<typeof requestHistory>) => entries.map((e) => e.title);

describe('requestHistory', () => {
  it('tells a pending request from the diagnosis to its receipt, in French calendar order', () => {
    const entries = requestHistory(request());
    expect(titles(entries)).toEqual([
      'Diagnostic d’éligibilité réalisé par Mission locale de Dijon',
      'Fiche navette : Envoyée',
      // 23:30 UTC on 1 March is 2 March in France: same day as the receipt, and before it.
      'Fiche navette : Acceptée',
      'Demande reçue : Agrément initial',
    ]);
    expect(entries[2]?.detail).toBe('Embauche le 2 mars');
  });

  it('shows the refusal with its reason, then the appeal and its answer', () => {
    const entries = requestHistory(
      request({
        status: 'GRANTED',
        decidedOn: '2026-03-05',
        refusalReason: { label: 'Demande incomplète' },
        refusalComment: 'Contrat manquant',
        appeal: { filedOn: '2026-03-10', status: 'UPHELD', decidedOn: '2026-03-12', comment: 'Pièce reçue' },
      }),
    );
    expect(titles(entries).slice(-3)).toEqual([
      'Demande refusée par l’agence',
      'Recours de la SIAE déposé auprès de la direction',
      'Recours accueilli : l’agrément est accordé',
    ]);
    expect(entries.at(-3)?.detail).toBe('Demande incomplète – Contrat manquant');
    expect(entries.at(-1)?.detail).toBe('Pièce reçue');
  });

  it('dates a tacit grant at the deadline when the API gives no decision date', () => {
    const entries = requestHistory(request({ status: 'TACITLY_GRANTED', prescription: null }));
    expect(entries.at(-1)).toEqual({
      at: '2026-03-09',
      precision: 'day',
      title: 'Agrément accordé tacitement, faute de réponse dans le délai',
    });
  });

  it('lists the other requests made under the same agrément, not this one', () => {
    const entries = requestHistory(
      request({
        kindLabel: 'Suspension',
        prescription: null,
        approval: {
          number: 'XXXXX2600001',
          requests: [
            {
              id: 'r0',
              kindLabel: 'Agrément initial',
              statusLabel: 'Accordée',
              receivedOn: '2025-01-06',
              decidedOn: '2025-01-08',
            },
            { id: 'r1', kindLabel: 'Suspension', statusLabel: 'En attente', receivedOn: '2026-03-02', decidedOn: null },
          ],
        },
      }),
    );
    expect(entries).toEqual([
      {
        at: '2025-01-06',
        precision: 'day',
        title: 'Autre demande sur l’agrément XXXXX2600001 : Agrément initial',
        detail: 'Accordée (décision du 08/01/2025)',
      },
      { at: '2026-03-02', precision: 'day', title: 'Demande reçue : Suspension' },
    ]);
  });
});
