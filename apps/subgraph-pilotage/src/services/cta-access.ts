// Who records a CTA's meetings (accord, fiche 8): Pôle emploi "pilote et organise les CTA", so only the agence that
// leads a CTA. The scope cta:write is the agences' only; checked again here (defence in depth).
import { compareIsoDates } from '@navette/domain';
import type { PilotageContext } from '../context.js';
import { errors } from '../errors.js';
import type { CtaRow } from './rows.js';

/** The caller's agence. */
export function callerAgency(ctx: PilotageContext): string {
  const p = ctx.principal;
  if (p.kind !== 'user' || p.organisationKind !== 'AGENCY') throw errors.ctaAgencyOnly();
  return p.organisationId;
}

export function ledByCaller(cta: CtaRow, agencyId: string): void {
  if (cta.ledByAgencyId !== agencyId) throw errors.ctaNotLedByCaller(cta.name);
}

/** The minutes go to the CDIAE after the meeting ("des comptes rendus … communiqués au CDIAE"). */
export function minutesAfterMeeting(sentOn: string, heldOn: string): void {
  if (compareIsoDates(sentOn, heldOn) < 0) throw errors.minutesSentBeforeMeeting(sentOn, heldOn);
}
