// Conventions de coopération locale, référents and job offers (accord, article 2; fiches 2 and 4; annexe 4 §2.2.8).
// Rules: @navette/domain cooperation-agreement.ts. Who sees which rows (DESIGN §4): the SIAE its own, the agence its
// territory, the comité and the État everything; prescripteurs and API clients only open job offers.
import type { Principal } from '@navette/auth';
import { searchKeySql, tables, withConflicts, type Database } from '@navette/db';
import {
  COOPERATION_AGREEMENT_HEADINGS,
  cooperationAgreementStatusOn,
  formatFrenchDate,
  parseIsoDate,
  validateCooperationAgreementDates,
  validateCooperationAgreementSignature,
  validateCooperationAgreementTermination,
  type IsoDate,
} from '@navette/domain';
import { actorOf, clampFirst, connectionFromRows, decodeCursor, recordAudit, userError } from '@navette/subgraph-server';
import { and, desc, eq, ne, or, sql, type SQL } from 'drizzle-orm';
import type { StructuresContext } from '../context.js';
import type { CooperationAgreementFilter, CooperationAgreementInput, JobOfferFilter, JobOfferInput, SiaeReferentsInput } from '../generated/resolvers-types.js';
import { matchesSearch } from './filters.js';
import type { CooperationAgreementRow, SiaeRow } from './rows.js';

const { cooperationAgreements: agreements, jobOffers, siaeReferents, siaes } = tables;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Party = { side: 'SIAE' | 'AGENCY'; id: string };

/** Whose rows the caller sees: its SIAE, its agence's territory, or everything (comité, État, administrators). */
export function agreementScope(principal: Principal): SQL | undefined {
  if (principal.kind === 'user' && principal.organisationKind === 'SIAE') return eq(agreements.siaeId, principal.organisationId);
  if (principal.kind === 'user' && principal.organisationKind === 'AGENCY') return eq(agreements.agencyId, principal.organisationId);
  return undefined;
}

/** Whether the caller may see a SIAE's conventions and référents. */
export function seesSiaeAgreements(principal: Principal, siae: SiaeRow): boolean {
  if (principal.kind !== 'user') return false;
  if (principal.organisationKind === 'SIAE') return principal.organisationId === siae.id;
  if (principal.organisationKind === 'AGENCY') return principal.organisationId === siae.agencyId;
  return true;
}

function party(principal: Principal): Party {
  if (principal.kind === 'user' && (principal.organisationKind === 'SIAE' || principal.organisationKind === 'AGENCY')) {
    return { side: principal.organisationKind, id: principal.organisationId };
  }
  throw userError('FORBIDDEN', 'Seules la SIAE et son agence Pôle emploi signent une convention de coopération locale.');
}

async function siaeOfParty(db: Database, p: Party, siaeId: string): Promise<SiaeRow> {
  const [siae] = UUID.test(siaeId) ? await db.select().from(siaes).where(eq(siaes.id, siaeId)) : [];
  if (!siae) throw userError('NOT_FOUND', 'SIAE introuvable.');
  if ((p.side === 'SIAE' && siae.id !== p.id) || (p.side === 'AGENCY' && siae.agencyId !== p.id)) {
    throw userError('FORBIDDEN', 'Cette SIAE n’est pas la vôtre, ni une SIAE du territoire de votre agence.');
  }
  return siae;
}

function date(value: string | null | undefined, label: string): IsoDate | null {
  if (value == null || value === '') return null;
  const parsed = parseIsoDate(value);
  if (!parsed.ok) throw userError('BAD_USER_INPUT', `${label} : date invalide (format attendu AAAA-MM-JJ).`, { field: label });
  return parsed.value;
}

const heading = (value: string | null | undefined, label: string) => {
  const text = (value ?? '').trim();
  if (text.length > 10_000) throw userError('BAD_USER_INPUT', `${label} : 10 000 caractères au plus.`, { field: label });
  return text;
};

function agreementValues(input: CooperationAgreementInput) {
  const startOn = date(input.startOn, 'Début de la convention')!;
  const endOn = date(input.endOn, 'Fin de la convention');
  const dates = validateCooperationAgreementDates(startOn, endOn);
  if (!dates.ok) throw userError('BAD_USER_INPUT', dates.message, { reason: dates.code });
  return {
    startOn,
    endOn,
    prescriptionHeading: heading(input.prescriptionHeading, COOPERATION_AGREEMENT_HEADINGS.prescription),
    referentsHeading: heading(input.referentsHeading, COOPERATION_AGREEMENT_HEADINGS.referents),
    offersHeading: heading(input.offersHeading, COOPERATION_AGREEMENT_HEADINGS.offers),
    exitsHeading: heading(input.exitsHeading, COOPERATION_AGREEMENT_HEADINGS.exits),
  };
}

export async function listAgreements(ctx: StructuresContext, args: { first?: number | null; after?: string | null; filter?: CooperationAgreementFilter | null }) {
  const first = clampFirst(args.first);
  const key = decodeCursor(args.after, ['date', 'uuid']);
  const f = args.filter ?? {};
  const where = and(
    agreementScope(ctx.principal),
    f.siaeId && UUID.test(f.siaeId) ? eq(agreements.siaeId, f.siaeId) : f.siaeId ? sql`false` : undefined,
    f.departement ? sql`${agreements.siaeId} in (select id from ${siaes} where departement_code = ${f.departement})` : undefined,
    statusWhere(f.status, ctx.today),
  );
  const after = key ? sql`(${agreements.startOn}, ${agreements.id}) < (${key[0]}, ${key[1]}::uuid)` : undefined;
  const [rows, [total]] = await Promise.all([
    ctx.db.select().from(agreements).where(and(where, after)).orderBy(desc(agreements.startOn), desc(agreements.id)).limit(first + 1),
    ctx.db.select({ n: sql<number>`count(*)::int` }).from(agreements).where(where),
  ]);
  return connectionFromRows(rows, first, (r) => [r.startOn, r.id], total?.n ?? 0);
}

/** Status as of today (domain cooperationAgreementStatusOn: a signed convention past its end is EXPIRED). */
function statusWhere(status: string | null | undefined, today: string): SQL | undefined {
  switch (status) {
    case 'SIGNED':
      return and(eq(agreements.status, 'SIGNED'), or(sql`${agreements.endOn} is null`, sql`${agreements.endOn} >= ${today}`));
    case 'EXPIRED':
      return and(eq(agreements.status, 'SIGNED'), sql`${agreements.endOn} < ${today}`);
    case 'DRAFT':
    case 'TERMINATED':
      return eq(agreements.status, status);
    default:
      return undefined;
  }
}

export async function loadAgreement(ctx: StructuresContext, id: string): Promise<CooperationAgreementRow | null> {
  if (!UUID.test(id)) return null;
  const [row] = await ctx.db.select().from(agreements).where(and(eq(agreements.id, id), agreementScope(ctx.principal)));
  return row ?? null;
}

async function audit(ctx: StructuresContext, action: string, id: string) {
  await recordAudit(ctx.db, actorOf(ctx.principal), { action, subjectType: 'CooperationAgreement', subjectId: id, client: ctx.client });
}

export async function draftAgreement(ctx: StructuresContext, input: CooperationAgreementInput) {
  const p = party(ctx.principal);
  const values = agreementValues(input);
  const siae = await siaeOfParty(ctx.db, p, input.siaeId);
  const [row] = await withConflicts(ctx.db, () => ctx.db.insert(agreements).values({ ...values, siaeId: siae.id, agencyId: siae.agencyId }).returning());
  await audit(ctx, 'AGREEMENT_DRAFTED', row!.id);
  return row!;
}

async function lockedAgreement(tx: Database, ctx: StructuresContext, id: string) {
  const notFound = userError('NOT_FOUND', 'Convention introuvable, ou vous n’y avez pas accès.');
  if (!UUID.test(id)) throw notFound;
  const [row] = await tx.select().from(agreements).where(and(eq(agreements.id, id), agreementScope(ctx.principal))).for('update');
  if (!row) throw notFound;
  return row;
}

export async function updateAgreement(ctx: StructuresContext, id: string, input: CooperationAgreementInput) {
  party(ctx.principal); // SIAE or agence only
  const values = agreementValues(input);
  return ctx.db.transaction(async (tx) => {
    const current = await lockedAgreement(tx, ctx, id);
    if (current.siaeId !== input.siaeId) throw userError('BAD_USER_INPUT', 'Une convention ne change pas de SIAE.');
    if (current.status !== 'DRAFT') throw userError('CONFLICT', 'Une convention signée ne se modifie plus : préparez un avenant (nouvelle convention).');
    // Any change after one party signed asks for that signature again.
    const [row] = await tx
      .update(agreements)
      .set({ ...values, siaeSignedOn: null, agencySignedOn: null })
      .where(eq(agreements.id, current.id))
      .returning();
    return row!;
  });
}

export async function signAgreement(ctx: StructuresContext, id: string) {
  const p = party(ctx.principal);
  const row = await ctx.db.transaction(async (tx) => {
    const current = await lockedAgreement(tx, ctx, id);
    if (current.status !== 'DRAFT') throw userError('CONFLICT', 'Cette convention est déjà signée par les deux parties.');
    const mine = p.side === 'SIAE' ? current.siaeSignedOn : current.agencySignedOn;
    if (mine) throw userError('CONFLICT', `Vous avez déjà signé cette convention le ${formatFrenchDate(mine)}.`);
    const other = p.side === 'SIAE' ? current.agencySignedOn : current.siaeSignedOn;
    const complete = other != null;
    if (complete) {
      const others = await tx.select().from(agreements).where(and(eq(agreements.siaeId, current.siaeId), ne(agreements.id, current.id)));
      const check = validateCooperationAgreementSignature(current, others);
      if (!check.ok) throw userError('CONFLICT', check.message, { reason: check.code });
    }
    const [updated] = await tx
      .update(agreements)
      .set({
        ...(p.side === 'SIAE' ? { siaeSignedOn: ctx.today } : { agencySignedOn: ctx.today }),
        ...(complete ? { status: 'SIGNED' as const, signedOn: ctx.today } : {}),
      })
      .where(eq(agreements.id, current.id))
      .returning();
    return updated!;
  });
  await audit(ctx, row.status === 'SIGNED' ? 'AGREEMENT_SIGNED' : 'AGREEMENT_SIGNED_BY_ONE_PARTY', row.id);
  return row;
}

export async function terminateAgreement(ctx: StructuresContext, id: string) {
  party(ctx.principal); // SIAE or agence only
  const row = await ctx.db.transaction(async (tx) => {
    const current = await lockedAgreement(tx, ctx, id);
    const check = validateCooperationAgreementTermination(current, ctx.today);
    if (!check.ok) throw userError('CONFLICT', check.message, { reason: check.code });
    const [updated] = await tx
      .update(agreements)
      .set({ status: 'TERMINATED', terminatedOn: ctx.today })
      .where(eq(agreements.id, current.id))
      .returning();
    return updated!;
  });
  await audit(ctx, 'AGREEMENT_TERMINATED', row.id);
  return row;
}

export const agreementStatusToday = (row: CooperationAgreementRow, today: string) => cooperationAgreementStatusOn(row, today);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The agence sets the référent Pôle emploi, the SIAE its correspondent (accord, fiche 2). */
export async function setReferents(ctx: StructuresContext, siaeId: string, input: SiaeReferentsInput) {
  const p = party(ctx.principal);
  const siae = await siaeOfParty(ctx.db, p, siaeId);
  const clean = (v: string | null | undefined, label: string, email = false) => {
    const t = (v ?? '').trim();
    if (!t) return null;
    if (t.length > 200) throw userError('BAD_USER_INPUT', `${label} : 200 caractères au plus.`, { field: label });
    if (email && !EMAIL.test(t)) throw userError('BAD_USER_INPUT', `${label} : adresse invalide.`, { field: label });
    return t;
  };
  const mine =
    p.side === 'AGENCY'
      ? { referentName: clean(input.referentName, 'Nom du référent'), referentEmail: clean(input.referentEmail, 'Courriel du référent', true) }
      : {
          correspondentName: clean(input.correspondentName, 'Nom du correspondant'),
          correspondentEmail: clean(input.correspondentEmail, 'Courriel du correspondant', true),
        };
  const theirs = p.side === 'AGENCY' ? [input.correspondentName, input.correspondentEmail] : [input.referentName, input.referentEmail];
  if (theirs.some((v) => v != null && v !== '')) {
    throw userError(
      'FORBIDDEN',
      p.side === 'AGENCY' ? 'Le correspondant est désigné par la SIAE.' : 'Le référent Pôle emploi est désigné par l’agence.',
    );
  }
  const [row] = await ctx.db
    .insert(siaeReferents)
    .values({ siaeId: siae.id, ...mine })
    .onConflictDoUpdate({ target: siaeReferents.siaeId, set: { ...mine, updatedAt: new Date() } })
    .returning();
  return row!;
}

export async function listJobOffers(ctx: StructuresContext, args: { first?: number | null; after?: string | null; filter?: JobOfferFilter | null }) {
  const first = clampFirst(args.first);
  const key = decodeCursor(args.after, ['date', 'uuid']);
  const f = args.filter ?? {};
  const where = and(
    eq(jobOffers.status, 'OPEN'),
    f.siaeId ? (UUID.test(f.siaeId) ? eq(jobOffers.siaeId, f.siaeId) : sql`false`) : undefined,
    f.departement || f.siaeKind
      ? sql`${jobOffers.siaeId} in (select id from ${siaes} where ${and(
          f.departement ? eq(siaes.departementCode, f.departement) : undefined,
          f.siaeKind ? eq(siaes.kind, f.siaeKind) : undefined,
        )})`
      : undefined,
    matchesSearch(searchKeySql(sql`${jobOffers.title}`), f.search),
  );
  const after = key ? sql`(${jobOffers.publishedOn}, ${jobOffers.id}) < (${key[0]}, ${key[1]}::uuid)` : undefined;
  const [rows, [total]] = await Promise.all([
    ctx.db.select().from(jobOffers).where(and(where, after)).orderBy(desc(jobOffers.publishedOn), desc(jobOffers.id)).limit(first + 1),
    ctx.db.select({ n: sql<number>`count(*)::int` }).from(jobOffers).where(where),
  ]);
  return connectionFromRows(rows, first, (r) => [r.publishedOn, r.id], total?.n ?? 0);
}

export async function publishJobOffer(ctx: StructuresContext, input: JobOfferInput) {
  const p = party(ctx.principal);
  const siae = await siaeOfParty(ctx.db, p, input.siaeId);
  const title = input.title.trim();
  const description = input.description.trim();
  if (!title || title.length > 200) throw userError('BAD_USER_INPUT', 'Intitulé du poste : obligatoire, 200 caractères au plus.', { field: 'Intitulé' });
  if (!description || description.length > 10_000) {
    throw userError('BAD_USER_INPUT', 'Description du poste : obligatoire, 10 000 caractères au plus.', { field: 'Description' });
  }
  const positions = input.positions ?? 1;
  if (!Number.isInteger(positions) || positions < 1 || positions > 500) {
    throw userError('BAD_USER_INPUT', 'Nombre de postes : un entier entre 1 et 500.', { field: 'Postes' });
  }
  const deposited = date(input.depositedAtPoleEmploiOn, 'Date de dépôt à Pôle emploi');
  if (deposited && deposited > ctx.today) {
    throw userError('BAD_USER_INPUT', 'La date de dépôt à Pôle emploi ne peut pas être dans le futur.', { field: 'Date de dépôt' });
  }
  const [row] = await withConflicts(ctx.db, () =>
    ctx.db.insert(jobOffers).values({
      siaeId: siae.id,
      title,
      description,
      prerequisites: (input.prerequisites ?? '').trim(),
      positions,
      depositedAtPoleEmploiOn: deposited,
      publishedOn: ctx.today,
    }).returning(),
  );
  return row!;
}

export async function closeJobOffer(ctx: StructuresContext, id: string) {
  const p = party(ctx.principal);
  const [offer] = UUID.test(id) ? await ctx.db.select().from(jobOffers).where(eq(jobOffers.id, id)) : [];
  if (!offer) throw userError('NOT_FOUND', 'Offre introuvable.');
  await siaeOfParty(ctx.db, p, offer.siaeId);
  const [row] = await ctx.db.update(jobOffers).set({ status: 'CLOSED' }).where(eq(jobOffers.id, offer.id)).returning();
  return row!;
}
