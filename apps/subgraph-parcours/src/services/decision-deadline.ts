// The deadline of the agency's decision on a request a SIAE would send on a given day (accord, annexe 4 §2.2.2; rule in
// @navette/domain), in the version in force on the day of receipt.
import { ACCORD_BFC_IN_FORCE_FROM, approvalDecisionDeadline, compareIsoDates, formatFrenchDate } from '@navette/domain';
import { errors, withDetails } from '../errors.js';
import type { SiaeRef } from '../rows.js';

/** The gateway passes the SIAE's `kind` and `departement { code }` (@requires): no call back to structures. */
export function siaeDecisionDeadline(siae: SiaeRef, receivedOn: string) {
  if (!siae.kind || !siae.departement)
    throw new Error('Siae.approvalDecisionDeadline resolved without its @requires fields');
  // None before the accord (8 December 2016), a date the user chose.
  if (compareIsoDates(receivedOn, ACCORD_BFC_IN_FORCE_FROM) < 0) {
    throw withDetails(errors.receiptBeforeRule(formatFrenchDate(ACCORD_BFC_IN_FORCE_FROM)), {
      field: 'receivedOn',
    });
  }
  return approvalDecisionDeadline({ receivedOn, siaeKind: siae.kind, departement: siae.departement.code });
}
