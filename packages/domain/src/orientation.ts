/**
 * L'orientation (accord, annexe 4 §3 "L'agrément dans le parcours d'insertion"): "Pouvant être réalisée par tous les
 * acteurs accueillant du public, il s'agit d'une 1ère phase de repérage des publics pour lesquelles un parcours IAE peut
 * être pertinent" — an "orientation vers un prescripteur", before the prescription that only prescripteurs de droit and
 * habilités make. Any organisation that receives the public (an SIAE, an agence Pôle emploi, a prescripteur, a CCAS or
 * an association without habilitation) orients a person towards a prescripteur with a short reason; the prescripteur
 * accepts (then diagnoses and prescribes) or declines with a reason.
 *
 * Separation of duties (seed 004: Pôle emploi "endosse à la fois les rôles d'orienteur, de prescripteur et d'organisme
 * d'agrémentation"; fiche 4): the agent who prescribed or diagnosed a person does not decide that person's agrément.
 */
import { ok, refuse, type Result } from './result.js';

export const ORIENTATION_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED'] as const;
export type OrientationStatus = (typeof ORIENTATION_STATUSES)[number];

export const ORIENTATION_STATUS_LABELS: Readonly<Record<OrientationStatus, string>> = {
  PENDING: 'En attente de réponse du prescripteur',
  ACCEPTED: 'Acceptée par le prescripteur',
  DECLINED: 'Déclinée par le prescripteur',
};

/** The prescripteur's answers. */
export const ORIENTATION_ACTIONS = ['ACCEPT', 'DECLINE'] as const;
export type OrientationAction = (typeof ORIENTATION_ACTIONS)[number];

const TRANSITIONS: Readonly<Record<OrientationAction, { from: readonly OrientationStatus[]; to: OrientationStatus }>> =
  {
    // annexe 4 §3: the prescripteur takes the person on (then "diagnostic sur sa situation sociale et professionnelle").
    ACCEPT: { from: ['PENDING'], to: 'ACCEPTED' },
    // The prescripteur may decline, with a reason the orienting organisation reads.
    DECLINE: { from: ['PENDING'], to: 'DECLINED' },
  };

export type OrientationTransitionRefusal = 'ORIENTATION_ALREADY_ANSWERED';

/** The statuses an answer may start from (for a conditional update under a row lock). */
export function orientationActionSources(action: OrientationAction): readonly OrientationStatus[] {
  return TRANSITIONS[action].from;
}

/** The status after the prescripteur's answer, or why it cannot be given from `current`. */
export function orientationTransition(
  current: OrientationStatus,
  action: OrientationAction,
): Result<OrientationStatus, OrientationTransitionRefusal> {
  const rule = TRANSITIONS[action];
  if (rule.from.includes(current)) return ok(rule.to);
  return refuse(
    'ORIENTATION_ALREADY_ANSWERED',
    `Cette orientation est déjà « ${ORIENTATION_STATUS_LABELS[current].toLowerCase()} » : elle ne peut plus être ${
      action === 'ACCEPT' ? 'acceptée' : 'déclinée'
    }.`,
  );
}

/** At most this many characters for the reason of an orientation or of a decline: a short note, not a file. */
export const ORIENTATION_REASON_MAX_LENGTH = 1000;

export type OrientationReasonRefusal = 'ORIENTATION_REASON_REQUIRED' | 'ORIENTATION_REASON_TOO_LONG';

/**
 * The reason of an orientation ("premier repérage": why an IAE parcours may suit the person) or of a decline (so the
 * orienting organisation knows where the person stands): required, short, trimmed.
 */
export function orientationReason(
  text: string | null | undefined,
  what: 'ORIENT' | 'DECLINE',
): Result<string, OrientationReasonRefusal> {
  const trimmed = (text ?? '').trim();
  if (trimmed.length === 0) {
    return refuse(
      'ORIENTATION_REASON_REQUIRED',
      what === 'ORIENT'
        ? 'Indiquez en quelques mots pourquoi un parcours IAE peut convenir à cette personne.'
        : 'Indiquez pourquoi vous déclinez cette orientation : l’organisation qui l’a faite en sera informée.',
    );
  }
  if (trimmed.length > ORIENTATION_REASON_MAX_LENGTH) {
    return refuse(
      'ORIENTATION_REASON_TOO_LONG',
      `Le motif tient en ${ORIENTATION_REASON_MAX_LENGTH} caractères au plus.`,
    );
  }
  return ok(trimmed);
}

/**
 * Who oriented, as the comité counts it (annexe 1 / fiche 4: "Nombre de candidats orientés par Pôle emploi"): Pôle
 * emploi (an agence, or a prescripteur of kind Pôle emploi), another prescripteur allowed to prescribe, an SIAE, or an
 * organisation that receives the public without being allowed to prescribe (a CCAS or an association not habilité,
 * a prescripteur whose habilitation ended).
 */
export const ORIENTATION_ORIGIN_KINDS = ['POLE_EMPLOI', 'PRESCRIBER', 'SIAE', 'OTHER'] as const;
export type OrientationOriginKind = (typeof ORIENTATION_ORIGIN_KINDS)[number];

export const ORIENTATION_ORIGIN_KIND_LABELS: Readonly<Record<OrientationOriginKind, string>> = {
  POLE_EMPLOI: 'Pôle emploi',
  PRESCRIBER: 'Prescripteur de droit ou habilité',
  SIAE: 'SIAE',
  OTHER: 'Autre acteur accueillant du public (non habilité)',
};

/** The orienting organisation as the rule needs it. */
export type OrientingOrganisation =
  | { readonly kind: 'AGENCY' }
  | { readonly kind: 'SIAE' }
  | { readonly kind: 'PRESCRIBER_ORGANISATION'; readonly prescriberKind: string; readonly mayPrescribe: boolean }
  | { readonly kind: 'STATE_SERVICE' | 'STEERING_COMMITTEE' | 'CDIAE' };

export type OrientationOriginRefusal = 'ORIENTATION_NOT_FOR_THIS_ORGANISATION';

/**
 * Whether the organisation may orient, and under which origin it is counted. annexe 4 §3: "tous les acteurs accueillant
 * du public" — SIAE, agences and prescripteurs (habilités or not); the services of the État, the comité de pilotage
 * and the CDIAE do not receive the public.
 */
export function orientationOrigin(
  organisation: OrientingOrganisation,
): Result<OrientationOriginKind, OrientationOriginRefusal> {
  switch (organisation.kind) {
    case 'AGENCY':
      return ok('POLE_EMPLOI');
    case 'SIAE':
      return ok('SIAE');
    case 'PRESCRIBER_ORGANISATION':
      if (organisation.prescriberKind === 'POLE_EMPLOI') return ok('POLE_EMPLOI');
      return ok(organisation.mayPrescribe ? 'PRESCRIBER' : 'OTHER');
    case 'STATE_SERVICE':
    case 'STEERING_COMMITTEE':
    case 'CDIAE':
      return refuse(
        'ORIENTATION_NOT_FOR_THIS_ORGANISATION',
        'L’orientation est faite par les acteurs qui accueillent du public (annexe 4 §3) : SIAE, agences, prescripteurs, associations.',
      );
  }
}

export type OrientationTargetRefusal = 'ORIENTATION_TARGET_CANNOT_PRESCRIBE' | 'ORIENTATION_TO_ITSELF';

/**
 * The prescripteur an orientation goes to: one allowed to prescribe on the day (annexe 4 §3: "La prescription —
 * pouvant être réalisée uniquement par les prescripteurs de droit … et les prescripteurs habilités"), other than the
 * orienting organisation (a prescripteur that receives a person diagnoses them itself).
 */
export function orientationTarget(input: {
  readonly originOrganisationId: string;
  readonly targetOrganisationId: string;
  readonly targetMayPrescribe: boolean;
}): Result<true, OrientationTargetRefusal> {
  if (input.originOrganisationId === input.targetOrganisationId) {
    return refuse(
      'ORIENTATION_TO_ITSELF',
      'Votre organisation est elle-même prescripteur : établissez directement le diagnostic de cette personne.',
    );
  }
  if (!input.targetMayPrescribe) {
    return refuse(
      'ORIENTATION_TARGET_CANNOT_PRESCRIBE',
      'Ce prescripteur ne peut pas prescrire aujourd’hui (habilitation absente ou expirée) : orientez la personne vers un prescripteur de droit ou habilité.',
    );
  }
  return ok(true);
}

export type SeparationOfDutiesRefusal = 'DECIDER_PRESCRIBED_THIS_PERSON' | 'DECIDER_DIAGNOSED_THIS_PERSON';

/**
 * Separation of duties (seed 004: Pôle emploi is at once "orienteur, prescripteur et organisme d'agrémentation";
 * accord, fiche 4 and annexe 4 §2.1: the prescripteur diagnoses and prescribes, Pôle emploi decides the agrément): the
 * agent who prescribed the person, or made the eligibility diagnosis of the person, does not decide that person's
 * agrément — another agent of the agence does. Orienting the person does not bar the decision (a first spotting, no
 * judgement of eligibility).
 */
export function mayDecideApproval(input: {
  readonly deciderUserId: string;
  /** Agents who sent a prescription for the person. */
  readonly prescriberUserIds: readonly (string | null)[];
  /** Agents who made an eligibility diagnosis of the person. */
  readonly diagnosisAuthorUserIds: readonly (string | null)[];
}): Result<true, SeparationOfDutiesRefusal> {
  if (input.prescriberUserIds.includes(input.deciderUserId)) {
    return refuse(
      'DECIDER_PRESCRIBED_THIS_PERSON',
      'Vous avez prescrit le parcours de cette personne : la décision sur son agrément revient à un autre agent de l’agence (séparation des fonctions).',
    );
  }
  if (input.diagnosisAuthorUserIds.includes(input.deciderUserId)) {
    return refuse(
      'DECIDER_DIAGNOSED_THIS_PERSON',
      'Vous avez établi le diagnostic d’éligibilité de cette personne : la décision sur son agrément revient à un autre agent de l’agence (séparation des fonctions).',
    );
  }
  return ok(true);
}
