import { addMonths, compareIsoDates, isWithin, minIsoDate, type IsoDate } from './iso-date.js';

/** accord, fiche 7: "entretiens tripartites, 2 à 3 mois avant la fin du contrat ou de l'agrément". */
export const EXIT_INTERVIEW_MONTHS_BEFORE = { from: 3, to: 2 } as const;

export interface DateWindow {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/**
 * Window of the tripartite exit interview (accord, fiche 7): from 3 months to 2 months before
 * `endOn`, both days included. Month arithmetic clamps to the end of shorter months:
 *   exitInterviewWindow('2025-05-31') → { from: '2025-02-28', to: '2025-03-31' }
 */
export function exitInterviewWindow(endOn: IsoDate): DateWindow {
  return {
    from: addMonths(endOn, -EXIT_INTERVIEW_MONTHS_BEFORE.from),
    to: addMonths(endOn, -EXIT_INTERVIEW_MONTHS_BEFORE.to),
  };
}

export interface ContractForExit {
  readonly startOn: IsoDate;
  /** Planned end; null for an open-ended contract. */
  readonly endOn?: IsoDate | null;
  /** Day it actually ended (a sortie), if it did. */
  readonly endedOn?: IsoDate | null;
}

/**
 * End of the contracts still running or to come on `today` (not ended, planned end not passed): the latest planned
 * end, or null when none runs or one of them is open-ended (the agrément's end is then the one that counts).
 */
export function contractEndForExit(contracts: readonly ContractForExit[], today: IsoDate): IsoDate | null {
  const running = contracts.filter(
    (c) => c.endedOn == null && (c.endOn == null || compareIsoDates(c.endOn, today) >= 0),
  );
  if (running.length === 0 || running.some((c) => c.endOn == null)) return null;
  return running
    .map((c) => c.endOn!)
    .sort(compareIsoDates)
    .at(-1)!;
}

/** The end an exit interview prepares (fiche 7, "la fin du contrat ou de l'agrément"): the earlier of the two known. */
export function exitInterviewEnd(p: {
  readonly contractEndOn?: IsoDate | null;
  readonly approvalEndOn?: IsoDate | null;
}): IsoDate | null {
  const ends = [p.contractEndOn, p.approvalEndOn].filter((d): d is IsoDate => d != null);
  const [first, ...rest] = ends;
  return first === undefined ? null : minIsoDate(first, ...rest);
}

export interface ParcoursForExit {
  readonly id: string;
  /** End of the current contract, if known. */
  readonly contractEndOn?: IsoDate | null;
  /** End of the agrément, if known. */
  readonly approvalEndOn?: IsoDate | null;
  /** Day the tripartite interview took place, if it did. */
  readonly exitInterviewOn?: IsoDate | null;
}

export interface ExitInterviewDue<P extends ParcoursForExit> {
  readonly parcours: P;
  /** The earlier of the contract end and the agrément end: the exit the interview prepares. */
  readonly endOn: IsoDate;
  readonly window: DateWindow;
}

/**
 * Parcours whose exit-interview window is open on `today` and whose interview is not done
 * (accord, fiche 7), the most urgent (earliest end) first.
 * - The end is the earlier of contract end and agrément end ("fin du contrat ou de l'agrément");
 *   a parcours with neither is skipped.
 * - An interview counts as done if it took place on or after the window's start; an older one
 *   prepared an earlier end (e.g. before a new contract) and does not count.
 * - Once the window has closed (less than 2 months before the end) the parcours is no longer
 *   listed here: the window is the rule, a late interview is a follow-up matter.
 */
export function exitInterviewsDue<P extends ParcoursForExit>(
  parcours: readonly P[],
  today: IsoDate,
): ExitInterviewDue<P>[] {
  const due: ExitInterviewDue<P>[] = [];
  for (const p of parcours) {
    const endOn = exitInterviewEnd(p);
    if (endOn === null) continue;
    const window = exitInterviewWindow(endOn);
    if (!isWithin(today, window.from, window.to)) continue;
    if (p.exitInterviewOn != null && compareIsoDates(p.exitInterviewOn, window.from) >= 0) continue;
    due.push({ parcours: p, endOn, window });
  }
  return due.sort((a, b) => compareIsoDates(a.endOn, b.endOn) || a.parcours.id.localeCompare(b.parcours.id));
}

/**
 * Outcome of a parcours at exit (accord, fiche 7 "faciliter leur accès à l'emploi"; categories
 * of the IAE follow-up: emploi durable, emploi de transition, sortie positive vers la formation, autre).
 */
export const EXIT_OUTCOMES = ['DURABLE_JOB', 'TRANSITION_JOB', 'TRAINING', 'OTHER'] as const;
export type ExitOutcome = (typeof EXIT_OUTCOMES)[number];

export const EXIT_OUTCOME_LABELS: Readonly<
  Record<ExitOutcome, { readonly label: string; readonly description: string }>
> = {
  DURABLE_JOB: {
    label: 'Emploi durable',
    description: "CDI, CDD ou intérim de 6 mois et plus, création ou reprise d'entreprise, titularisation",
  },
  TRANSITION_JOB: {
    label: 'Emploi de transition',
    description: 'CDD ou intérim de moins de 6 mois, contrat aidé hors IAE',
  },
  TRAINING: {
    label: 'Formation',
    description: 'Entrée en formation qualifiante ou certifiante, poursuite de parcours en formation',
  },
  OTHER: {
    label: 'Autre sortie',
    description: "Recherche d'emploi, inactivité, déménagement, raisons de santé, sans nouvelles…",
  },
};

/** A tripartite interview's bilan as recorded (fiche 7): when it was held and the day it went to the prescripteur. */
export interface ExitBilanForPrescriber {
  readonly heldOn: IsoDate;
  readonly sentToPrescriberOn: IsoDate | null;
}

/**
 * The bilan a prescripteur may read (accord, fiche 7: "le bilan est transmis au référent et au prescripteur"): the
 * latest interview whose bilan the SIAE has sent to it; none before it is sent (a bilan kept by the SIAE stays its own).
 */
export function exitBilanForPrescriber<I extends ExitBilanForPrescriber>(interviews: readonly I[]): I | null {
  return interviews
    .filter((i) => i.sentToPrescriberOn !== null)
    .reduce<I | null>(
      (latest, i) => (latest === null || compareIsoDates(i.heldOn, latest.heldOn) > 0 ? i : latest),
      null,
    );
}
