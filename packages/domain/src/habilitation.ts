// Habilitations of prescripteurs by the Préfet (accord, annexe 4 §2.1: "les prescripteurs habilités par le Préfet après
// avis du CDIAE"; fiche 2: the État "actualise la liste préfectorale habilitant les prescripteurs hors du droit commun",
// indicator "listes départementales actualisées des prescripteurs habilités").
//
// An organisation's habilitation is the fold of the decisions recorded for it, in order (an append-only register):
// a grant or a renewal opens a period, a withdrawal ends every period on the day before the decision. The dates with
// legal effect are the server's: the decision date is the day it is recorded; the period the État proposes is checked
// here. Where the accord is silent (DESIGN: choose what a user of a French public service expects, and write it down):
// - no retroactive habilitation: a period starts on the decision day at the earliest (a prescription made before it
//   would otherwise become valid after the fact);
// - a period has an end and lasts at most HABILITATION_MAX_MONTHS (5 years, the span of the listes préfectorales);
// - a grant is for an organisation without a habilitation in effect or to come (else it is a renewal); a renewal
//   extends the habilitation in effect or to come without a gap (its period starts at the latest on the day after the
//   current end) and ends later than it; a lapsed habilitation is granted again, not renewed;
// - a withdrawal takes effect on its decision day (the organisation may no longer prescribe from that day on) and
//   needs a reason.
import {
  addDays,
  addMonths,
  compareIsoDates,
  formatFrenchDate,
  isWithin,
  toPlainDate,
  type IsoDate,
} from './iso-date.js';
import type { Habilitation, PrescriberKind } from './prescription.js';
import { RIGHTFUL_PRESCRIBER_KINDS } from './prescription.js';
import { ok, refuse, type Result } from './result.js';

export const HABILITATION_DECISION_KINDS = ['GRANT', 'RENEWAL', 'WITHDRAWAL'] as const;
export type HabilitationDecisionKind = (typeof HABILITATION_DECISION_KINDS)[number];

export const HABILITATION_DECISION_LABELS: Readonly<Record<HabilitationDecisionKind, string>> = {
  GRANT: 'Habilitation',
  RENEWAL: 'Renouvellement',
  WITHDRAWAL: 'Retrait',
};

/** The longest period of one grant or renewal (our choice, see the top of this file). */
export const HABILITATION_MAX_MONTHS = 60;
/** The API's bound on a one-line text (subgraph-server input checks). */
export const WITHDRAWAL_REASON_MAX_LENGTH = 1_000;

/** One decision of the register, as the fold needs it. */
export interface HabilitationDecision {
  readonly kind: HabilitationDecisionKind;
  readonly decidedOn: IsoDate;
  /** GRANT and RENEWAL: the period, both days included. */
  readonly startOn?: IsoDate | null;
  readonly endOn?: IsoDate | null;
}

/** A period of habilitation, both days included (end null: until further notice, legacy rows only). */
export interface HabilitationPeriod {
  readonly startOn: IsoDate;
  readonly endOn: IsoDate | null;
}

/**
 * The periods of habilitation the decisions leave, in order of start: each grant or renewal adds its period, each
 * withdrawal ends the periods on the day before it (and cancels those not yet started).
 */
export function habilitationPeriods(decisions: readonly HabilitationDecision[]): HabilitationPeriod[] {
  let periods: HabilitationPeriod[] = [];
  for (const decision of decisions) {
    if (decision.kind === 'WITHDRAWAL') {
      const lastDay = addDays(decision.decidedOn, -1);
      periods = periods
        .filter((p) => compareIsoDates(p.startOn, decision.decidedOn) < 0)
        .map((p) =>
          p.endOn === null || compareIsoDates(p.endOn, lastDay) > 0 ? { startOn: p.startOn, endOn: lastDay } : p,
        );
    } else if (decision.startOn) {
      periods.push({ startOn: decision.startOn, endOn: decision.endOn ?? null });
    }
  }
  return periods.sort((a, b) => compareIsoDates(a.startOn, b.startOn));
}

/**
 * The decisions to fold for an organisation: its register, or — when nothing was recorded in it yet (an organisation
 * of the directory loaded in bulk, or created before the register) — the period the directory holds, taken as a first
 * grant decided on its first day.
 */
export function decisionsWithLegacyPeriod(
  register: readonly HabilitationDecision[],
  legacy: { readonly startOn: IsoDate | null; readonly endOn: IsoDate | null },
): HabilitationDecision[] {
  if (register.length > 0 || !legacy.startOn) return [...register];
  return [{ kind: 'GRANT', decidedOn: legacy.startOn, startOn: legacy.startOn, endOn: legacy.endOn }];
}

/** The periods as `canPrescribe` takes them (prescription.ts). */
export function habilitationsOf(decisions: readonly HabilitationDecision[]): Habilitation[] {
  return habilitationPeriods(decisions).map((p) => ({ startOn: p.startOn, endOn: p.endOn }));
}

/** Periods that touch or overlap merged into spans: a renewed habilitation is one span. */
export function habilitationSpans(periods: readonly HabilitationPeriod[]): HabilitationPeriod[] {
  const spans: HabilitationPeriod[] = [];
  for (const p of [...periods].sort((a, b) => compareIsoDates(a.startOn, b.startOn))) {
    const last = spans.at(-1);
    if (last && (last.endOn === null || compareIsoDates(p.startOn, addDays(last.endOn, 1)) <= 0)) {
      const endOn =
        last.endOn === null || p.endOn === null
          ? null
          : compareIsoDates(p.endOn, last.endOn) > 0
            ? p.endOn
            : last.endOn;
      spans[spans.length - 1] = { startOn: last.startOn, endOn };
    } else spans.push(p);
  }
  return spans;
}

/**
 * The spans of habilitation the decisions leave, in order: the fold's periods, those that touch or overlap merged. At
 * most one span holds any day: what the indicators count (fiche 2, "prescripteurs habilités"), day by day.
 */
export function habilitationSpansOf(decisions: readonly HabilitationDecision[]): HabilitationPeriod[] {
  return habilitationSpans(habilitationPeriods(decisions));
}

export type HabilitationStatus = 'HABILITATED' | 'UPCOMING' | 'LAPSED' | 'WITHDRAWN' | 'NEVER';

export const HABILITATION_STATUS_LABELS: Readonly<Record<HabilitationStatus, string>> = {
  HABILITATED: 'Habilitée',
  UPCOMING: 'Habilitation à venir',
  LAPSED: 'Habilitation échue',
  WITHDRAWN: 'Habilitation retirée',
  NEVER: 'Jamais habilitée',
};

/** Where an organisation stands on `on`, and the span of habilitation in effect or to come (or the last one). */
export function habilitationOn(
  decisions: readonly HabilitationDecision[],
  on: IsoDate,
): { status: HabilitationStatus; span: HabilitationPeriod | null } {
  toPlainDate(on);
  const spans = habilitationSpansOf(decisions);
  const current = spans.find((s) => isWithin(on, s.startOn, s.endOn));
  if (current) return { status: 'HABILITATED', span: current };
  const upcoming = spans.find((s) => compareIsoDates(s.startOn, on) > 0);
  if (upcoming) return { status: 'UPCOMING', span: upcoming };
  const last = spans.at(-1) ?? null;
  if (!last) return { status: decisions.some((d) => d.kind === 'WITHDRAWAL') ? 'WITHDRAWN' : 'NEVER', span: null };
  const lastDecision = decisions.at(-1);
  return { status: lastDecision?.kind === 'WITHDRAWAL' ? 'WITHDRAWN' : 'LAPSED', span: last };
}

export type HabilitationRefusalCode =
  | 'HABILITATION_NOT_NEEDED'
  | 'HABILITATION_PERIOD_INVALID'
  | 'HABILITATION_RETROACTIVE'
  | 'HABILITATION_TOO_LONG'
  | 'HABILITATION_ALREADY_IN_EFFECT'
  | 'HABILITATION_NOTHING_TO_RENEW'
  | 'HABILITATION_RENEWAL_GAP'
  | 'HABILITATION_RENEWAL_SHORTER'
  | 'HABILITATION_NOTHING_TO_WITHDRAW'
  | 'HABILITATION_REASON_REQUIRED';

/** What the État proposes. */
export interface HabilitationProposal {
  readonly kind: HabilitationDecisionKind;
  readonly startOn?: IsoDate | null;
  readonly endOn?: IsoDate | null;
  readonly reason?: string | null;
}

function checkPeriod(
  startOn: IsoDate | null | undefined,
  endOn: IsoDate | null | undefined,
  decidedOn: IsoDate,
): Result<HabilitationPeriod, HabilitationRefusalCode> {
  if (!startOn || !endOn || compareIsoDates(endOn, startOn) < 0) {
    return refuse(
      'HABILITATION_PERIOD_INVALID',
      'Indiquez la période de l’habilitation : un premier et un dernier jour, le dernier après le premier.',
    );
  }
  if (compareIsoDates(startOn, decidedOn) < 0) {
    return refuse(
      'HABILITATION_RETROACTIVE',
      `Une habilitation ne peut pas prendre effet avant la date de la décision (${formatFrenchDate(decidedOn)}).`,
    );
  }
  if (compareIsoDates(endOn, addDays(addMonths(startOn, HABILITATION_MAX_MONTHS), -1)) > 0) {
    return refuse(
      'HABILITATION_TOO_LONG',
      `Une habilitation est accordée pour ${HABILITATION_MAX_MONTHS / 12} ans au plus ; elle peut ensuite être renouvelée.`,
    );
  }
  return ok({ startOn, endOn });
}

/**
 * Checks a decision the État proposes for an organisation, given its register so far and the decision date (today,
 * the server's). Returns the decision to record: its period (grant, renewal) or its reason (withdrawal).
 */
export function decideHabilitation(
  organisation: { readonly kind: PrescriberKind; readonly decisions: readonly HabilitationDecision[] },
  proposal: HabilitationProposal,
  decidedOn: IsoDate,
): Result<HabilitationDecision & { readonly reason: string | null }, HabilitationRefusalCode> {
  if (RIGHTFUL_PRESCRIBER_KINDS.includes(organisation.kind)) {
    return refuse(
      'HABILITATION_NOT_NEEDED',
      'Pôle emploi, les missions locales et Cap emploi sont prescripteurs de droit : ils n’ont pas besoin d’habilitation.',
    );
  }
  const { status, span } = habilitationOn(organisation.decisions, decidedOn);
  const inForce = status === 'HABILITATED' || status === 'UPCOMING';
  switch (proposal.kind) {
    case 'GRANT': {
      if (inForce) {
        return refuse(
          'HABILITATION_ALREADY_IN_EFFECT',
          `Cette structure est déjà habilitée${span?.endOn ? ` jusqu’au ${formatFrenchDate(span.endOn)}` : ''} : renouvelez son habilitation.`,
        );
      }
      const period = checkPeriod(proposal.startOn, proposal.endOn, decidedOn);
      if (!period.ok) return period;
      return ok({ kind: 'GRANT', decidedOn, ...period.value, reason: null });
    }
    case 'RENEWAL': {
      if (!inForce || !span) {
        return refuse(
          'HABILITATION_NOTHING_TO_RENEW',
          'Cette structure n’a pas d’habilitation en cours à renouveler : accordez-lui une habilitation.',
        );
      }
      const period = checkPeriod(proposal.startOn, proposal.endOn, decidedOn);
      if (!period.ok) return period;
      if (span.endOn === null || compareIsoDates(period.value.endOn!, span.endOn) <= 0) {
        return refuse(
          'HABILITATION_RENEWAL_SHORTER',
          'Le renouvellement doit prolonger l’habilitation en cours : choisissez un dernier jour après sa fin actuelle.',
        );
      }
      if (compareIsoDates(period.value.startOn, addDays(span.endOn, 1)) > 0) {
        return refuse(
          'HABILITATION_RENEWAL_GAP',
          `Le renouvellement doit commencer au plus tard le ${formatFrenchDate(addDays(span.endOn, 1))}, lendemain de la fin de l’habilitation en cours.`,
        );
      }
      return ok({ kind: 'RENEWAL', decidedOn, ...period.value, reason: null });
    }
    case 'WITHDRAWAL': {
      if (!inForce) {
        return refuse(
          'HABILITATION_NOTHING_TO_WITHDRAW',
          'Cette structure n’a pas d’habilitation en cours ou à venir à retirer.',
        );
      }
      const reason = (proposal.reason ?? '').trim();
      if (reason === '' || reason.length > WITHDRAWAL_REASON_MAX_LENGTH) {
        return refuse(
          'HABILITATION_REASON_REQUIRED',
          `Motivez le retrait de l’habilitation (${WITHDRAWAL_REASON_MAX_LENGTH} caractères au plus).`,
        );
      }
      return ok({ kind: 'WITHDRAWAL', decidedOn, startOn: null, endOn: null, reason });
    }
  }
}
