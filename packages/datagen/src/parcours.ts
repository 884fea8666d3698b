// The parcours of one million people (context `parcours`), generated person by person in time order: eligibility
// diagnosis, prescriptions (fiche navette) with their status history, demandes d'agrément of the five kinds with
// their decision (granted, refused with a reason from APPROVAL_REFUSAL_REASONS, tacitly granted, pending, appealed),
// agréments, suspensions, prolongations and extensions, contracts, tripartite interviews and exits.
//
// Every date a rule of the accord fixes comes from @navette/domain: an agrément's end_on is approvalEndDate of its
// recorded suspensions and prolongations, a request's deadline is approvalDecisionDeadline, and a suspension,
// prolongation, extension or renewal is recorded only if validateSuspension/-Prolongation/-Extension/-Renewal accept
// it (as the product does when it is filed, and again when it is granted; a change that no longer passes at the
// decision is refused with CONDITIONS_NOT_MET). The generator's own choices (who, where, how long) are seeded draws.
import {
  APPROVAL_REFUSAL_REASONS,
  ELIGIBILITY_CRITERIA,
  SIAE_REFUSAL_REASONS,
  approvalDecisionDeadline,
  approvalEndDate,
  exitInterviewWindow,
  validateExtension,
  validateProlongation,
  validateRenewal,
  validateSuspension,
  type ApprovalHistory,
  type ApprovalRefusalReasonCode,
  type ApprovalRequestKind,
  type Prolongation,
  type ProlongationReason,
  type SiaeKind,
  type SiaeRefusalReasonCode,
  type Suspension,
} from '@navette/domain';
import { dayOf, iso, months, timestamp, type Day } from './dates.js';
import type { DepartementIndex, Directory, Prescriber, Siae } from './directory.js';
import { EXTENSIONS, type ExtensionContext, type ExtensionRun, type ParcoursExtension } from './extensions.js';
import { FIRST_NAMES_F, FIRST_NAMES_M, LAST_NAMES, SKILLS } from './france.js';
import type { IdKind, Ids } from './ids.js';
import { Random } from './random.js';
import type { RowSink } from './tables.js';

/** Shares and durations of the parcours (orders of magnitude of the IAE; tune here). */
export const PROFILE = {
  /** People who never get an agrément (prescriptions refused or withdrawn, agrément refused, still in progress). */
  neverHired: 0.1,
  approvalsPerHiredPerson: [
    [1, 0.72],
    [2, 0.23],
    [3, 0.05],
  ] as const,
  /** A second agrément renews the first (annexe 4 §2.2.7) rather than starting a new parcours. */
  renewal: 0.6,
  /** Prescriptions to other SIAE, refused or withdrawn, before the one that leads to the hiring. */
  earlierPrescriptions: [
    [0, 0.62],
    [1, 0.3],
    [2, 0.08],
  ] as const,
  decision: {
    INITIAL: [
      ['GRANTED', 0.87],
      ['TACIT', 0.04],
      ['REFUSED', 0.09],
    ],
    OTHER: [
      ['GRANTED', 0.9],
      ['TACIT', 0.04],
      ['REFUSED', 0.06],
    ],
  } as const,
  appeal: 0.15,
  appealUpheld: 0.35,
  suspension: 0.08,
  extension: 0.05,
  /** Prolongation for people aged 50+ or with RQTH (§2.2.6 b), then again (successive decisions). */
  prolongationAged: 0.5,
  prolongationAgain: 0.4,
  /** Prolongation to finish a training (§2.2.6 a). */
  prolongationTraining: 0.08,
  exitInterview: 0.55,
  exit: 0.7,
  /** History of the data set: six years up to `today`. */
  years: 6,
} as const;

type DecisionDraw = 'GRANTED' | 'TACIT' | 'REFUSED';
type RequestStatus = 'PENDING' | 'GRANTED' | 'REFUSED' | 'TACITLY_GRANTED';
type ContractKind = 'CDDI' | 'CDI_INCLUSION' | 'MISSION_ETTI' | 'MISE_A_DISPOSITION_AI';

interface Decision {
  status: RequestStatus;
  decidedOn: Day | null;
  /** Day the grant took effect (explicit decision, deadline of a tacit grant, upheld appeal), if granted. */
  grantDay: Day | null;
  refusal: { reason: ApprovalRefusalReasonCode; comment: string } | null;
  appeal: {
    text: string;
    on: Day;
    status: 'PENDING' | 'UPHELD' | 'DISMISSED';
    decidedOn: Day | null;
    comment: string | null;
  } | null;
}

interface Person {
  id: string;
  index: number;
  dept: DepartementIndex;
  prescriber: Prescriber;
  birth: string;
  birthDay: Day;
  rqth: boolean;
  firstName: string;
  lastName: string;
  /** SIAE with a live prescription of this person (unique index prescriptions_live_unique). */
  liveSiae: Set<string>;
}

interface ContractState {
  id: string;
  siae: Siae;
  kind: ContractKind;
  start: Day;
  end: Day | null;
  ended: Day | null;
  aiSector: 'MARCHAND' | 'NON_MARCHAND' | null;
  aiHours: number | null;
}

interface ApprovalState {
  id: string;
  person: Person;
  siae: Siae;
  start: Day;
  suspensions: Suspension[];
  prolongations: Prolongation[];
  contracts: ContractState[];
}

/** How an attempt at an agrément ended: an agrément, a refusal (the person may try again later), or nothing more. */
type Attempt = { kind: 'approval'; approval: ApprovalState } | { kind: 'refused' | 'stop' };

interface PrescriptionSteps {
  sent: Day;
  seen: Day | null;
  accepted: Day | null;
  final: {
    status: 'HIRED' | 'REFUSED' | 'WITHDRAWN';
    day: Day;
    reason: SiaeRefusalReasonCode | null;
    comment: string | null;
  } | null;
}

/** What the benchmark needs to pick its accounts: the busiest agence inbox, the SIAE with most current agréments. */
export interface Highlights {
  pendingByAgency: Map<string, number>;
  currentBySiae: Map<string, number>;
  prescriptionsByPrescriber: Map<string, number>;
  /** Last number taken from the agrément number sequence. */
  approvalNumbers: number;
  /** Last id of prescription_events (bigserial). */
  prescriptionEventIds: number;
}

const APPROVAL_REFUSAL_COMMENTS: Record<ApprovalRefusalReasonCode, string> = {
  INCOMPLETE_REQUEST: 'Pièces manquantes : le diagnostic ne précise pas les critères retenus.',
  NOT_ELIGIBLE: 'Situation sociale et professionnelle ne justifiant pas un parcours IAE à ce stade.',
  DIRECT_ACCESS_TO_EMPLOYMENT: 'Expérience récente et qualification permettant un retour direct à l’emploi.',
  SIAE_NOT_SUITED: 'Le poste proposé ne répond pas aux freins identifiés ; orientation vers un ACI à étudier.',
  NEW_INFORMATION: 'Éléments nouveaux portés à la connaissance de l’agence lors de l’entretien.',
  PRESCRIBER_NOT_HABILITATED: 'L’habilitation du prescripteur n’était plus valide à la date du diagnostic.',
  ADMINISTRATIVE_SITUATION: 'Titre de séjour expiré à la date de la demande.',
  CONDITIONS_NOT_MET: 'Les conditions de l’annexe 4 ne sont pas réunies pour cette demande.',
  CTA_AGREED_REASON: 'Motif convenu en CTA : priorité aux demandeurs d’emploi de longue durée du bassin.',
  OTHER: 'Demande à reformuler après échange avec le référent.',
};
const INITIAL_REFUSALS: readonly (readonly [ApprovalRefusalReasonCode, number])[] = [
  ['INCOMPLETE_REQUEST', 0.25],
  ['NOT_ELIGIBLE', 0.2],
  ['DIRECT_ACCESS_TO_EMPLOYMENT', 0.15],
  ['SIAE_NOT_SUITED', 0.1],
  ['NEW_INFORMATION', 0.08],
  ['PRESCRIBER_NOT_HABILITATED', 0.02],
  ['ADMINISTRATIVE_SITUATION', 0.08],
  ['CTA_AGREED_REASON', 0.05],
  ['OTHER', 0.07],
];
const CHANGE_REFUSALS: readonly (readonly [ApprovalRefusalReasonCode, number])[] = [
  ['CONDITIONS_NOT_MET', 0.6],
  ['INCOMPLETE_REQUEST', 0.25],
  ['OTHER', 0.15],
];
// Every code of the shared list is used (the test checks that codes come from the list).
for (const { code } of APPROVAL_REFUSAL_REASONS)
  if (!(code in APPROVAL_REFUSAL_COMMENTS)) throw new Error(`no comment for ${code}`);

const SIAE_REFUSAL_COMMENTS: Partial<Record<SiaeRefusalReasonCode, string>> = {
  NO_POSITION_AVAILABLE: 'Poste pourvu entre-temps.',
  PREREQUISITES_NOT_MET: 'Port de charges incompatible avec la situation décrite.',
  CANDIDATE_DECLINED: 'Horaires incompatibles avec la garde des enfants.',
  CANDIDATE_UNREACHABLE: 'Trois appels sans réponse.',
  OTHER: 'Recrutement suspendu pour la saison.',
};
const SIAE_REFUSALS = SIAE_REFUSAL_REASONS.map(
  (r) => [r.code, r.code === 'NO_POSITION_AVAILABLE' ? 3 : r.code === 'OTHER' ? 0.5 : 1] as const,
);

const CRITERIA = {
  PROFESSIONAL: ELIGIBILITY_CRITERIA.filter((c) => c.category === 'PROFESSIONAL').map((c) => c.code),
  SOCIAL: ELIGIBILITY_CRITERIA.filter((c) => c.category === 'SOCIAL').map((c) => c.code),
  LISTED_PUBLIC: ELIGIBILITY_CRITERIA.filter((c) => c.category === 'LISTED_PUBLIC').map((c) => c.code),
};

const CONTRACT_KIND: Record<SiaeKind, ContractKind> = {
  ACI: 'CDDI',
  EI: 'CDDI',
  EITI: 'CDDI',
  ETTI: 'MISSION_ETTI',
  AI: 'MISE_A_DISPOSITION_AI',
};

export class ParcoursGenerator {
  readonly highlights: Highlights = {
    pendingByAgency: new Map(),
    currentBySiae: new Map(),
    prescriptionsByPrescriber: new Map(),
    approvalNumbers: 0,
    prescriptionEventIds: 0,
  };
  private readonly rng: Random;
  private readonly T: Day;
  private readonly pendingFrom: Day | null;
  private readonly W0: Day;
  private readonly n = {
    diagnosis: 0,
    prescription: 0,
    approval: 0,
    approvalEvent: 0,
    approvalRequest: 0,
    contract: 0,
    exitInterview: 0,
    exit: 0,
  };
  private readonly deadlines = new Map<string, Day>();
  private readonly extensions: { extension: ExtensionRun; rng: Random }[];
  private readonly extensionContext: ExtensionContext;
  private readonly baseEnds = new Map<Day, Day>();
  /** Natural keys of people already written (migration 0016: per prescripteur, name + birth date and Pôle emploi id). */
  private readonly recordedPeople = new KeySet();
  private readonly exitWindows = new Map<Day, [Day, Day]>();

  constructor(
    private readonly directory: Directory,
    private readonly ids: Ids,
    private readonly sink: RowSink,
    options: {
      seed: number;
      today: Day;
      extensions?: readonly ParcoursExtension[];
      years?: number;
      /** Requests received from this day on whose deadline is not passed stay pending (the demo's inboxes). */
      pendingFrom?: Day;
    },
  ) {
    this.rng = new Random(options.seed, 2);
    // Each extension draws from its own stream: adding one leaves every other row of the data set unchanged.
    this.extensions = (options.extensions ?? EXTENSIONS).map((extension, i) => ({
      extension: extension.start(),
      rng: new Random(options.seed, 100 + i),
    }));
    this.T = options.today;
    this.pendingFrom = options.pendingFrom ?? null;
    const ordinals = new Map<IdKind, number>();
    this.extensionContext = {
      today: options.today,
      id: (kind) => {
        const n = ordinals.get(kind) ?? 0;
        ordinals.set(kind, n + 1);
        return ids(kind, n);
      },
    };
    // Years of history up to today (PROFILE.years for the national data set; fewer for the demo region).
    this.W0 = options.today - Math.round((options.years ?? PROFILE.years) * 365.25);
  }

  // --- rules (memoised calls to @navette/domain) ---------------------------------------------------------------

  /** accord, annexe 4 §2.2.2 (domain approvalDecisionDeadline). */
  private deadline(received: Day, siae: Siae): Day {
    const key = `${received}|${siae.kind === 'ETTI' ? 'E' : ''}|${siae.departement}`;
    let day = this.deadlines.get(key);
    if (day === undefined) {
      day = dayOf(
        approvalDecisionDeadline({ receivedOn: iso(received), siaeKind: siae.kind, departement: siae.departement }),
      );
      this.deadlines.set(key, day);
    }
    return day;
  }

  /** accord, annexe 4 §2.1: end of an agrément without suspension nor prolongation (domain approvalEndDate). */
  private baseEnd(start: Day): Day {
    let day = this.baseEnds.get(start);
    if (day === undefined) {
      day = dayOf(approvalEndDate({ startOn: iso(start) }));
      this.baseEnds.set(start, day);
    }
    return day;
  }

  private currentEnd(a: ApprovalState): Day {
    if (a.suspensions.length === 0 && a.prolongations.length === 0) return this.baseEnd(a.start);
    return dayOf(approvalEndDate(this.history(a)));
  }

  private history(a: ApprovalState): ApprovalHistory {
    return {
      startOn: iso(a.start),
      suspensions: a.suspensions,
      prolongations: a.prolongations,
      contracts: a.contracts.map((c) => ({
        siaeId: c.siae.id,
        startOn: iso(c.start),
        endOn: this.isoOrNull(c.ended ?? c.end),
      })),
      person: { birthDate: a.person.birth, rqth: a.person.rqth },
    };
  }

  private isoOrNull(day: Day | null): string | null {
    return day === null ? null : iso(day);
  }

  // --- draws ---------------------------------------------------------------------------------------------------

  private pickSiae(dept: DepartementIndex, avoid: ReadonlySet<string>): Siae {
    for (let tries = 0; tries < 8; tries++) {
      const siae = dept.siaes[this.rng.weightedIndex(dept.siaeCumulative)]!;
      if (!avoid.has(siae.id)) return siae;
    }
    // A small département whose few SIAE are all taken: any SIAE of the country not taken.
    for (;;) {
      const siae = this.rng.pick(this.directory.siaes);
      if (!avoid.has(siae.id)) return siae;
    }
  }

  private pickPrescriber(dept: DepartementIndex, young: boolean, rqth: boolean, on: Day): Prescriber {
    const kinds = dept.prescribers;
    const kind = young
      ? this.rng.weighted([
          ['MISSION_LOCALE', 0.6],
          ['POLE_EMPLOI', 0.25],
          ['HABILITE', 0.15],
        ] as const)
      : rqth
        ? this.rng.weighted([
            ['CAP_EMPLOI', 0.55],
            ['POLE_EMPLOI', 0.3],
            ['HABILITE', 0.15],
          ] as const)
        : this.rng.weighted([
            ['POLE_EMPLOI', 0.6],
            ['HABILITE', 0.36],
            ['CAP_EMPLOI', 0.04],
          ] as const);
    const list = kinds[kind];
    if (list.length > 0) {
      const p = this.rng.pick(list);
      // Only a prescripteur de droit, or one habilité on that day, may prescribe (annexe 4 §2.1).
      if (p.kind !== 'HABILITE' || (p.habilitationStart! <= on && on <= p.habilitationEnd!)) return p;
    }
    return kinds.POLE_EMPLOI[0]!;
  }

  private minutes(from: number, span: number): number {
    return from + this.rng.int(0, span);
  }

  private decide(received: Day, deadline: Day, kind: ApprovalRequestKind, force?: 'REFUSED'): Decision {
    const decision = this.drawDecision(received, deadline, kind, force);
    // The demo region's agences have not answered the requests of the last days yet (deadline not passed).
    if (
      this.pendingFrom !== null &&
      received >= this.pendingFrom &&
      deadline >= this.T &&
      decision.status !== 'PENDING'
    )
      return { status: 'PENDING', decidedOn: null, grantDay: null, refusal: null, appeal: null };
    // Nor the appeals of those days (the director's answer is still awaited).
    const appeal = decision.appeal;
    if (this.pendingFrom !== null && appeal?.decidedOn != null && appeal.decidedOn >= this.pendingFrom)
      return { ...decision, grantDay: null, appeal: { ...appeal, status: 'PENDING', decidedOn: null, comment: null } };
    return decision;
  }

  private drawDecision(received: Day, deadline: Day, kind: ApprovalRequestKind, force?: 'REFUSED'): Decision {
    const rng = this.rng;
    const draw: DecisionDraw =
      force ?? rng.weighted(kind === 'INITIAL' ? PROFILE.decision.INITIAL : PROFILE.decision.OTHER);
    const pending: Decision = { status: 'PENDING', decidedOn: null, grantDay: null, refusal: null, appeal: null };
    if (draw === 'TACIT') {
      // annexe 4 §2.2.2: no answer by the end of the deadline; the job records it the next morning.
      return deadline < this.T
        ? { status: 'TACITLY_GRANTED', decidedOn: null, grantDay: deadline, refusal: null, appeal: null }
        : pending;
    }
    const decidedOn = received + rng.int(0, deadline - received);
    if (decidedOn > this.T) return pending;
    if (draw === 'GRANTED') return { status: 'GRANTED', decidedOn, grantDay: decidedOn, refusal: null, appeal: null };
    const reason = rng.weighted(kind === 'INITIAL' ? INITIAL_REFUSALS : CHANGE_REFUSALS);
    const decision: Decision = {
      status: 'REFUSED',
      decidedOn,
      grantDay: null,
      refusal: { reason, comment: APPROVAL_REFUSAL_COMMENTS[reason] },
      appeal: null,
    };
    const appealedOn = decidedOn + rng.int(2, 25);
    if (rng.chance(PROFILE.appeal) && appealedOn <= this.T) {
      const appealDecided = appealedOn + rng.int(3, 30);
      const upheld = force === undefined && rng.chance(PROFILE.appealUpheld);
      decision.appeal =
        appealDecided > this.T
          ? {
              text: 'Recours : la personne remplit les critères, voir le bilan joint.',
              on: appealedOn,
              status: 'PENDING',
              decidedOn: null,
              comment: null,
            }
          : {
              text: 'Recours : la personne remplit les critères, voir le bilan joint.',
              on: appealedOn,
              status: upheld ? 'UPHELD' : 'DISMISSED',
              decidedOn: appealDecided,
              comment: upheld ? null : 'Recours rejeté : le refus est confirmé par la direction de l’agence.',
            };
      if (upheld && appealDecided <= this.T) decision.grantDay = appealDecided;
    }
    return decision;
  }

  /** A grant that the rules no longer allow on its day: the agent must refuse it (CONDITIONS_NOT_MET). */
  private cannotGrant(decision: Decision, received: Day, deadline: Day, message: string): Decision {
    if (decision.appeal?.status === 'UPHELD') {
      return { ...decision, grantDay: null, appeal: { ...decision.appeal, status: 'DISMISSED', comment: message } };
    }
    const decidedOn = decision.decidedOn ?? received + this.rng.int(0, deadline - received);
    return {
      status: 'REFUSED',
      decidedOn,
      grantDay: null,
      refusal: { reason: 'CONDITIONS_NOT_MET', comment: message },
      appeal: null,
    };
  }

  // --- rows ----------------------------------------------------------------------------------------------------

  private request(args: {
    kind: ApprovalRequestKind;
    person: Person;
    siae: Siae;
    prescriberId: string | null;
    prescriptionId: string | null;
    approvalId: string | null;
    details: Record<string, string | boolean | null>;
    received: Day;
    deadline: Day;
    decision: Decision;
    resultingApprovalId: string | null;
  }): string {
    const id = this.ids('approvalRequest', this.n.approvalRequest++);
    const { decision: d, siae } = args;
    this.sink.add('approvalRequests', [
      id,
      args.kind,
      args.person.id,
      siae.id,
      siae.agencyId,
      siae.kind,
      siae.departement,
      args.prescriberId,
      args.prescriptionId,
      args.approvalId,
      JSON.stringify(args.details),
      null,
      iso(args.received),
      iso(args.deadline),
      d.status,
      this.isoOrNull(d.decidedOn),
      null,
      d.refusal?.reason ?? null,
      d.refusal?.comment ?? null,
      d.appeal?.text ?? null,
      d.appeal ? iso(d.appeal.on) : null,
      d.appeal?.status ?? null,
      d.appeal ? this.isoOrNull(d.appeal.decidedOn) : null,
      d.appeal?.comment ?? null,
      args.resultingApprovalId,
      timestamp(args.received, this.minutes(420, 600)),
    ]);
    if (d.status === 'PENDING' && args.deadline >= this.T) {
      this.highlights.pendingByAgency.set(siae.agencyId, (this.highlights.pendingByAgency.get(siae.agencyId) ?? 0) + 1);
    }
    return id;
  }

  /** Writes a prescription and its status history as known on `today`; null when not even sent yet. */
  private prescription(person: Person, diagnosisId: string, siae: Siae, steps: PrescriptionSteps): string | null {
    const events: [string, Day, number, string | null, string | null, string][] = [];
    const prescriber = person.prescriber.id;
    events.push(['SENT', steps.sent, this.minutes(480, 120), null, null, prescriber]);
    if (steps.seen !== null) events.push(['SEEN', steps.seen, this.minutes(620, 100), null, null, siae.id]);
    if (steps.accepted !== null) events.push(['ACCEPTED', steps.accepted, this.minutes(730, 100), null, null, siae.id]);
    if (steps.final) {
      const f = steps.final;
      events.push([
        f.status,
        f.day,
        this.minutes(840, 100),
        f.reason,
        f.comment,
        f.status === 'WITHDRAWN' ? prescriber : siae.id,
      ]);
    }
    const known = events.filter((e) => e[1] <= this.T);
    if (known.length === 0) return null;
    const id = this.ids('prescription', this.n.prescription++);
    const last = known[known.length - 1]!;
    const status = last[0];
    const refused = status === 'REFUSED';
    this.sink.add('prescriptions', [
      id,
      person.id,
      diagnosisId,
      prescriber,
      null,
      siae.id,
      siae.agencyId,
      siae.kind,
      siae.departement,
      null,
      `Bonjour, je vous oriente ${person.firstName} ${person.lastName} pour un parcours IAE ; diagnostic et disponibilités dans la fiche.`,
      status,
      refused ? last[3] : null,
      refused ? last[4] : null,
      timestamp(known[0]![1], known[0]![2]),
      timestamp(last[1], last[2]),
    ]);
    for (const [st, day, minute, reason, comment, actor] of known) {
      this.sink.add('prescriptionEvents', [
        ++this.highlights.prescriptionEventIds,
        id,
        st,
        reason,
        comment,
        null,
        actor,
        timestamp(day, minute),
      ]);
    }
    if (status === 'SENT' || status === 'SEEN' || status === 'ACCEPTED') person.liveSiae.add(siae.id);
    this.highlights.prescriptionsByPrescriber.set(
      prescriber,
      (this.highlights.prescriptionsByPrescriber.get(prescriber) ?? 0) + 1,
    );
    return id;
  }

  private siaeRefusal(day: Day): PrescriptionSteps['final'] {
    const reason = this.rng.weighted(SIAE_REFUSALS);
    return {
      status: 'REFUSED',
      day,
      reason,
      comment: SIAE_REFUSAL_COMMENTS[reason] ?? (reason === 'OTHER' ? 'Autre motif.' : null),
    };
  }

  private diagnosis(person: Person, on: Day): string {
    const rng = this.rng;
    const id = this.ids('diagnosis', this.n.diagnosis++);
    const criteria = new Set<string>();
    // annexe 2: a listed public, or a combination of professional and social criteria.
    if (rng.chance(0.7)) criteria.add(rng.pick(CRITERIA.LISTED_PUBLIC));
    for (let i = rng.int(1, 2); i > 0; i--) criteria.add(rng.pick(CRITERIA.PROFESSIONAL));
    for (let i = rng.int(1, 2); i > 0; i--) criteria.add(rng.pick(CRITERIA.SOCIAL));
    this.sink.add('eligibilityDiagnoses', [
      id,
      person.id,
      person.prescriber.id,
      null,
      [...criteria],
      iso(on),
      rng.chance(0.3) ? 'Freins identifiés lors de l’entretien ; accompagnement social en cours.' : null,
      timestamp(on, this.minutes(500, 500)),
    ]);
    return id;
  }

  // --- one person ------------------------------------------------------------------------------------------------

  person(index: number): void {
    this.generatePerson(index);
    for (const { extension } of this.extensions) extension.endOfPerson?.(this.sink);
  }

  /** A Pôle emploi id for 65 % of people, none when the prescripteur already has it (people_pole_emploi_unique). */
  private poleEmploiId(prescriberId: string, rng: Random): string | null {
    if (!rng.chance(0.65)) return null;
    const id = `${String(rng.int(0, 9_999_999)).padStart(7, '0')}${String.fromCharCode(65 + rng.int(0, 25))}`;
    return this.recordedPeople.claim(`${prescriberId}|pe|${id}`) ? id : null;
  }

  private generatePerson(index: number): void {
    const rng = this.rng;
    const dept = this.directory.departements[rng.weightedIndex(this.directory.departementCumulative)]!;
    const hired = !rng.chance(PROFILE.neverHired);
    const approvals = hired ? rng.weighted(PROFILE.approvalsPerHiredPerson) : 0;
    const span = Math.max(0, approvals - 1) * 800;
    const failure = hired
      ? null
      : rng.weighted([
          ['prescriptions', 0.45],
          ['refused', 0.4],
          ['inProgress', 0.15],
        ] as const);
    const firstRequest = failure === 'inProgress' ? this.T + rng.int(-15, 25) : rng.int(this.W0 + 60, this.T - span);
    const group = rng.weighted([
      ['young', 0.22],
      ['core', 0.55],
      ['senior', 0.23],
    ] as const);
    const age = group === 'young' ? rng.int(17, 25) : group === 'core' ? rng.int(26, 49) : rng.int(50, 62);
    let birthDay = firstRequest - Math.round(age * 365.25) - rng.int(0, 364);
    const rqth = rng.chance(0.07);
    const female = rng.chance(0.45);
    const prescriber = this.pickPrescriber(dept, group === 'young', rqth, firstRequest - 45);
    const person: Person = {
      id: this.ids('person', index),
      index,
      dept,
      prescriber,
      birth: iso(birthDay),
      birthDay,
      rqth: rqth || prescriber.kind === 'CAP_EMPLOI',
      firstName: rng.pick(female ? FIRST_NAMES_F : FIRST_NAMES_M),
      lastName: rng.pick(LAST_NAMES),
      liveSiae: new Set(),
    };
    // Natural key people_identity_unique (migration 0016): one person per name and birth date in a prescripteur's
    // records. A namesake born the same day moves to the day before (no extra draw: the rest of the stream is kept).
    while (!this.recordedPeople.claim(`${prescriber.id}|${birthDay}|${person.lastName}|${person.firstName}`))
      birthDay -= 1;
    person.birthDay = birthDay;
    person.birth = iso(birthDay);
    const recordedOn = firstRequest - rng.int(45, 120);
    this.sink.add('people', [
      person.id,
      person.firstName,
      person.lastName,
      person.birth,
      rng.chance(0.4)
        ? `${person.firstName}.${person.lastName}.${index}@exemple.fr`.toLowerCase().replace(/[^a-z0-9.@-]/g, '')
        : null,
      rng.chance(0.7) ? `06${String(rng.int(0, 99_999_999)).padStart(8, '0')}` : null,
      this.poleEmploiId(prescriber.id, rng),
      person.rqth,
      null,
      prescriber.id,
      timestamp(recordedOn, this.minutes(480, 560)),
    ]);

    let cursor = firstRequest;
    let made = 0;
    let attempts = 0;
    let previous: ApprovalState | null = null;
    const wanted = hired ? approvals : 1;
    while (made < wanted && attempts < wanted + 2 && cursor <= this.T + 25) {
      attempts++;
      const renewing: ApprovalState | null =
        previous !== null && this.allEnded(previous) && rng.chance(PROFILE.renewal) ? previous : null;
      const renew = renewing !== null;
      const result: Attempt = renewing
        ? this.renewal(person, renewing, cursor)
        : this.initial(
            person,
            cursor,
            failure === 'prescriptions' ? 'prescriptions' : failure === 'refused' ? 'refused' : 'normal',
          );
      if (!hired) break;
      if (result.kind === 'approval') {
        made++;
        previous = result.approval;
        const ended = this.lastEnded(previous);
        if (ended === null) break; // still employed (or not hired yet): the parcours goes on
        cursor = renew || rng.chance(PROFILE.renewal) ? ended + rng.int(1, 90) : ended + rng.int(60, 400);
      } else if (result.kind === 'refused') {
        cursor += rng.int(30, 180);
      } else {
        break; // pending, in progress, or an appeal under way
      }
    }
  }

  private allEnded(a: ApprovalState): boolean {
    return a.contracts.length > 0 && a.contracts.every((c) => c.ended !== null);
  }

  private lastEnded(a: ApprovalState): Day | null {
    if (!this.allEnded(a)) return null;
    return Math.max(...a.contracts.map((c) => c.ended!));
  }

  /** Agrément initial: diagnosis, prescriptions (earlier ones refused or withdrawn), request, decision, parcours. */
  private initial(person: Person, received: Day, mode: 'normal' | 'prescriptions' | 'refused'): Attempt {
    const rng = this.rng;
    const accepted = received - rng.int(0, 7);
    const seen = rng.chance(0.55) ? accepted - rng.int(0, 4) : null;
    const sent = (seen ?? accepted) - rng.int(1, 12);
    const diagnosed = sent - rng.int(0, 20);
    if (diagnosed > this.T) return { kind: 'stop' };
    // Only a prescripteur de droit, or one habilité for the whole time, prescribes (annexe 4 §2.1).
    const p = person.prescriber;
    if (p.kind === 'HABILITE' && (diagnosed < p.habilitationStart! || Math.min(received, this.T) > p.habilitationEnd!))
      return { kind: 'stop' };
    const diagnosisId = this.diagnosis(person, diagnosed);
    const avoid = new Set(person.liveSiae);
    const siae = this.pickSiae(person.dept, avoid);
    avoid.add(siae.id);
    let earlier: number = rng.weighted(PROFILE.earlierPrescriptions);
    if (mode === 'prescriptions') earlier = Math.max(1, earlier);
    for (let i = 0; i < earlier; i++) {
      const other = this.pickSiae(person.dept, avoid);
      avoid.add(other.id);
      const s = diagnosed + rng.int(0, 15);
      if (s > this.T) continue;
      const seenOn = rng.chance(0.6) ? s + rng.int(0, 5) : null;
      const answer = (seenOn ?? s) + rng.int(1, 20);
      this.prescription(person, diagnosisId, other, {
        sent: s,
        seen: seenOn,
        accepted: null,
        final: rng.chance(0.75)
          ? this.siaeRefusal(answer)
          : { status: 'WITHDRAWN', day: answer, reason: null, comment: null },
      });
    }
    if (mode === 'prescriptions') {
      const answer = (seen ?? sent) + rng.int(1, 20);
      this.prescription(person, diagnosisId, siae, {
        sent,
        seen,
        accepted: null,
        final: rng.chance(0.7)
          ? this.siaeRefusal(answer)
          : { status: 'WITHDRAWN', day: answer, reason: null, comment: null },
      });
      return { kind: 'stop' };
    }
    if (received > this.T) {
      this.prescription(person, diagnosisId, siae, { sent, seen, accepted, final: null });
      return { kind: 'stop' };
    }
    const deadline = this.deadline(received, siae);
    const decision = this.decide(received, deadline, 'INITIAL', mode === 'refused' ? 'REFUSED' : undefined);
    const start = received + rng.int(1, 21);
    const firstEnd = this.firstContractEnd(person, siae, start);
    const approvalId = decision.grantDay !== null ? this.ids('approval', this.n.approval++) : null;
    const prescriptionId = this.ids('prescription', this.n.prescription); // the main prescription, written below
    this.request({
      kind: 'INITIAL',
      person,
      siae,
      prescriberId: person.prescriber.id,
      prescriptionId,
      approvalId: null,
      details: { contractStartOn: iso(start), contractEndOn: this.isoOrNull(firstEnd) },
      received,
      deadline,
      decision,
      resultingApprovalId: approvalId,
    });
    let approval: ApprovalState | null = null;
    if (approvalId !== null) {
      approval = this.approval(
        approvalId,
        person,
        siae,
        start,
        firstEnd,
        decision.grantDay!,
        person.prescriber.id,
        prescriptionId,
        null,
      );
    }
    // The prescription: hired at the first contract, refused by the SIAE once the agrément is refused for good.
    let final: PrescriptionSteps['final'] = null;
    if (approval && approval.contracts.length > 0)
      final = { status: 'HIRED', day: approval.start, reason: null, comment: null };
    const refusedForGood =
      decision.status === 'REFUSED' && (decision.appeal === null || decision.appeal.status === 'DISMISSED');
    if (refusedForGood) {
      const after = (decision.appeal?.decidedOn ?? decision.decidedOn!) + rng.int(0, 10);
      final = {
        status: 'REFUSED',
        day: after,
        reason: 'OTHER',
        comment: 'Agrément refusé par Pôle emploi : embauche impossible.',
      };
    }
    const written = this.prescription(person, diagnosisId, siae, { sent, seen, accepted, final });
    if (written !== prescriptionId) throw new Error('prescription ids out of step');
    if (approval) return { kind: 'approval', approval };
    return refusedForGood ? { kind: 'refused' } : { kind: 'stop' };
  }

  /** Renouvellement (annexe 4 §2.2.7): a new agrément once every contract of the previous one has ended. */
  private renewal(person: Person, previous: ApprovalState, cursor: Day): Attempt {
    const rng = this.rng;
    const received = Math.max(cursor, this.lastEnded(previous)! + 1);
    if (received > this.T) return { kind: 'stop' };
    const siae = previous.siae;
    const deadline = this.deadline(received, siae);
    const history = this.history(previous);
    // Filed only if valid on the day of receipt (the product refuses the filing otherwise).
    if (!validateRenewal(history, { requestedOn: iso(received), jointAssessmentDone: true }).ok)
      return { kind: 'stop' };
    const decision = this.decide(received, deadline, 'RENEWAL');
    const start = received + rng.int(1, 21);
    const firstEnd = this.firstContractEnd(person, siae, start);
    const approvalId = decision.grantDay !== null ? this.ids('approval', this.n.approval++) : null;
    this.request({
      kind: 'RENEWAL',
      person,
      siae,
      prescriberId: null,
      prescriptionId: null,
      approvalId: previous.id,
      details: { jointAssessmentDone: true, contractStartOn: iso(start), contractEndOn: this.isoOrNull(firstEnd) },
      received,
      deadline,
      decision,
      resultingApprovalId: approvalId,
    });
    if (approvalId === null) {
      return decision.status === 'REFUSED' && decision.appeal?.status !== 'PENDING'
        ? { kind: 'refused' }
        : { kind: 'stop' };
    }
    const approval = this.approval(
      approvalId,
      person,
      siae,
      start,
      firstEnd,
      decision.grantDay!,
      null,
      null,
      previous.id,
    );
    return { kind: 'approval', approval };
  }

  /** Planned end of the first contract (null: CDI inclusion), as written in the request. */
  private firstContractEnd(person: Person, siae: Siae, start: Day): Day | null {
    const rng = this.rng;
    const limit = this.baseEnd(start);
    switch (siae.kind) {
      case 'ETTI':
        return start + rng.int(30, 180);
      case 'AI':
        return start + rng.int(14, 90);
      default: {
        const ageAtStart = (start - person.birthDay) / 365.25;
        if (siae.kind !== 'EITI' && ageAtStart >= 57 && rng.chance(0.15)) return null;
        return Math.min(
          limit,
          start +
            months(
              rng.weighted([
                [4, 0.2],
                [6, 0.3],
                [12, 0.3],
                [24, 0.2],
              ] as const),
            ) -
            1,
        );
      }
    }
  }

  private contract(
    a: ApprovalState,
    siae: Siae,
    start: Day,
    end: Day | null,
    ended: Day | null,
    forceKind?: ContractKind,
  ): ContractState | null {
    if (start > this.T) return null;
    const rng = this.rng;
    const kind = forceKind ?? CONTRACT_KIND[siae.kind];
    const marchand = kind === 'MISE_A_DISPOSITION_AI' ? rng.chance(0.65) : false;
    const c: ContractState = {
      id: this.ids('contract', this.n.contract++),
      siae,
      kind,
      start,
      end,
      ended: ended !== null && ended <= this.T ? ended : null,
      aiSector: kind === 'MISE_A_DISPOSITION_AI' ? (marchand ? 'MARCHAND' : 'NON_MARCHAND') : null,
      aiHours: kind === 'MISE_A_DISPOSITION_AI' ? (marchand ? rng.int(16, 120) : rng.int(20, 300)) : null,
    };
    a.contracts.push(c);
    return c;
  }

  /** Contracts with the agrément's SIAE from its start (annexe 4 §2.1: the 24 months run from the first hiring). */
  private employment(a: ApprovalState, firstEnd: Day | null): void {
    const rng = this.rng;
    const limit = this.baseEnd(a.start);
    if (firstEnd === null) {
      // CDI inclusion: no planned end; some leave.
      this.contract(a, a.siae, a.start, null, rng.chance(0.25) ? a.start + rng.int(90, 1200) : null, 'CDI_INCLUSION');
      return;
    }
    let start = a.start;
    let end = firstEnd;
    for (let i = 0; i < 12; i++) {
      const leaves = rng.chance(a.siae.kind === 'AI' || a.siae.kind === 'ETTI' ? 0.1 : 0.3);
      const ended = leaves ? start + rng.int(Math.min(20, end - start), end - start) : end;
      if (!this.contract(a, a.siae, start, end, ended)) return;
      if (leaves || end >= limit) return;
      const goOn = a.siae.kind === 'AI' ? 0.75 : a.siae.kind === 'ETTI' ? 0.7 : 0.55;
      if (!rng.chance(goOn)) return;
      const gap = a.siae.kind === 'AI' ? rng.int(0, 45) : a.siae.kind === 'ETTI' ? rng.int(0, 30) : 0;
      start = end + 1 + gap;
      if (start > limit) return;
      const length =
        a.siae.kind === 'AI'
          ? rng.int(14, 90)
          : a.siae.kind === 'ETTI'
            ? rng.int(30, 180)
            : months(rng.pick([4, 6, 12])) - 1;
      end = Math.min(limit, start + length);
    }
  }

  private approval(
    id: string,
    person: Person,
    siae: Siae,
    start: Day,
    firstEnd: Day | null,
    grantDay: Day,
    prescriberId: string | null,
    prescriptionId: string | null,
    renewsId: string | null,
  ): ApprovalState {
    const rng = this.rng;
    const a: ApprovalState = { id, person, siae, start, suspensions: [], prolongations: [], contracts: [] };
    if (start <= this.T) {
      this.employment(a, firstEnd);
      if (rng.chance(PROFILE.suspension)) this.suspension(a);
      if (rng.chance(PROFILE.extension)) this.extension(a);
      this.prolongations(a);
    }
    const end = this.currentEnd(a);
    const number = `NV${iso(grantDay).slice(2, 4)}${String(++this.highlights.approvalNumbers).padStart(8, '0')}`;
    this.sink.add('approvals', [
      id,
      number,
      person.id,
      siae.id,
      siae.agencyId,
      siae.kind,
      siae.departement,
      prescriberId,
      prescriptionId,
      renewsId,
      iso(start),
      iso(end),
      timestamp(grantDay, this.minutes(480, 600)),
    ]);
    for (const c of a.contracts) {
      this.sink.add('contracts', [
        c.id,
        a.id,
        person.id,
        c.siae.id,
        c.siae.agencyId,
        c.siae.kind,
        c.siae.departement,
        c.kind,
        iso(c.start),
        this.isoOrNull(c.end),
        this.isoOrNull(c.ended),
        c.aiSector,
        c.aiHours,
        timestamp(c.start, this.minutes(480, 600)),
      ]);
    }
    if (end >= this.T)
      this.highlights.currentBySiae.set(siae.id, (this.highlights.currentBySiae.get(siae.id) ?? 0) + 1);
    this.endOfParcours(a, end);
    if (this.extensions.length > 0) {
      let employed: [Day, Day] | null = null;
      for (const c of a.contracts) {
        const last = c.ended ?? c.end ?? this.T;
        employed = employed ? [Math.min(employed[0], c.start), Math.max(employed[1], last)] : [c.start, last];
      }
      const view = { id, personId: person.id, prescriberOrganisationId: prescriberId, siae, start, end, employed };
      for (const { extension, rng } of this.extensions)
        extension.onApproval(view, this.sink, rng, this.extensionContext);
    }
    return a;
  }

  private event(
    a: ApprovalState,
    kind: 'SUSPENSION' | 'PROLONGATION' | 'EXTENSION',
    siae: Siae,
    start: Day,
    end: Day | null,
    reason: string | null,
    requestId: string,
    on: Day,
  ): void {
    this.sink.add('approvalEvents', [
      this.ids('approvalEvent', this.n.approvalEvent++),
      a.id,
      kind,
      iso(start),
      this.isoOrNull(end),
      reason,
      siae.id,
      siae.agencyId,
      siae.kind,
      siae.departement,
      requestId,
      timestamp(on, this.minutes(480, 600)),
    ]);
  }

  /** Suspension (annexe 4 §2.2.4): only on an agrément in progress; pushes its end by its length. */
  private suspension(a: ApprovalState): void {
    const rng = this.rng;
    const end = this.currentEnd(a);
    const latest = Math.min(this.T, end - 30);
    if (latest - a.start < 30) return;
    const received = a.start + rng.int(20, latest - a.start);
    const first = received + rng.int(0, 10);
    const s: Suspension = { startOn: iso(first), endOn: iso(first + rng.int(14, 150)) };
    // Checked when filed; the history does not change before the decision here, so the grant passes too.
    if (!validateSuspension(this.history(a), s).ok) return;
    const deadline = this.deadline(received, a.siae);
    const decision = this.decide(received, deadline, 'SUSPENSION');
    const requestId = this.request({
      kind: 'SUSPENSION',
      person: a.person,
      siae: a.siae,
      prescriberId: null,
      prescriptionId: null,
      approvalId: a.id,
      details: { suspensionStartOn: s.startOn, suspensionEndOn: s.endOn },
      received,
      deadline,
      decision,
      resultingApprovalId: decision.grantDay !== null ? a.id : null,
    });
    if (decision.grantDay !== null) {
      a.suspensions.push(s);
      this.event(a, 'SUSPENSION', a.siae, dayOf(s.startOn), dayOf(s.endOn), null, requestId, decision.grantDay);
    }
  }

  /** Extension (annexe 4 §2.2.5): a contract with another SIAE under the same agrément, after the first one ended. */
  private extension(a: ApprovalState): void {
    const rng = this.rng;
    const left = this.lastEnded(a);
    const end = this.currentEnd(a);
    if (left === null || left >= Math.min(this.T, end) - 10) return;
    const contractStart = left + rng.int(5, Math.min(60, Math.min(this.T, end) - left));
    const received = Math.max(a.start, contractStart - rng.int(0, 7));
    const other = this.pickSiae(a.person.dept, new Set([...a.contracts.map((c) => c.siae.id), ...a.person.liveSiae]));
    const contractEnd = contractStart + (other.kind === 'AI' ? rng.int(14, 90) : rng.int(60, 365));
    const contract = { siaeId: other.id, startOn: iso(contractStart), endOn: iso(contractEnd) };
    // Checked when filed; the history does not change before the decision here, so the grant passes too.
    if (!validateExtension(this.history(a), { contract, requestedOn: iso(received) }).ok) return;
    const deadline = this.deadline(received, other);
    const decision = this.decide(received, deadline, 'EXTENSION');
    const requestId = this.request({
      kind: 'EXTENSION',
      person: a.person,
      siae: other,
      prescriberId: null,
      prescriptionId: null,
      approvalId: a.id,
      details: { contractStartOn: contract.startOn, contractEndOn: contract.endOn },
      received,
      deadline,
      decision,
      resultingApprovalId: decision.grantDay !== null ? a.id : null,
    });
    if (decision.grantDay !== null) {
      this.event(a, 'EXTENSION', other, contractStart, contractEnd, null, requestId, decision.grantDay);
      const leaves = rng.chance(0.25);
      this.contract(
        a,
        other,
        contractStart,
        contractEnd,
        leaves ? contractStart + rng.int(0, contractEnd - contractStart) : contractEnd,
      );
    }
  }

  /** Prolongations (annexe 4 §2.2.6): 50+ or RQTH (successive decisions of a year at most), or to finish a training. */
  private prolongations(a: ApprovalState): void {
    const rng = this.rng;
    for (let round = 0; round < 4; round++) {
      const end = this.currentEnd(a);
      if (end - 60 > this.T) return;
      const last = a.contracts.reduce<ContractState | null>(
        (best, c) =>
          best === null || (c.ended ?? c.end ?? Infinity) > (best.ended ?? best.end ?? Infinity) ? c : best,
        null,
      );
      if (!last) return;
      const lastDay = last.ended ?? last.end ?? Infinity;
      if (lastDay < end - 60 || (last.ended !== null && lastDay < end)) return; // no longer employed near the end
      const ageAtEnd = (end - a.person.birthDay) / 365.25;
      const aged = ageAtEnd >= 50 || a.person.rqth;
      let reason: ProlongationReason;
      if (aged && rng.chance(round === 0 ? PROFILE.prolongationAged : PROFILE.prolongationAgain))
        reason = 'AGE_50_OR_RQTH';
      else if (round === 0 && last.end !== null && rng.chance(PROFILE.prolongationTraining)) reason = 'TRAINING';
      else return;
      const received = Math.max(a.start, end - rng.int(5, 60));
      if (received > this.T) return;
      let training: { startOn: string; endOn: string } | null = null;
      let newEnd: Day;
      if (reason === 'TRAINING') {
        const contractEnd = Math.max(...a.contracts.map((c) => c.ended ?? c.end ?? 0));
        const trainingEnd = Math.max(contractEnd, end) + rng.int(30, 240);
        training = { startOn: iso(contractEnd - rng.int(20, 250)), endOn: iso(trainingEnd) };
        newEnd = trainingEnd;
      } else {
        newEnd = end + rng.int(120, 365);
      }
      const request = { reason, endOn: iso(newEnd), requestedOn: iso(received), training };
      if (!validateProlongation(this.history(a), { ...request, decidedOn: iso(received) }).ok) return;
      const deadline = this.deadline(received, a.siae);
      let decision = this.decide(received, deadline, 'PROLONGATION');
      let startOn: string | null = null;
      if (decision.grantDay !== null) {
        const check = validateProlongation(this.history(a), { ...request, decidedOn: iso(decision.grantDay) });
        if (check.ok) startOn = check.value.prolongation.startOn;
        else decision = this.cannotGrant(decision, received, deadline, check.message);
      }
      const details: Record<string, string | null> = { prolongationReason: reason, prolongationEndOn: iso(newEnd) };
      if (training) Object.assign(details, { trainingStartOn: training.startOn, trainingEndOn: training.endOn });
      const requestId = this.request({
        kind: 'PROLONGATION',
        person: a.person,
        siae: a.siae,
        prescriberId: null,
        prescriptionId: null,
        approvalId: a.id,
        details,
        received,
        deadline,
        decision,
        resultingApprovalId: decision.grantDay !== null ? a.id : null,
      });
      if (decision.grantDay === null || startOn === null) return;
      a.prolongations.push({ startOn, endOn: iso(newEnd), reason, decidedOn: iso(decision.grantDay) });
      this.event(a, 'PROLONGATION', a.siae, dayOf(startOn), newEnd, reason, requestId, decision.grantDay);
      if (reason === 'TRAINING') return;
      // 50+ / RQTH: the person keeps working for the prolongation (a running CDI inclusion simply goes on).
      if (last.end === null) continue;
      const from = dayOf(startOn);
      const leaves = rng.chance(0.15);
      this.contract(a, last.siae, from, newEnd, leaves ? from + rng.int(0, newEnd - from) : newEnd);
    }
  }

  /** Tripartite interview 2 to 3 months before the end (fiche 7) and the exit with its skills document. */
  private endOfParcours(a: ApprovalState, end: Day): void {
    const rng = this.rng;
    let window = this.exitWindows.get(end);
    if (!window) {
      // fiche 7: 2 to 3 months before the end (domain exitInterviewWindow).
      const w = exitInterviewWindow(iso(end));
      this.exitWindows.set(end, (window = [dayOf(w.from), dayOf(w.to)]));
    }
    const [from, to] = window;
    const working = a.contracts.find((c) => c.start <= from && (c.ended ?? c.end ?? Infinity) >= from);
    if (working && from <= this.T && rng.chance(PROFILE.exitInterview)) {
      const held = from + rng.int(0, Math.min(to, this.T) - from);
      const toReferent = held + rng.int(0, 10);
      const toPrescriber = held + rng.int(0, 15);
      this.sink.add('exitInterviews', [
        this.ids('exitInterview', this.n.exitInterview++),
        a.id,
        working.siae.id,
        working.siae.agencyId,
        working.siae.kind,
        working.siae.departement,
        iso(held),
        'Bilan partagé : compétences acquises, suite de parcours envisagée, démarches engagées.',
        toReferent <= this.T && rng.chance(0.85) ? iso(toReferent) : null,
        toPrescriber <= this.T && rng.chance(0.6) ? iso(toPrescriber) : null,
        timestamp(held, this.minutes(480, 600)),
      ]);
    }
    const left = this.lastEnded(a);
    if (left === null || !rng.chance(PROFILE.exit)) return;
    const lastContract = a.contracts.reduce((best, c) => (c.ended! > best.ended! ? c : best));
    const skills = new Set<string>();
    for (let i = rng.int(1, 4); i > 0; i--) skills.add(rng.pick(SKILLS));
    this.sink.add('exits', [
      this.ids('exit', this.n.exit++),
      a.id,
      a.person.id,
      lastContract.siae.id,
      lastContract.siae.agencyId,
      lastContract.siae.kind,
      lastContract.siae.departement,
      iso(left),
      rng.weighted([
        ['DURABLE_JOB', 0.25],
        ['TRANSITION_JOB', 0.2],
        ['TRAINING', 0.15],
        ['OTHER', 0.4],
      ] as const),
      [...skills],
      rng.chance(0.3) ? 'Document de compétences remis en main propre.' : null,
      timestamp(left, this.minutes(480, 600)),
    ]);
  }
}

/** A set of string keys kept as 53-bit hashes (cyrb53): a million people in a few megabytes; a false hit only moves a date. */
class KeySet {
  private readonly seen = new Set<number>();
  /** True the first time `key` is seen. */
  claim(key: string): boolean {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
    if (this.seen.has(hash)) return false;
    this.seen.add(hash);
    return true;
  }
}
