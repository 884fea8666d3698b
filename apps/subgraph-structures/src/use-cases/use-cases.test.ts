// The structures' use cases on a real PostgreSQL (issue 17 §3): job offers, conventions de coopération, référents and
// access rights, each called as its resolver calls it with the context of a demo account or of a user of another
// organisation — no HTTP, no gateway. What a user relies on: a SIAE acts for itself and its agence for the SIAE of its
// territory, nobody else; the same act twice is one act (one event for third parties); an input the form should have
// caught is refused in French with its field and a stable reason. The clock is fixed on Monday 23 November 2026.
import { hashPassword, type UserPrincipal } from '@navette/auth';
import { randomUUID } from 'node:crypto';
import { demoId, tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { clockAt, newUserIn, principalOf, refusalOf, testTokenIssuer } from '@navette/subgraph-server/testing';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor } from '../context.js';
import { signIn } from '../services/identity/sign-in.js';
import { closeJobOffer } from './close-job-offer.js';
import { draftCooperationAgreement } from './draft-cooperation-agreement.js';
import { publishJobOffer } from './publish-job-offer.js';
import { setSiaeReferents } from './set-siae-referents.js';
import { setUserStatus } from './set-user-status.js';
import { signCooperationAgreement } from './sign-cooperation-agreement.js';

const TODAY = '2026-11-23';
const SIAE = demoId('siae:25-BES:0');
const OTHER_SIAE = demoId('siae:21-BEA:0');

type Who = 'siae' | 'otherSiae' | 'agency' | 'otherAgency' | 'prescriber' | 'admin';
let database: TestDatabase;
const principals = {} as Record<Who, UserPrincipal>;
const issuer = testTokenIssuer();
/** A fresh context per call, as each request gets one. */
const as = (who: Who) => contextFor(database.db, principals[who], { issuer, clock: clockAt(TODAY) });

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  Object.assign(principals, {
    siae: await principalOf(db, 'siae@demo.navette.fr'),
    otherSiae: await newUserIn(db, 'SIAE', OTHER_SIAE),
    agency: await principalOf(db, 'agence@demo.navette.fr'),
    otherAgency: await newUserIn(db, 'AGENCY', demoId('agency:21-BEA')),
    prescriber: await principalOf(db, 'prescripteur@demo.navette.fr'),
    admin: await principalOf(db, 'admin@demo.navette.fr'),
  });
});
afterAll(async () => {
  await database?.drop();
});

let offers = 0;
const offer = (siaeId = SIAE) => ({
  siaeId,
  title: `Agent·e d’entretien n° ${++offers}`,
  description: 'Tonte, taille.',
});
const outboxOf = (type: string, subjectId: string) =>
  database.db.$count(
    tables.outboxEvents,
    and(eq(tables.outboxEvents.type, type), eq(tables.outboxEvents.subjectId, subjectId)),
  );

describe('publishJobOffer and closeJobOffer', () => {
  it('the SIAE and its agence publish for the SIAE; another SIAE and a prescripteur are refused', async () => {
    const mine = await publishJobOffer(as('siae'), offer());
    expect(mine).toMatchObject({ siaeId: SIAE, status: 'OPEN', publishedOn: TODAY, positions: 1 });
    expect(await outboxOf('JOB_OFFER_PUBLISHED', mine.id)).toBe(1);
    expect(await publishJobOffer(as('agency'), { ...offer(), positions: 3 })).toMatchObject({ positions: 3 });
    // The same offer again the same day (a retry, a double click, its agence): the one published is named.
    expect(await refusalOf(() => publishJobOffer(as('agency'), { ...offer(), title: mine.title }))).toMatchObject({
      code: 'CONFLICT',
      existing: mine.id,
    });

    expect(await refusalOf(() => publishJobOffer(as('otherSiae'), offer()))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'SIAE_NOT_YOURS',
    });
    expect(await refusalOf(() => publishJobOffer(as('otherAgency'), offer()))).toMatchObject({
      reason: 'SIAE_NOT_YOURS',
    });
    expect(await refusalOf(() => publishJobOffer(as('prescriber'), offer()))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'COOPERATION_PARTIES_ONLY',
    });
    expect(await refusalOf(() => publishJobOffer(as('siae'), offer('pas-un-id')))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'SIAE_NOT_FOUND',
    });
  });

  it('refuses an input the form should have caught, in French, with the field and a stable reason', async () => {
    expect(await refusalOf(() => publishJobOffer(as('siae'), { ...offer(), positions: 0 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      field: 'Nombre de postes',
      message: 'Nombre de postes : un entier entre 1 et 500.',
    });
    expect(
      await refusalOf(() => publishJobOffer(as('siae'), { ...offer(), depositedAtPoleEmploiOn: '2026-11-24' })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DEPOSIT_DATE_IN_FUTURE' });
    expect(await database.db.$count(tables.jobOffers, eq(tables.jobOffers.positions, 0))).toBe(0);
  });

  it('closing twice closes once and tells third parties once; another SIAE is refused', async () => {
    const published = await publishJobOffer(as('siae'), offer());
    expect(await refusalOf(() => closeJobOffer(as('otherSiae'), published.id))).toMatchObject({
      reason: 'SIAE_NOT_YOURS',
    });
    expect(await closeJobOffer(as('siae'), published.id)).toMatchObject({ status: 'CLOSED' });
    expect(await closeJobOffer(as('agency'), published.id)).toMatchObject({ status: 'CLOSED' });
    expect(await outboxOf('JOB_OFFER_CLOSED', published.id)).toBe(1);
    expect(await refusalOf(() => closeJobOffer(as('siae'), 'pas-un-id'))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'JOB_OFFER_NOT_FOUND',
    });
  });
});

describe('draftCooperationAgreement and signCooperationAgreement', () => {
  const draft = { siaeId: SIAE, startOn: '2027-01-01', endOn: '2027-12-31', prescriptionHeading: 'Fiches navette' };

  it('the two parties sign at once: the convention is signed by both, once; another agence does not see it', async () => {
    const agreement = await draftCooperationAgreement(as('siae'), draft);
    expect(agreement).toMatchObject({ status: 'DRAFT', agencyId: demoId('agency:25-BES') });
    expect(await refusalOf(() => signCooperationAgreement(as('otherAgency'), agreement.id))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'AGREEMENT_NOT_FOUND',
    });

    await Promise.all([
      signCooperationAgreement(as('siae'), agreement.id),
      signCooperationAgreement(as('agency'), agreement.id),
    ]);
    const [row] = await database.db
      .select()
      .from(tables.cooperationAgreements)
      .where(eq(tables.cooperationAgreements.id, agreement.id));
    expect(row).toMatchObject({ status: 'SIGNED', signedOn: TODAY, siaeSignedOn: TODAY, agencySignedOn: TODAY });
    expect(await outboxOf('COOPERATION_AGREEMENT_SIGNED', agreement.id)).toBe(1);
    expect(await refusalOf(() => signCooperationAgreement(as('siae'), agreement.id))).toMatchObject({
      code: 'CONFLICT',
      reason: 'AGREEMENT_ALREADY_SIGNED',
    });
  });

  it('one party signing twice is told it signed already', async () => {
    const agreement = await draftCooperationAgreement(as('agency'), { ...draft, startOn: '2029-01-01', endOn: null });
    await signCooperationAgreement(as('agency'), agreement.id);
    expect(await refusalOf(() => signCooperationAgreement(as('agency'), agreement.id))).toMatchObject({
      code: 'CONFLICT',
      reason: 'AGREEMENT_ALREADY_SIGNED_BY_YOU',
    });
  });

  it('refuses dates in the wrong order (domain) and a missing start (schema)', async () => {
    expect(
      await refusalOf(() => draftCooperationAgreement(as('siae'), { ...draft, endOn: '2026-12-31' })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'AGREEMENT_DATES_OUT_OF_ORDER' });
    expect(await refusalOf(() => draftCooperationAgreement(as('siae'), { ...draft, startOn: '' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      field: 'Début de la convention',
    });
  });
});

describe('setSiaeReferents', () => {
  it('the agence names the référent, the SIAE its correspondent; neither the other’s', async () => {
    await setSiaeReferents(as('agency'), { siaeId: SIAE, referentName: 'Antoine Conseiller' });
    const row = await setSiaeReferents(as('siae'), { siaeId: SIAE, correspondentName: 'Sarah Encadrante' });
    expect(row).toMatchObject({ referentName: 'Antoine Conseiller', correspondentName: 'Sarah Encadrante' });
    expect(await refusalOf(() => setSiaeReferents(as('siae'), { siaeId: SIAE, referentName: 'Moi' }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'REFERENT_SET_BY_AGENCY',
    });
    expect(
      await refusalOf(() => setSiaeReferents(as('siae'), { siaeId: SIAE, correspondentEmail: 'sarah@' })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', field: 'Courriel du correspondant' });
  });
});

describe('setUserStatus', () => {
  it('disabling an account closes its open sessions at once; an administrator cannot disable their own', async () => {
    const user = await newUserIn(database.db, 'SIAE', SIAE);
    await database.db.insert(tables.sessions).values({
      id: user.sessionId,
      userId: user.userId,
      refreshTokenHash: `test-${user.sessionId}`,
      expiresAt: new Date(`${TODAY}T20:00:00Z`),
    });
    const now = new Date(`${TODAY}T09:00:00Z`);
    expect(
      await setUserStatus(
        database.db,
        principals.admin,
        { userId: user.userId, status: 'DISABLED', client: null },
        now,
      ),
    ).toBe(true);
    expect(
      await database.db.$count(
        tables.sessions,
        and(eq(tables.sessions.userId, user.userId), isNull(tables.sessions.revokedAt)),
      ),
    ).toBe(0);

    const admin = principals.admin;
    expect(
      await refusalOf(() =>
        setUserStatus(database.db, admin, { userId: admin.userId, status: 'DISABLED', client: null }, now),
      ),
    ).toMatchObject({ reason: 'OWN_ACCOUNT_STATUS' });
    expect(
      await refusalOf(() =>
        setUserStatus(database.db, admin, { userId: 'pas-un-id', status: 'DISABLED', client: null }, now),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', reason: 'ACCOUNT_NOT_FOUND' });
  });
});

describe('signIn with a membership whose organisation does not exist', () => {
  it('is refused as a wrong password would be, not signed in for no organisation; signs in once the id is right', async () => {
    const email = `agent-${randomUUID()}@exemple.fr`;
    const password = 'Un-mot-de-passe-solide-2026';
    const [user] = await database.db
      .insert(tables.users)
      .values({
        id: randomUUID(),
        email,
        displayName: 'Agent mal rattaché',
        passwordHash: await hashPassword(password),
      })
      .returning({ id: tables.users.id });
    // The database refuses an agence id that is none (migration 0035)…
    await expect(
      database.db
        .insert(tables.memberships)
        .values({ userId: user!.id, role: 'AGENCY', organisationKind: 'AGENCY', organisationId: randomUUID() }),
    ).rejects.toThrow();
    // …but an organisation may go after its members (no cross-context foreign key holds memberships to a table).
    const gone = randomUUID();
    await database.db.insert(tables.agencies).values({
      id: gone,
      code: `T${gone.slice(0, 8)}`,
      name: 'Agence fermée',
      departementCode: '25',
      city: 'Besançon',
    });
    await database.db
      .insert(tables.memberships)
      .values({ userId: user!.id, role: 'AGENCY', organisationKind: 'AGENCY', organisationId: gone });
    await database.db.delete(tables.agencies).where(eq(tables.agencies.id, gone));
    const attempt = () =>
      signIn(database.db, issuer, { email, password, client: null, source: 'test' }, new Date(), () =>
        Promise.resolve(),
      );
    expect(await refusalOf(attempt)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect(await database.db.$count(tables.sessions, eq(tables.sessions.userId, user!.id))).toBe(0);

    await database.db
      .update(tables.memberships)
      .set({ organisationId: demoId('agency:25-BES') })
      .where(eq(tables.memberships.userId, user!.id));
    const session = await attempt();
    expect(session.accessToken).toBeTruthy();
  });
});
