// Numbers of agréments (issue 13: "agrément numbers not enumerable"). The accord sets no format for them; the platform
// keeps the one it printed so far — "NV", the year of the grant on two digits, then 8 characters (12 in all, the
// column's width) — but the 8 characters are drawn at random from the 32 symbols of Crockford's base 32 (no I, L, O, U:
// a number copied from paper is not misread) instead of a sequence: 32^8 ≈ 1.1 × 10^12 numbers a year, so that a
// number next to a known one designates nobody, and guessing one is hopeless even before the birth date and the
// surname the extension look-up also asks for (extension-lookup.ts).
import { randomInt } from 'node:crypto';
import { tables, type Database } from '@navette/db';
import type { IsoDate } from '@navette/domain';

const SYMBOLS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function randomApprovalNumber(on: IsoDate): string {
  let tail = '';
  for (let i = 0; i < 8; i += 1) tail += SYMBOLS[randomInt(SYMBOLS.length)];
  return `NV${on.slice(2, 4)}${tail}`;
}

type NewApproval = Omit<typeof tables.approvals.$inferInsert, 'number'>;

/**
 * Inserts an agrément under a fresh random number. A clash (one chance in 10^12 per agrément of the year) is met by
 * drawing again: ON CONFLICT DO NOTHING keeps the transaction alive, and sees every number whatever the caller may read.
 */
export async function insertApprovalWithNewNumber(
  tx: Database,
  on: IsoDate,
  values: NewApproval,
): Promise<{ id: string }> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const [created] = await tx
      .insert(tables.approvals)
      .values({ ...values, number: randomApprovalNumber(on) })
      .onConflictDoNothing({ target: tables.approvals.number })
      .returning({ id: tables.approvals.id });
    if (created) return created;
  }
  throw new Error('no free agrément number after 5 draws');
}
