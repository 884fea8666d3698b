// The CDIAE as an actor (issue 18 §5). Seed 000 (accord régional BFC): article 3 and fiche 3 ("Être pilote en tant
// qu'animateur des CDIAE"; indicator "Nombre de présentations de l'accord-cadre en CDIAE et en CTA"), fiche 8 ("des
// comptes rendus … communiqués au CDIAE"; "Nombre de comptes rendus et de bilans transmis au CDIAE"), annexe 4 §2.1
// ("les prescripteurs habilités par le Préfet après avis du CDIAE"); seed 004: "L'accord cadre est décliné au niveau
// des départements et suivi dans le cadre des CDIAE".
//
// Where the accord is silent (DESIGN: choose what a user of a French public service expects, and write it down):
// - a habilitation request is the préfet's next decision on a prescripteur habilité (a grant, a renewal or a
//   withdrawal): the CDIAE gives one avis on it, before the préfet decides; once decided, the next request opens;
// - an avis is favorable or défavorable; a défavorable avis says why (the préfet and the organisation need the reason);
// - only the CDIAE of the organisation's département gives it (the CDIAE is départemental, article 3), on the
//   server's day; a prescripteur de droit needs no habilitation, so no avis;
// - a presentation of the accord is recorded by the CDIAE of its département for a session day, one per day, never a
//   day to come nor before the accord was signed.
import { compareIsoDates, formatFrenchDate, type IsoDate } from './iso-date.js';
import type { PrescriberKind } from './prescription.js';
import { ok, refuse, type Result } from './result.js';

/** The API's bound on a reason or a note (one paragraph). */
export const CDIAE_TEXT_MAX_LENGTH = 2_000;

/** The sequence the préfet's next decision takes in the register: the request an avis is about. */
export function habilitationRequestSequence(decisionsRecorded: number): number {
  return decisionsRecorded + 1;
}

export type HabilitationAvisRefusal =
  | 'HABILITATION_AVIS_NOT_NEEDED'
  | 'HABILITATION_AVIS_ALREADY_GIVEN'
  | 'HABILITATION_AVIS_REASON_REQUIRED'
  | 'HABILITATION_AVIS_REASON_TOO_LONG';

export interface HabilitationAvisProposal {
  readonly favorable: boolean;
  readonly reason?: string | null;
}

/**
 * Checks the CDIAE's avis on the pending request of an organisation: `given` says whether an avis was already given on
 * that request (the use case reads it under the organisation's lock). Returns the avis as recorded (reason trimmed,
 * null when empty), dated `today`, the server's day.
 */
export function decideHabilitationAvis(
  organisation: { readonly kind: PrescriberKind; readonly avisGivenOnPendingRequest: boolean },
  proposal: HabilitationAvisProposal,
  today: IsoDate,
): Result<{ favorable: boolean; reason: string | null; givenOn: IsoDate }, HabilitationAvisRefusal> {
  if (organisation.kind !== 'HABILITE') {
    return refuse(
      'HABILITATION_AVIS_NOT_NEEDED',
      'Cette organisation est un prescripteur de droit : elle n’a pas besoin d’habilitation, le CDIAE n’a pas d’avis à rendre.',
    );
  }
  if (organisation.avisGivenOnPendingRequest) {
    return refuse(
      'HABILITATION_AVIS_ALREADY_GIVEN',
      'Le CDIAE a déjà rendu son avis sur cette demande : il attend la décision du préfet.',
    );
  }
  const reason = proposal.reason?.trim() || null;
  if (!proposal.favorable && !reason) {
    return refuse('HABILITATION_AVIS_REASON_REQUIRED', 'Un avis défavorable doit être motivé : indiquez la raison.');
  }
  if (reason && reason.length > CDIAE_TEXT_MAX_LENGTH) {
    return refuse(
      'HABILITATION_AVIS_REASON_TOO_LONG',
      `La raison de l’avis ne peut pas dépasser ${CDIAE_TEXT_MAX_LENGTH} caractères.`,
    );
  }
  return ok({ favorable: proposal.favorable, reason, givenOn: today });
}

/** French label of an avis. */
export function habilitationAvisLabel(favorable: boolean): string {
  return favorable ? 'Avis favorable' : 'Avis défavorable';
}

export type AccordPresentationRefusal = 'ACCORD_PRESENTATION_IN_FUTURE' | 'ACCORD_PRESENTATION_BEFORE_ACCORD';

/**
 * Checks the day of a presentation of the accord in a CDIAE session (fiche 3): not a day to come (the server's
 * `today`), not before the accord was signed (`accordSignedOn`, seed 000: 8 December 2016).
 */
export function checkAccordPresentationDay(
  presentedOn: IsoDate,
  today: IsoDate,
  accordSignedOn: IsoDate,
): Result<IsoDate, AccordPresentationRefusal> {
  if (compareIsoDates(presentedOn, today) > 0) {
    return refuse(
      'ACCORD_PRESENTATION_IN_FUTURE',
      `Une présentation ne peut pas être enregistrée avant d’avoir eu lieu (le ${formatFrenchDate(presentedOn)} est à venir).`,
    );
  }
  if (compareIsoDates(presentedOn, accordSignedOn) < 0) {
    return refuse(
      'ACCORD_PRESENTATION_BEFORE_ACCORD',
      `L’accord a été signé le ${formatFrenchDate(accordSignedOn)} : il ne peut pas avoir été présenté avant.`,
    );
  }
  return ok(presentedOn);
}

/** What the CDIAE of a département receives (fiche 8; article 3): CTA minutes of its bassins, the comité's minutes. */
export const CDIAE_INBOX_KINDS = ['CTA_MINUTES', 'STEERING_MINUTES'] as const;
export type CdiaeInboxKind = (typeof CDIAE_INBOX_KINDS)[number];

export const CDIAE_INBOX_KIND_LABELS: Readonly<Record<CdiaeInboxKind, string>> = {
  CTA_MINUTES: 'Compte rendu de CTA',
  STEERING_MINUTES: 'Compte rendu du comité de pilotage',
};
