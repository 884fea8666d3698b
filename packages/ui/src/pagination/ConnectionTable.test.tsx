// @vitest-environment jsdom
// ConnectionTable (issue 17 §2), the portals' one table of a Relay connection, as the user meets it: loading, the
// rows in their columns, the numbered pages kept in the URL (and the focus back on the count), nothing found, and a
// failure told in French with a retry. The connection is what a query would give for the page in the URL.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryRouter, useLocation } from 'react-router';
import { ConnectionTable, type TableConnection } from './ConnectionTable.tsx';
import { searchCodec, useListParams } from './use-list-params.ts';

type Person = { id: string; name: string; city: string };
const PAGE_SIZE = 2;
const people: Person[] = [
  { id: '1', name: 'Alex Martin', city: 'Besançon' },
  { id: '2', name: 'Sam Petit', city: 'Dijon' },
  { id: '3', name: 'Lou Bernard', city: 'Dole' },
];

/** The page of `all` after `after` (cursors are the ids), as the API answers it. */
function pageOf(all: Person[], after: string | null): TableConnection<Person> {
  const start = after === null ? 0 : all.findIndex((p) => p.id === after) + 1;
  const nodes = all.slice(start, start + PAGE_SIZE);
  return {
    totalCount: all.length,
    pageInfo: { hasNextPage: start + PAGE_SIZE < all.length, endCursor: nodes.at(-1)?.id ?? null },
    edges: nodes.map((node) => ({ node })),
  };
}

function Search() {
  return <p data-testid="search">{useLocation().search}</p>;
}

function People({
  all,
  loading = false,
  error,
  onRetry = () => undefined,
  headingLevel,
}: {
  all?: Person[];
  loading?: boolean;
  /** The query's error for the page after this cursor. */
  error?: (after: string | null) => unknown;
  onRetry?: () => void;
  headingLevel?: 2 | 3;
}) {
  const { pager } = useListParams(searchCodec());
  const failure = error?.(pager.after);
  return (
    <ConnectionTable
      id="personnes"
      caption="Personnes"
      columns={[
        { header: 'Nom', cell: (p: Person) => <strong>{p.name}</strong> },
        { header: 'Commune', cell: (p: Person) => p.city },
      ]}
      connection={all && !failure ? pageOf(all, pager.after) : undefined}
      loading={loading}
      error={failure}
      onRetry={onRetry}
      pager={pager}
      pageSize={PAGE_SIZE}
      headingLevel={headingLevel}
      count={(n) => `${n} personne${n > 1 ? 's' : ''}`}
      empty="Aucune personne."
    />
  );
}

const renderAt = (element: React.ReactNode, path = '/personnes') =>
  render(
    <MemoryRouter initialEntries={[path]}>
      {element}
      <Search />
    </MemoryRouter>,
  );

let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  // ErrorState logs the technical error for the developers; the user never sees it.
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  consoleError.mockRestore();
  cleanup();
});

describe('ConnectionTable', () => {
  it('says it is loading while the first page has not come', () => {
    renderAt(<People loading />);
    expect(screen.getByRole('status').textContent).toMatch(/Chargement/);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows the rows in their columns, then the next page from the URL, the focus back on the count', async () => {
    const user = userEvent.setup();
    renderAt(<People all={people} />);
    expect(screen.getByRole('heading', { name: '3 personnes' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Personnes' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Nom', 'Commune']);
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((tr) => tr.textContent),
    ).toEqual(['Alex MartinBesançon', 'Sam PetitDijon']);
    expect(screen.getByText('Page 1 sur 2')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Page suivante' }));
    expect(screen.getByTestId('search').textContent).toBe('?page=2&apres=2');
    expect(
      within(screen.getByRole('table'))
        .getAllByRole('row')
        .slice(1)
        .map((tr) => tr.textContent),
    ).toEqual(['Lou BernardDole']);
    expect(screen.getByText('Page 2 sur 2')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: '3 personnes' }));
    expect(screen.getByRole('button', { name: 'Page suivante' })).toHaveProperty('disabled', true);

    await user.click(screen.getByRole('button', { name: 'Page précédente' }));
    expect(screen.getByTestId('search').textContent).toBe('');
    expect(screen.getByText('Alex Martin')).toBeTruthy();
  });

  it('offers no pages when one holds everything; the count may be a heading of the third level', () => {
    renderAt(<People all={people.slice(0, 2)} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: '2 personnes' })).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(screen.queryByRole('navigation', { name: 'Pagination' })).toBeNull();
  });

  it('says when nothing matches, without a table', () => {
    renderAt(<People all={[]} />);
    expect(screen.getByRole('heading', { name: '0 personne' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Aucune personne.');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('tells a failure in French and retries; a cursor the API refused goes back to page 1 instead', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const failure = new Error('connect ECONNREFUSED 10.0.0.3:4000');
    const { unmount } = renderAt(<People error={() => failure} onRetry={onRetry} />);
    expect(screen.getByRole('alert').textContent).not.toContain('ECONNREFUSED');
    await user.click(screen.getByRole('button', { name: /Réessayer/ }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    unmount();

    const refused = { errors: [{ message: 'Curseur invalide', extensions: { reason: 'INVALID_CURSOR' } }] };
    // The API refuses the forged cursor, then answers page 1.
    renderAt(<People all={people} error={(after) => (after ? refused : undefined)} />, '/personnes?page=3&apres=forge');
    expect(await screen.findByText('Page 1 sur 2')).toBeTruthy();
    expect(screen.getByTestId('search').textContent).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
