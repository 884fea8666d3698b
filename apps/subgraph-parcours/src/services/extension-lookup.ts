// The extension look-up (annexe 4 §2.2.5: "le nouvel employeur SIAE devra faire une demande écrite d'extension"): a
// SIAE that does not see the agrément yet names it by its number, the person's birth date and the first letters of
// the surname — what a new employer has in hand (the person's papers, the contract it is about to sign) and a SIAE
// trying numbers does not. Issue 13, "no oracle": the answer is the same for every refusal (unknown number, wrong
// birth date, wrong letters, a request the rules refuse, a pending one), so that no attempt tells a factor was right;
// every attempt is audited, the failed ones in their own transaction (the request's own rolls back).
import { surnameKey, type IsoDate } from '@navette/domain';
import { recordAudit } from '@navette/subgraph-server';
import { sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import type { Database } from '@navette/db';
import type { ParcoursContext } from '../context.js';
import { errors } from '../errors.js';

export interface ExtensionFactors {
  approvalNumber: string;
  birthDate: IsoDate;
  /** First letters of the surname (or the whole surname): its first SURNAME_KEY_LENGTH letters count. */
  surname: string;
}

/** Normalised factors; refuses (the same way) factors that cannot match anything, before any read. */
export function normaliseFactors(number: string, surname: string) {
  return { number: number.trim().toUpperCase().replace(/\s+/g, ''), key: surnameKey(surname) };
}

/**
 * The agrément the three factors designate, or null. Runs in the request's transaction; the caller turns null (and
 * any refusal that follows in that transaction) into errors.extensionLookupRefused().
 */
export async function approvalForExtension(
  tx: Database,
  factors: ExtensionFactors,
): Promise<{ approvalId: string; personId: string } | null> {
  const { number, key } = normaliseFactors(factors.approvalNumber, factors.surname);
  if (number.length === 0 || number.length > 12 || key.length === 0) return null;
  const result = await tx.execute(
    sql`select approval_id::text, person_id::text, last_name from parcours.approval_for_extension(${number}, ${factors.birthDate}::date)`,
  );
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
    approval_id: string;
    person_id: string;
    last_name: string;
  }[];
  // The surname is compared here and dropped: it never leaves this function (no log, no answer).
  // surnameKey keeps SURNAME_KEY_LENGTH letters: "Lefèvre", "LEF" and "lef" all match "Lefèvre-Dupont"; "Le" does not.
  const found = rows.find((r) => surnameKey(r.last_name) === key);
  return found ? { approvalId: found.approval_id, personId: found.person_id } : null;
}

/**
 * Files an extension found by its factors: `file` runs the request's transaction; any user-facing refusal in it
 * becomes the one answer, with an audit row EXTENSION_LOOKUP {outcome: REFUSED} written on its own. Programming and
 * database errors pass through (masked by the server). The successful attempt is audited by `file` itself
 * (EXTENSION_LOOKUP {outcome: FILED}, in its transaction, see auditExtensionLookup).
 */
export async function fileExtensionByFactors<T>(ctx: ParcoursContext, file: () => Promise<T>): Promise<T> {
  // Throttle per SIAE and IP (issue "The edge holds", rate limiter): check it here, before any look-up.
  try {
    return await file();
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    // For the operators: which rule refused (a code, no factor, no personal data); the caller gets the one answer.
    const { reason, code } = error.extensions;
    const rule = typeof reason === 'string' ? reason : typeof code === 'string' ? code : 'unknown';
    console.info(`[parcours] extension look-up refused: ${rule}`);
    await ctx.data((tx) => auditExtensionLookup(tx, ctx, 'REFUSED'));
    throw errors.extensionLookupRefused();
  }
}

/** One audit row per look-up attempt; no factor in it (they are personal data), the agrément only when filed. */
export async function auditExtensionLookup(
  tx: Database,
  ctx: ParcoursContext,
  outcome: 'FILED' | 'REFUSED',
  approvalId?: string,
) {
  await recordAudit(tx, ctx.actor, {
    action: 'EXTENSION_LOOKUP',
    client: ctx.client,
    ...(approvalId ? { subjectType: 'Approval', subjectId: approvalId } : {}),
    details: { outcome },
  });
}
