// Habilitations of prescripteurs (issue 14 §2; accord, annexe 4 §2.1 and fiche 2): the register of the préfet's
// decisions, recorded by the service de l'État of the organisation's département (an administrator anywhere; anyone
// else, or the État of another département, is answered as for an unknown organisation). The rules
// are @navette/domain's (habilitation.ts); the decision date is the server's. The organisation's period columns
// (`habilitation_start_on/end_on`) are the register's projection (the span in effect or to come), written in the same
// transaction, for the directory's lists; whatever reads history (the indicators, the parcours) folds the register
// itself, since the projection moves with each decision. An organisation without any decision (bulk-loaded
// directory) stands on those columns, taken as its first decision (`decisionsWithLegacyPeriod`), which the first
// recorded decision writes down.
import type { Principal, Role } from '@navette/auth';
import { tables, withConflicts, type Database } from '@navette/db';
import {
  decideHabilitation,
  decisionsWithLegacyPeriod,
  habilitationOn,
  type HabilitationDecision,
  type HabilitationProposal,
} from '@navette/domain';
import { actorOf, recordAudit, refusalError, isUuid } from '@navette/subgraph-server';
import { and, asc, eq } from 'drizzle-orm';
import type { StructuresContext } from '../context.js';
import { errors } from '../errors.js';
import { loadDecisions, type HabilitationDecisionRow } from './habilitation-register.js';
import type { PrescriberOrganisationRow } from './rows.js';

const AUDIT_ACTION = {
  GRANT: 'HABILITATION_GRANTED',
  RENEWAL: 'HABILITATION_RENEWED',
  WITHDRAWAL: 'HABILITATION_WITHDRAWN',
};

/**
 * Whether a user of `role`, of an organisation in `departement`, records the préfet's decisions for organisations of
 * `departementCode`: the service de l'État of that département, or an administrator. The one rule, behind the
 * mutations, the register's readers, `PrescriberOrganisation.mayDecideHabilitation` and
 * `Viewer.habilitationDepartements`.
 */
export function decidesForDepartement(
  user: { role: Role; departement: string | null | undefined },
  departementCode: string,
): boolean {
  if (user.role === 'ADMIN') return true;
  return user.role === 'STATE' && user.departement === departementCode;
}

/** Whether the caller decides for organisations of this département (see `decidesForDepartement`). */
export function decidesFor(principal: Principal, departementCode: string): boolean {
  return (
    principal.kind === 'user' &&
    decidesForDepartement({ role: principal.role, departement: principal.departement }, departementCode)
  );
}

/** Whether the caller may record decisions on this organisation: one habilitée by the préfet, of its départements. */
export function mayDecideHabilitation(
  principal: Principal,
  org: Pick<PrescriberOrganisationRow, 'kind' | 'departementCode'>,
): boolean {
  return org.kind === 'HABILITE' && decidesFor(principal, org.departementCode);
}

/** The départements whose habilitations this user records, by code (none for most users). */
export async function habilitationDepartementsOf(
  db: Database,
  user: { role: Role; departement: string | null | undefined },
) {
  if (user.role !== 'ADMIN' && user.role !== 'STATE' && user.role !== 'CDIAE') return [];
  const all = await db.select().from(tables.departements).orderBy(asc(tables.departements.code));
  // The CDIAE of a département gives its avis on that département's requests (issue 18 §5): the same list, other actions.
  if (user.role === 'CDIAE') return all.filter((d) => d.code === user.departement);
  return all.filter((d) => decidesForDepartement(user, d.code));
}

/** The decisions as the domain folds them: the register, or the directory's period when there is none yet. */
export function effectiveDecisions(
  org: Pick<PrescriberOrganisationRow, 'habilitationStartOn' | 'habilitationEndOn'>,
  register: readonly HabilitationDecisionRow[],
): HabilitationDecision[] {
  return decisionsWithLegacyPeriod(register, { startOn: org.habilitationStartOn, endOn: org.habilitationEndOn });
}

export interface ShownHabilitationDecision {
  id: string;
  kind: HabilitationDecisionRow['kind'];
  decidedOn: string;
  startOn: string | null;
  endOn: string | null;
  reason: string | null;
  recordedBeforeRegister: boolean;
}

/** The register as shown: a period taken over from the directory appears as its first decision. */
export function shownDecisions(
  org: PrescriberOrganisationRow,
  register: readonly HabilitationDecisionRow[],
): ShownHabilitationDecision[] {
  if (register.length > 0) {
    return register.map((row) => ({
      id: row.id,
      kind: row.kind,
      decidedOn: row.decidedOn,
      startOn: row.startOn,
      endOn: row.endOn,
      reason: row.reason,
      recordedBeforeRegister: row.decidedByUserId === null,
    }));
  }
  return effectiveDecisions(org, register).map((decision, index) => ({
    id: `${org.id}:${index}`,
    kind: decision.kind,
    decidedOn: decision.decidedOn,
    startOn: decision.startOn ?? null,
    endOn: decision.endOn ?? null,
    reason: null,
    recordedBeforeRegister: true,
  }));
}

/**
 * Records a decision (grant, renewal, withdrawal) on one organisation. The organisation's row is locked for the
 * transaction: two decisions at once take turns, and the second is judged on the register the first left (the same
 * grant twice: one decision, then HABILITATION_ALREADY_IN_EFFECT). `sequence`'s unique index is the second guard.
 */
export async function recordHabilitationDecision(
  { db, principal, today, client }: StructuresContext,
  organisationId: string,
  proposal: HabilitationProposal,
): Promise<PrescriberOrganisationRow> {
  if (principal.kind !== 'user') throw errors.notSignedIn();
  // Not an id the directory could hold: answered as any unknown organisation.
  if (!isUuid(organisationId)) throw errors.prescriberOrganisationNotFound();
  return withConflicts(db, () =>
    db.transaction(async (tx) => {
      const p = tables.prescriberOrganisations;
      const [org] = await tx.select().from(p).where(eq(p.id, organisationId)).for('update');
      // An organisation of another département is answered as an unknown one: the caller learns nothing of it.
      if (!org || !decidesFor(principal, org.departementCode)) throw errors.prescriberOrganisationNotFound();
      const register = (await loadDecisions(tx, [org.id])).get(org.id) ?? [];
      const decisions = effectiveDecisions(org, register);
      const decided = decideHabilitation({ kind: org.kind, decisions }, proposal, today);
      if (!decided.ok) throw refusalError(errors, decided);

      const d = tables.habilitationDecisions;
      let sequence = register.length;
      // The directory's period, written down as the first decision before the first one recorded here.
      if (register.length === 0 && decisions.length > 0) {
        const legacy = decisions[0]!;
        sequence += 1;
        await tx.insert(d).values({
          prescriberOrganisationId: org.id,
          departementCode: org.departementCode,
          sequence,
          kind: legacy.kind,
          decidedOn: legacy.decidedOn,
          startOn: legacy.startOn ?? null,
          endOn: legacy.endOn ?? null,
        });
      }
      const [recorded] = await tx
        .insert(d)
        .values({
          prescriberOrganisationId: org.id,
          departementCode: org.departementCode,
          sequence: sequence + 1,
          kind: decided.value.kind,
          decidedOn: decided.value.decidedOn,
          startOn: decided.value.startOn ?? null,
          endOn: decided.value.endOn ?? null,
          reason: decided.value.reason,
          decidedByUserId: principal.userId,
          decidedByOrganisationId: principal.organisationId,
        })
        .returning({ id: d.id });

      // The projection: the span in effect or to come, else the last one (null when none is left).
      const { span } = habilitationOn([...decisions, decided.value], today);
      const [updated] = await tx
        .update(p)
        .set({ habilitationStartOn: span?.startOn ?? null, habilitationEndOn: span?.endOn ?? null })
        .where(eq(p.id, org.id))
        .returning();
      await recordAudit(tx, actorOf(principal), {
        action: AUDIT_ACTION[decided.value.kind],
        subjectType: 'prescriber_organisation',
        subjectId: org.id,
        details: {
          decisionId: recorded!.id,
          decidedOn: decided.value.decidedOn,
          startOn: decided.value.startOn ?? null,
          endOn: decided.value.endOn ?? null,
        },
        client,
      });
      return updated!;
    }),
  );
}

/** The préfet's list of a département on a day: the organisations habilitées that day, by name. */
export async function habilitatedPrescribers(
  db: Database,
  departementCode: string,
  on: string,
): Promise<PrescriberOrganisationRow[]> {
  const p = tables.prescriberOrganisations;
  const orgs = await db
    .select()
    .from(p)
    .where(and(eq(p.departementCode, departementCode), eq(p.kind, 'HABILITE')))
    .orderBy(asc(p.name), asc(p.id));
  const registers = await loadDecisions(
    db,
    orgs.map((o) => o.id),
  );
  return orgs.filter(
    (org) => habilitationOn(effectiveDecisions(org, registers.get(org.id) ?? []), on).status === 'HABILITATED',
  );
}
