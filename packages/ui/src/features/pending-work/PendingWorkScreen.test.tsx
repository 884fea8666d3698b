// @vitest-environment jsdom
// « Mon travail en attente », the home page of every portal (issue 14 §1), in its four states as the user meets them:
// loading, the list, nothing waiting, and a failure (told in French, never the raw error, with a retry that works).
// Only the network is replaced (MockedProvider); the labels and days-left wording are the real ones.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PendingWorkDocument, type PendingWorkQuery } from '../../generated/graphql.ts';
import { renderScreen } from '../../testing/component-testing.tsx';
import { PendingWorkScreen } from './PendingWorkScreen.tsx';

const work = (items: NonNullable<PendingWorkQuery['pendingWork']>['items']): { data: PendingWorkQuery } => ({
  data: {
    __typename: 'Query',
    pendingWork: {
      __typename: 'PendingWork',
      viewerId: '00000000-0000-4000-8000-000000000001',
      total: items.length,
      incomplete: false,
      counts:
        items.length === 0
          ? []
          : [
              {
                __typename: 'PendingWorkCount',
                kind: 'PRESCRIPTION_TO_ANSWER' as const,
                label: 'Fiches navette à traiter',
                count: items.length,
              },
            ],
      items,
    },
  },
});
const toAnswer = (label: string, daysLeft: number) => ({
  __typename: 'PendingWorkItem' as const,
  kind: 'PRESCRIPTION_TO_ANSWER' as const,
  label,
  dueOn: '2026-11-30',
  daysLeft,
  daysLeftInWorkingDays: false,
  link: '/prescriptions/1',
});
const request = { query: PendingWorkDocument };

let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  // ErrorState logs the technical error for the developers; the user never sees it.
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => consoleError.mockRestore());

describe('PendingWorkScreen', () => {
  it('says it is loading, then lists the work by due date with the counts per kind', async () => {
    renderScreen(<PendingWorkScreen intro="Ce qui attend votre SIAE." />, {
      mocks: [{ request, result: work([toAnswer('Fiche de Alex Martin', 2), toAnswer('Fiche de Sam Petit', 6)]) }],
    });
    expect(screen.getByRole('status')).toHaveProperty('textContent', 'Chargement en cours…');

    expect(await screen.findByText('2 éléments en attente')).toBeTruthy();
    expect(screen.getByTestId('pending-work-counts').textContent).toBe('Fiches navette à traiter : 2');
    const items = within(screen.getByTestId('pending-work-items')).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual([
      'Fiche de Alex Martin',
      'Fiche de Sam Petit',
    ]);
    expect(screen.queryByText('Chargement en cours…')).toBeNull();
  });

  it('says so when nothing waits', async () => {
    renderScreen(<PendingWorkScreen intro="Ce qui attend votre SIAE." />, { mocks: [{ request, result: work([]) }] });
    expect(await screen.findByText('Rien ne vous attend pour l’instant.')).toBeTruthy();
    expect(screen.queryByTestId('pending-work-items')).toBeNull();
  });

  it('tells a failure in French without the technical error, and « Réessayer » loads the list', async () => {
    renderScreen(<PendingWorkScreen intro="Ce qui attend votre SIAE." />, {
      mocks: [
        { request, error: new Error('connect ECONNREFUSED 127.0.0.1:4000') },
        { request, result: work([toAnswer('Fiche de Alex Martin', 1)]) },
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Une erreur est survenue');
    expect(alert.textContent).toContain('Vérifiez votre connexion puis réessayez');
    expect(document.body.textContent).not.toContain('ECONNREFUSED');
    expect(consoleError).toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByText('1 élément en attente')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a role that may not read it is told access is refused, not offered a retry', async () => {
    renderScreen(<PendingWorkScreen intro="Ce qui attend votre SIAE." />, {
      mocks: [{ request, result: { errors: [{ message: 'Interdit', extensions: { code: 'FORBIDDEN' } }] } }],
    });
    expect(await screen.findByRole('heading', { name: 'Accès refusé' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Réessayer' })).toBeNull();
  });
});
