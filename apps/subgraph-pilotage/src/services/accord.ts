// The accord régional's own lifecycle (issue 18 §7): its term (article 4) carried by avenants (article 5), its
// résiliation (article 6). Rules in @navette/domain (accord.ts); requests written by use-cases/request-accord-termination.ts
// and withdraw-accord-termination.ts.
import { hasScope, type Principal } from '@navette/auth';
import { tables } from '@navette/db';
import {
  accordEndsOn,
  accordState,
  accordTermEndsOn,
  mayActForSignatory,
  mayRequestTermination,
  mayWithdrawTermination,
} from '@navette/domain';
import { asc, desc, eq, isNotNull, isNull, and } from 'drizzle-orm';
import type { PilotageContext } from '../context.js';
import type { AccordResult, AccordRow, AccordSignatoryRow, AccordTerminationRow } from './rows.js';

const { accords, accordSignatories, accordTerminations, amendments } = tables;

/** The one accord of the platform (migration 0039 writes it: "Fait à Dijon, le 08 décembre 2016"). */
export const ACCORD_ID = '5e1f7a3c-0d1b-4c2a-9f00-000000002016';

type Reader = Pick<PilotageContext['db'], 'select'>;

/** Whether the caller may record a résiliation for `signatory`: a user with governance:write whose role the domain
 * lets act for that party (@navette/domain mayActForSignatory, article 3). */
export function mayActFor(principal: Principal, signatory: Pick<AccordSignatoryRow, 'party'>): boolean {
  return (
    principal.kind === 'user' &&
    hasScope(principal, 'governance:write') &&
    mayActForSignatory(principal.role, signatory.party)
  );
}

/** The accord and its state on `today`; `db` may be a transaction (the use cases read it under their lock). */
export async function loadAccord(db: Reader, today: string): Promise<AccordResult> {
  const [accord] = await db.select().from(accords).where(eq(accords.id, ACCORD_ID));
  if (!accord) throw new Error('accord row missing (migration 0039)');
  return withLifecycle(db, accord, today);
}

async function withLifecycle(db: Reader, accord: AccordRow, today: string): Promise<AccordResult> {
  const extensions = await db
    .select({ extendsTermTo: amendments.extendsTermTo })
    .from(amendments)
    .where(isNotNull(amendments.extendsTermTo));
  const termEndsOn = accordTermEndsOn(
    accord,
    extensions.map((e) => e.extendsTermTo!),
  );
  const [termination = null] = await db
    .select()
    .from(accordTerminations)
    .where(and(eq(accordTerminations.accordId, accord.id), isNull(accordTerminations.withdrawnOn)));
  return {
    ...accord,
    termEndsOn,
    endsOn: accordEndsOn(termEndsOn, termination),
    state: accordState(accord, termEndsOn, termination, today),
    termination,
  };
}

export async function accordOf(ctx: PilotageContext): Promise<AccordResult> {
  return loadAccord(ctx.db, ctx.today);
}

export async function signatoriesOf(ctx: PilotageContext, accordId: string): Promise<AccordSignatoryRow[]> {
  return ctx.db
    .select()
    .from(accordSignatories)
    .where(eq(accordSignatories.accordId, accordId))
    .orderBy(asc(accordSignatories.position));
}

export async function terminationsOf(ctx: PilotageContext, accordId: string): Promise<AccordTerminationRow[]> {
  return ctx.db
    .select()
    .from(accordTerminations)
    .where(eq(accordTerminations.accordId, accordId))
    .orderBy(desc(accordTerminations.createdAt));
}

export async function signatoryOf(ctx: PilotageContext, id: string): Promise<AccordSignatoryRow> {
  const [row] = await ctx.db.select().from(accordSignatories).where(eq(accordSignatories.id, id));
  if (!row) throw new Error(`signatory ${id} missing`);
  return row;
}

/** Whether the caller may request the résiliation today: the state allows it and it acts for some signatory. */
export async function callerMayRequestTermination(ctx: PilotageContext, accord: AccordResult): Promise<boolean> {
  if (!mayRequestTermination(accord.state).ok) return false;
  return (await signatoriesOf(ctx, accord.id)).some((s) => mayActFor(ctx.principal, s));
}

/** Whether the caller may withdraw this request today. */
export async function callerMayWithdraw(ctx: PilotageContext, termination: AccordTerminationRow): Promise<boolean> {
  if (!mayWithdrawTermination(termination, ctx.today).ok) return false;
  return mayActFor(ctx.principal, await signatoryOf(ctx, termination.signatoryId));
}
