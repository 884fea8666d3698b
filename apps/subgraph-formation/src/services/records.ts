// Training, PMSMP, Pôle emploi services and POE during a parcours (accord, fiches 5, 6, 7), entered by the SIAE (the
// agence may enter services and POE). Rules: @navette/domain validateParcoursActivity. Everything runs under row-level
// security; the agrément is read (never written) from the parcours context to check it is the caller's.
import type { OrganisationKind } from '@navette/auth';
import { tables, type Database } from '@navette/db';
import { parseIsoDate, validateParcoursActivity, type IsoDate } from '@navette/domain';
import { userError } from '@navette/subgraph-server';
import { eq } from 'drizzle-orm';
import type { FormationContext } from '../context.js';
import type { ImmersionInput, PoeInput, ServiceUseInput, TrainingInput } from '../generated/resolvers-types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function date(value: string, label: string): IsoDate {
  const parsed = parseIsoDate(value);
  if (!parsed.ok) throw userError('BAD_USER_INPUT', `${label} : date invalide (format attendu AAAA-MM-JJ).`, { field: label });
  return parsed.value;
}

function text(value: string, label: string, max = 300): string {
  const trimmed = value.trim();
  if (!trimmed) throw userError('BAD_USER_INPUT', `${label} : champ obligatoire.`, { field: label });
  if (trimmed.length > max) throw userError('BAD_USER_INPUT', `${label} : ${max} caractères au plus.`, { field: label });
  return trimmed;
}

/** The caller's organisation, if it is one of `kinds`. */
function organisation(ctx: FormationContext, kinds: OrganisationKind[]): { id: string; kind: OrganisationKind } {
  const p = ctx.principal;
  if (p.kind !== 'user' || !kinds.includes(p.organisationKind)) {
    throw userError('FORBIDDEN', kinds.includes('AGENCY') ? 'Cette action est réservée à la SIAE et à son agence.' : 'Cette action est réservée à la SIAE.');
  }
  return { id: p.organisationId, kind: p.organisationKind };
}

/** The agrément, visible to the caller (row-level security) and held by it (SIAE) or in its territory (agence). */
async function approvalOf(tx: Database, caller: { id: string; kind: OrganisationKind }, id: string) {
  const notFound = userError('NOT_FOUND', 'Agrément introuvable, ou vous n’y avez pas accès.');
  if (!UUID.test(id)) throw notFound;
  const [approval] = await tx
    .select({
      id: tables.approvals.id,
      personId: tables.approvals.personId,
      siaeId: tables.approvals.siaeId,
      agencyId: tables.approvals.agencyId,
      prescriberOrganisationId: tables.approvals.prescriberOrganisationId,
      startOn: tables.approvals.startOn,
      endOn: tables.approvals.endOn,
    })
    .from(tables.approvals)
    .where(eq(tables.approvals.id, id));
  if (!approval) throw notFound;
  const holds = caller.kind === 'SIAE' ? approval.siaeId === caller.id : approval.agencyId === caller.id;
  if (!holds) throw userError('FORBIDDEN', 'Seule la SIAE titulaire de l’agrément (ou son agence) peut compléter ce parcours.');
  return approval;
}

function check(result: ReturnType<typeof validateParcoursActivity>): void {
  if (!result.ok) throw userError('BAD_USER_INPUT', result.message, { reason: result.code });
}

const refOf = (a: Awaited<ReturnType<typeof approvalOf>>) => ({
  approvalId: a.id,
  personId: a.personId,
  siaeId: a.siaeId,
  prescriberOrganisationId: a.prescriberOrganisationId,
});

export function recordTraining(ctx: FormationContext, input: TrainingInput) {
  const caller = organisation(ctx, ['SIAE']);
  const values = {
    kind: input.kind,
    title: text(input.title, 'Intitulé'),
    organisation: text(input.organisation, 'Organisme de formation'),
    hours: input.hours,
    startOn: date(input.startOn, 'Début de la formation'),
    endOn: date(input.endOn, 'Fin de la formation'),
  };
  return ctx.data(async (tx) => {
    const approval = await approvalOf(tx, caller, input.approvalId);
    check(validateParcoursActivity(values, approval, 'La formation'));
    const [row] = await tx.insert(tables.trainingRecords).values({ ...refOf(approval), ...values }).returning();
    return row!;
  });
}

export function recordImmersion(ctx: FormationContext, input: ImmersionInput) {
  const caller = organisation(ctx, ['SIAE']);
  const values = {
    hostCompany: text(input.hostCompany, 'Entreprise d’accueil'),
    objective: text(input.objective, 'Objectif', 1000),
    startOn: date(input.startOn, 'Début de la PMSMP'),
    endOn: date(input.endOn, 'Fin de la PMSMP'),
  };
  return ctx.data(async (tx) => {
    const approval = await approvalOf(tx, caller, input.approvalId);
    check(validateParcoursActivity(values, approval, 'La PMSMP'));
    const [row] = await tx.insert(tables.immersions).values({ ...refOf(approval), ...values }).returning();
    return row!;
  });
}

export function recordServiceUse(ctx: FormationContext, input: ServiceUseInput) {
  const caller = organisation(ctx, ['SIAE', 'AGENCY']);
  const usedOn = date(input.usedOn, 'Date de la prestation');
  return ctx.data(async (tx) => {
    const approval = await approvalOf(tx, caller, input.approvalId);
    check(validateParcoursActivity({ startOn: usedOn, endOn: usedOn }, approval, 'La prestation'));
    const [service] = UUID.test(input.serviceId)
      ? await tx.select().from(tables.employmentServices).where(eq(tables.employmentServices.id, input.serviceId))
      : [];
    if (!service || service.agencyId !== approval.agencyId) {
      throw userError('NOT_FOUND', 'Cette prestation ne fait pas partie de l’offre de l’agence de la SIAE.');
    }
    const [row] = await tx
      .insert(tables.serviceUses)
      .values({ ...refOf(approval), serviceId: service.id, usedOn, inWorkFollowUp: input.inWorkFollowUp ?? false })
      .returning();
    return row!;
  });
}

export function recordPoe(ctx: FormationContext, input: PoeInput) {
  const caller = organisation(ctx, ['SIAE', 'AGENCY']);
  const values = {
    employer: text(input.employer, 'Employeur'),
    hours: input.hours,
    startOn: date(input.startOn, 'Début de la POE'),
    endOn: date(input.endOn, 'Fin de la POE'),
  };
  return ctx.data(async (tx) => {
    const approval = await approvalOf(tx, caller, input.approvalId);
    check(validateParcoursActivity(values, approval, 'La POE'));
    const [row] = await tx.insert(tables.poes).values({ ...refOf(approval), ...values }).returning();
    return row!;
  });
}
