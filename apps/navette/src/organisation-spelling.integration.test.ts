// One spelling, "organisation" (issue 17 §2), through the gateway on a real PostgreSQL: the public names spelt
// "organization" stay, deprecated until 2027-06-04, and answer exactly as the new ones; fragments on the former type
// name `PrescriberOrganization` (now an interface of `PrescriberOrganisation`) still apply, across subgraphs too.
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { ok, ORGS, signIn } from './testing/parcours.js';

let database: TestDatabase;
let navette: RunningNavette;
let url: string;
let siae: Awaited<ReturnType<typeof signIn>>;
let prescriber: Awaited<ReturnType<typeof signIn>>;

beforeAll(async () => {
  database = await createTestDatabase();
  navette = await startNavette({
    arbitraryDocumentsForUsers: true, // ad-hoc documents with users' tokens
    databaseUrl: database.url,
    port: 0,
    demoData: false,
    appsDir: '/nonexistent',
    jobs: false,
  });
  url = navette.graphqlUrl;
  siae = await signIn(url, 'siae@demo.navette.fr');
  prescriber = await signIn(url, 'prescripteur@demo.navette.fr');
});
afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

const FIELDS = 'id name kind city departement { code } habilitation { startOn endOn } canPrescribe habilitationStatus';

describe('the former spelling, deprecated', () => {
  it('prescriberOrganizations answers the same page as prescriberOrganisations, fragments on the old type name included', async () => {
    const data = await ok<Record<'old' | 'new', unknown>>(
      url,
      siae,
      `query($filter: PrescriberOrganizationFilter, $newFilter: PrescriberOrganisationFilter) {
        old: prescriberOrganizations(first: 30, filter: $filter) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ... on PrescriberOrganization { ${FIELDS} } } }
        }
        new: prescriberOrganisations(first: 30, filter: $newFilter) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ... on PrescriberOrganisation { ${FIELDS} } } }
        }
      }`,
      { filter: { departement: '25' }, newFilter: { departement: '25' } },
    );
    expect((data.new as { edges: unknown[] }).edges.length).toBeGreaterThan(5);
    expect(data.old).toEqual(data.new);
  });

  it('prescriberOrganization(id) answers as prescriberOrganisation(id), an unknown id as null', async () => {
    const data = await ok<Record<string, unknown>>(
      url,
      siae,
      `query($id: ID!, $unknown: ID!) {
        old: prescriberOrganization(id: $id) { __typename ${FIELDS} }
        new: prescriberOrganisation(id: $id) { __typename ${FIELDS} }
        oldUnknown: prescriberOrganization(id: $unknown) { id }
        newUnknown: prescriberOrganisation(id: $unknown) { id }
      }`,
      { id: ORGS.prescriber, unknown: '00000000-0000-4000-8000-000000000000' },
    );
    expect(data.new).toMatchObject({ __typename: 'PrescriberOrganisation', id: ORGS.prescriber });
    expect(data.old).toEqual(data.new);
    expect([data.oldUnknown, data.newUnknown]).toEqual([null, null]);
  });

  it('a prescripteur belongs to an organisation of kind PRESCRIBER_ORGANISATION', async () => {
    const data = await ok<{ viewer: { organisation: { kind: string; id: string } } }>(
      url,
      prescriber,
      '{ viewer { organisation { kind id } } }',
    );
    expect(data.viewer.organisation).toEqual({ kind: 'PRESCRIBER_ORGANISATION', id: ORGS.prescriber });
  });

  it('orientPerson takes the deprecated prescriberOrganizationId; the orientation answers the old fields as the new', async () => {
    const data = await ok<{ orientPerson: Record<string, unknown> }>(
      url,
      siae,
      `mutation($input: OrientationInput!) { orientPerson(input: $input) {
        originOrganisationName originOrganizationName
        new: prescriberOrganisation { id name }
        old: prescriberOrganization { ... on PrescriberOrganization { id name } }
      } }`,
      {
        input: {
          person: { firstName: 'Sam', lastName: 'Orthographe', birthDate: '1990-04-12', phone: '0601020304' },
          prescriberOrganizationId: ORGS.prescriber,
          reason: 'Premier repérage en accueil',
        },
      },
    );
    const orientation = data.orientPerson;
    expect(orientation.new).toMatchObject({ id: ORGS.prescriber });
    expect((orientation.new as { name: string }).name).not.toBe('');
    expect(orientation.old).toEqual(orientation.new);
    expect(orientation.originOrganizationName).toBe(orientation.originOrganisationName);
  });
});
