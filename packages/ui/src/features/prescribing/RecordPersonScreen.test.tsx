// @vitest-environment jsdom
// « Enregistrer une personne » as a prescripteur meets it (issue 17 §3: component tests of the portals' own screens):
// sent empty or with impossible values, it says in French what to fix in a summary that takes the focus, nothing
// sent; filled in, it sends the trimmed input (optional fields left out) and opens the person's page; refused by the
// API, it shows the API's French message and keeps what was typed. Only the network is replaced (MockedProvider).
import type { MockLink } from '@apollo/client/testing';
import { siaeSession, renderScreen, sessionStore } from '../../testing/component-testing.tsx';
import { todayInFrance } from '../../format/dates.ts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RecordPersonDocument } from '../../generated/graphql.ts';
import type { PrescribingPaths } from './context.tsx';
import { RecordPersonScreen } from './RecordPersonScreen.tsx';

const PERSON_ID = '5b0c1c39-7a0e-5a35-9f31-6a2c0f6f9a21';

// The Espace prescripteur's paths (the screen is shared with the Espace agence, issue 18 §2).
const paths: PrescribingPaths = {
  people: '/personnes',
  newPerson: '/personnes/nouvelle',
  person: (id) => `/personnes/${id}`,
  diagnose: (id) => `/personnes/${id}/diagnostic`,
  prescribe: (id) => `/personnes/${id}/prescription`,
  prescriptions: '/prescriptions',
  prescription: (id) => `/prescriptions/${id}`,
};

function prescripteur() {
  const session = siaeSession();
  return sessionStore('portal-prescripteur', {
    session: {
      ...session,
      viewer: {
        ...session.viewer,
        email: 'prescripteur@demo.navette.fr',
        role: 'PRESCRIBER',
        roleLabel: 'Prescripteur',
        organisation: {
          kind: 'PRESCRIBER_ORGANISATION',
          id: '00000000-0000-4000-8000-000000000003',
          name: 'Mission locale de Besançon',
        },
      },
    },
  });
}

const input = {
  firstName: 'Sam',
  lastName: 'Petit',
  birthDate: '1990-04-12',
  email: 'sam.petit@example.fr',
  phone: null,
  poleEmploiId: null,
  rqth: true,
};

function render(mocks: ReadonlyArray<MockLink.MockedResponse> = []) {
  return renderScreen(<RecordPersonScreen paths={paths} />, {
    store: prescripteur(),
    mocks,
    at: { path: '/personnes/nouvelle' },
  });
}

async function fillIn() {
  await userEvent.type(screen.getByLabelText('Prénom'), '  Sam ');
  await userEvent.type(screen.getByLabelText('Nom'), 'Petit');
  await userEvent.type(screen.getByLabelText(/^Date de naissance/), input.birthDate);
  await userEvent.type(screen.getByLabelText(/^Adresse électronique/), input.email);
  await userEvent.click(screen.getByLabelText(/^Reconnaissance de la qualité de travailleur handicapé/));
}
const submit = () => userEvent.click(screen.getByRole('button', { name: 'Enregistrer la personne' }));

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined); // ApiErrorAlert logs the technical error
});
afterEach(() => vi.restoreAllMocks());

describe('RecordPersonScreen', () => {
  it('sent empty: a focused summary in French, each field in error aria-invalid, nothing sent', async () => {
    render();
    await submit();
    const summary = screen.getByTestId('error-summary');
    expect(document.activeElement).toBe(summary);
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Indiquez le prénom.', 'Indiquez le nom.', 'Indiquez la date de naissance.']);
    for (const label of ['Prénom', 'Nom']) {
      expect(screen.getByLabelText(label).getAttribute('aria-invalid')).toBe('true');
    }
    expect(screen.getByTestId('location').textContent).toBe('/personnes/nouvelle');
  });

  it('refuses a birth date in the future and a malformed e-mail before sending', async () => {
    render();
    const [year, month, day] = todayInFrance().split('-').map(Number) as [number, number, number];
    const nextYear = `${year + 1}-${String(month).padStart(2, '0')}-${String(Math.min(day, 28)).padStart(2, '0')}`;
    await userEvent.type(screen.getByLabelText('Prénom'), 'Sam');
    await userEvent.type(screen.getByLabelText('Nom'), 'Petit');
    await userEvent.type(screen.getByLabelText(/^Date de naissance/), nextYear);
    await userEvent.type(screen.getByLabelText(/^Adresse électronique/), 'sam.petit');
    await submit();
    const summary = screen.getByTestId('error-summary');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'La date de naissance ne peut pas être dans le futur.',
      'L’adresse électronique doit être au format nom@domaine.fr.',
    ]);
  });

  it('filled in: sends the trimmed input, optional fields left out, then opens the person’s page', async () => {
    render([
      {
        request: { query: RecordPersonDocument, variables: { input } },
        result: {
          data: {
            recordPerson: { __typename: 'Person' as const, id: PERSON_ID, firstName: 'Sam', lastName: 'Petit' },
          },
        },
      },
    ]);
    await fillIn();
    await submit();
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe(`/personnes/${PERSON_ID}`));
    expect(screen.queryByTestId('error-summary')).toBeNull();
  });

  it('refused by the API: its French message, and what was typed kept', async () => {
    const refusal = 'Cette personne est déjà suivie par votre structure.';
    render([
      {
        request: { query: RecordPersonDocument, variables: { input } },
        result: { errors: [new GraphQLError(refusal, { extensions: { code: 'CONFLICT' } })] },
      },
    ]);
    await fillIn();
    await submit();
    await screen.findByText(refusal);
    expect(screen.getByTestId('location').textContent).toBe('/personnes/nouvelle');
    expect(screen.getByLabelText<HTMLInputElement>('Nom').value).toBe('Petit');
  });
});
