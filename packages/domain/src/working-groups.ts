// Working groups of the comité de pilotage (accord, article 3: "Si nécessaire, il approfondi certaines thématiques dans
// le cadre de groupes de travail, lesquels lui rendent compte de leurs travaux"; fiche 6: "Mettre en place un groupe de
// travail réunissant les acteurs régionaux de l'IAE et de la formation pour élaborer des propositions").
import { STEERING_DOCUMENTS_DAYS_BEFORE } from './steering.js';
import { addDays, compareIsoDates, type IsoDate } from './iso-date.js';

/**
 * The comité meeting whose agenda a proposal submitted on `submittedOn` goes on: the first one whose documents can
 * still be sent in time (article 3: "transmis au plus tard 10 jours avant les dates fixées"), i.e. held at least 10
 * days after the submission. Null while none is planned that late.
 */
export function steeringMeetingForProposal<M extends { readonly heldOn: IsoDate }>(
  submittedOn: IsoDate,
  meetings: readonly M[],
): M | null {
  const earliest = addDays(submittedOn, STEERING_DOCUMENTS_DAYS_BEFORE);
  let chosen: M | null = null;
  for (const meeting of meetings) {
    if (compareIsoDates(meeting.heldOn, earliest) < 0) continue;
    if (!chosen || compareIsoDates(meeting.heldOn, chosen.heldOn) < 0) chosen = meeting;
  }
  return chosen;
}

/** The fiches actions of the accord a working group may serve (article 1: fiches 1 to 8). */
export function isFicheAction(fiche: number): boolean {
  return Number.isInteger(fiche) && fiche >= 1 && fiche <= 8;
}
