// @vitest-environment jsdom
// The orientation form (accord, annexe 4 §3), as a user of the Espace SIAE meets it: sent empty, it says in French
// what to fix in a summary that takes the focus, each field in error marked aria-invalid and reached from the summary;
// filled in, it offers only the prescripteurs who may prescribe today and sends what was typed; refused by the API, it
// shows the API's French message, focused, and keeps what was typed. Only the network is replaced (MockedProvider).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  OrientationTargetsDocument,
  OrientPersonDocument,
  SiaeDirectoryDepartementsDocument,
} from '../../generated/graphql.ts';
import { renderScreen } from '../../testing/component-testing.tsx';
import { OrientPersonForm } from './OrientPersonForm.tsx';

const MISSION_LOCALE = '5b0c1c39-7a0e-5a35-9f31-6a2c0f6f9a01';
const LAPSED_CCAS = '5b0c1c39-7a0e-5a35-9f31-6a2c0f6f9a02';

const departements = {
  request: { query: SiaeDirectoryDepartementsDocument },
  result: {
    data: {
      departements: [
        { __typename: 'Departement' as const, code: '21', name: 'Côte-d’Or' },
        { __typename: 'Departement' as const, code: '25', name: 'Doubs' },
      ],
    },
  },
};
const prescriber = (id: string, name: string, canPrescribe: boolean) => ({
  __typename: 'PrescriberOrganisationEdge' as const,
  node: {
    __typename: 'PrescriberOrganisation' as const,
    id,
    name,
    kind: canPrescribe ? 'MISSION_LOCALE' : 'HABILITE',
    city: 'Besançon',
    canPrescribe,
  },
});
const targets = {
  request: { query: OrientationTargetsDocument, variables: { departement: '25' } },
  result: {
    data: {
      prescriberOrganisations: {
        __typename: 'PrescriberOrganisationConnection' as const,
        edges: [
          prescriber(MISSION_LOCALE, 'Mission locale de Besançon', true),
          prescriber(LAPSED_CCAS, 'CCAS de Besançon', false),
        ],
      },
    },
  },
};
const input = {
  prescriberOrganisationId: MISSION_LOCALE,
  reason: 'Repérée à l’accueil, souhaite travailler',
  person: { firstName: 'Sam', lastName: 'Petit', birthDate: '1990-04-12', phone: null, email: null },
};

async function fillIn() {
  await userEvent.type(screen.getByLabelText('Prénom'), 'Sam');
  await userEvent.type(screen.getByLabelText('Nom'), 'Petit');
  await userEvent.type(screen.getByLabelText(/Date de naissance/), '1990-04-12');
  await userEvent.selectOptions(screen.getByLabelText('Département du prescripteur'), '25');
  const select = screen.getByLabelText(/^Prescripteur/);
  await waitFor(() =>
    expect(within(select).queryByRole('option', { name: /Mission locale de Besançon/ })).toBeTruthy(),
  );
  await userEvent.selectOptions(select, MISSION_LOCALE);
  await userEvent.type(screen.getByLabelText(/Motif de l’orientation/), input.reason);
}
const submit = () => userEvent.click(screen.getByRole('button', { name: 'Orienter la personne' }));

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined); // ApiErrorAlert logs the technical error
});
afterEach(() => vi.restoreAllMocks());

describe('OrientPersonForm', () => {
  it('sent empty: a focused summary of the errors in French, each field in error aria-invalid and reachable', async () => {
    const onOriented = vi.fn();
    renderScreen(<OrientPersonForm cancelTo="/orientations" onOriented={onOriented} />, { mocks: [departements] });
    await submit();

    const summary = screen.getByTestId('error-summary');
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getByRole('heading').textContent).toBe('Le formulaire contient des erreurs');
    const messages = within(summary)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(messages).toEqual([
      'Saisissez prénom.',
      'Saisissez nom.',
      'Saisissez date de naissance.',
      'Choisissez département du prescripteur.',
      'Choisissez prescripteur.',
      'Saisissez motif de l’orientation.',
    ]);
    for (const label of ['Prénom', 'Nom', 'Département du prescripteur']) {
      expect(screen.getByLabelText(label).getAttribute('aria-invalid')).toBe('true');
    }
    expect(screen.getByLabelText(/Motif de l’orientation/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText(/Téléphone/).getAttribute('aria-invalid')).toBeNull();

    await userEvent.click(within(summary).getByRole('link', { name: 'Saisissez nom.' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Nom'));
    // Corrected, the field leaves its error state and aria-invalid goes with it.
    await userEvent.type(screen.getByLabelText('Nom'), 'Petit');
    await waitFor(() => expect(screen.getByLabelText('Nom').getAttribute('aria-invalid')).toBeNull());
    expect(onOriented).not.toHaveBeenCalled();
  });

  it('offers only the prescripteurs who may prescribe today, and sends what was typed', async () => {
    const onOriented = vi.fn();
    const oriented = {
      __typename: 'Orientation' as const,
      id: '5b0c1c39-7a0e-5a35-9f31-6a2c0f6f9a10',
      status: 'PENDING' as const,
      person: {
        __typename: 'Person' as const,
        id: '5b0c1c39-7a0e-5a35-9f31-6a2c0f6f9a11',
        firstName: 'Sam',
        lastName: 'Petit',
      },
      prescriberOrganisation: {
        __typename: 'PrescriberOrganisation' as const,
        id: MISSION_LOCALE,
        name: 'Mission locale de Besançon',
      },
    };
    renderScreen(<OrientPersonForm cancelTo="/orientations" onOriented={onOriented} />, {
      mocks: [
        departements,
        targets,
        {
          request: { query: OrientPersonDocument, variables: { input } },
          result: { data: { orientPerson: oriented } },
        },
      ],
    });
    await fillIn();
    const options = within(screen.getByLabelText(/^Prescripteur/)).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Choisissez un prescripteur',
      'Mission locale de Besançon (Mission locale, Besançon)',
    ]);

    await submit();
    await waitFor(() => expect(onOriented).toHaveBeenCalledWith(expect.objectContaining({ id: oriented.id })));
    expect(screen.queryByTestId('error-summary')).toBeNull();
  });

  it('refused by the API: its French message, focused, and what was typed kept', async () => {
    renderScreen(<OrientPersonForm cancelTo="/orientations" onOriented={vi.fn()} />, {
      mocks: [
        departements,
        targets,
        {
          request: { query: OrientPersonDocument, variables: { input } },
          result: {
            errors: [
              {
                message: 'Ce prescripteur ne peut pas prescrire aujourd’hui : orientez la personne vers un autre.',
                extensions: { code: 'BAD_USER_INPUT', reason: 'ORIENTATION_TARGET_CANNOT_PRESCRIBE' },
              },
            ],
          },
        },
      ],
    });
    await fillIn();
    await submit();

    const alert = await screen.findByTestId('api-error');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(alert.textContent).toContain('L’orientation n’a pas abouti');
    expect(alert.textContent).toContain('Ce prescripteur ne peut pas prescrire aujourd’hui');
    expect(screen.getByLabelText('Prénom')).toHaveProperty('value', 'Sam');
    expect(screen.getByLabelText(/Motif de l’orientation/)).toHaveProperty('value', input.reason);
  });
});
