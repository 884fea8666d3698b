// The parcours forms of an agrément (contract, tripartite interview, exit): what is obviously missing or
// inconsistent, and the API input. The reality checks are @navette/domain's, the same the API runs (issue 13).
import {
  validateContract as domainContract,
  validateContractPeriod,
  validateExitDate,
  validateExitInterview,
  validateExitInterviewPlan,
  type ContractPeriod,
  type SiaeKind,
} from '@navette/domain';
import { copy } from '../../copy.ts';
import type { FieldErrors } from '../../forms/field-errors.ts';
import type {
  AiSector,
  ContractInput,
  ContractKind,
  ExitInput,
  ExitInterviewInput,
  ExitInterviewPlanInput,
  ExitOutcome,
} from '../../generated/graphql.ts';
import { isIsoDate } from '@navette/ui';

// Contract ------------------------------------------------------------------------------------------------------

export interface ContractValues {
  kind: ContractKind | '';
  startOn: string;
  endOn: string;
  aiSector: AiSector | '';
  aiHours: string;
}

export type ContractField = keyof ContractValues;

export const isMiseADisposition = (kind: ContractKind | '') => kind === 'MISE_A_DISPOSITION_AI';

/** `siaeKind`: the kind of the SIAE recording the contract, when known (contract kinds per SIAE kind, domain). */
export function validateContract(values: ContractValues, siaeKind?: SiaeKind): FieldErrors<ContractField> {
  const e = copy.contractForm.errors;
  const errors: FieldErrors<ContractField> = {};
  if (!values.kind) errors.kind = e.kind;
  if (!values.startOn) errors.startOn = e.startOn;
  else if (!isIsoDate(values.startOn)) errors.startOn = e.invalidDate;
  if (values.endOn) {
    if (!isIsoDate(values.endOn)) errors.endOn = e.invalidDate;
    else if (!errors.startOn && values.endOn <= values.startOn) errors.endOn = e.endBeforeStart;
  }
  if (isMiseADisposition(values.kind)) {
    if (!values.aiSector) errors.aiSector = e.aiSector;
    if (!/^\d+$/.test(values.aiHours.trim()) || Number(values.aiHours) <= 0) errors.aiHours = e.aiHours;
  }
  if (!errors.kind && !errors.startOn && !errors.endOn && values.kind) {
    const endOn = values.endOn || null;
    const check = siaeKind
      ? domainContract(siaeKind, { kind: values.kind, startOn: values.startOn, endOn })
      : validateContractPeriod(values.startOn, endOn);
    if (!check.ok) {
      if (check.code === 'CONTRACT_KIND_NOT_FOR_SIAE' || check.code === 'AI_PLACEMENT_NOT_AI')
        errors.kind = check.message;
      else errors.endOn = check.message;
    }
  }
  return errors;
}

export function toContractInput(approvalId: string, values: ContractValues): ContractInput {
  if (!values.kind) throw new Error('toContractInput needs a contract kind');
  const ai = isMiseADisposition(values.kind);
  return {
    approvalId,
    kind: values.kind,
    startOn: values.startOn,
    endOn: values.endOn || null,
    aiSector: ai && values.aiSector ? values.aiSector : null,
    aiHours: ai ? Number(values.aiHours.trim()) : null,
  };
}

// Tripartite interview --------------------------------------------------------------------------------------------

export interface InterviewValues {
  heldOn: string;
  assessment: string;
  sendToReferent: boolean;
  sendToPrescriber: boolean;
}

export type InterviewField = 'heldOn' | 'assessment';

/** What the domain's interview check needs to know of the parcours (fiche 7). */
export interface InterviewParcours {
  contracts: readonly ContractPeriod[];
  approvalEndOn: string;
  interviewsHeldOn: readonly string[];
}

/**
 * A date the interview was held on (a future one is planned, not recorded), then, when the parcours is given, the
 * domain's reality check: during a contract, in the window 2 to 3 months before the end, once (fiche 7).
 */
export function validateInterview(
  values: InterviewValues,
  today: string,
  parcours?: InterviewParcours,
): FieldErrors<InterviewField> {
  const e = copy.interviewForm.errors;
  const errors: FieldErrors<InterviewField> = {};
  if (!values.heldOn) errors.heldOn = e.heldOn;
  else if (!isIsoDate(values.heldOn)) errors.heldOn = e.invalidDate;
  else {
    const check = validateExitInterview({
      heldOn: values.heldOn,
      today,
      contracts: parcours?.contracts ?? [{ startOn: values.heldOn, endOn: null }],
      approvalEndOn: parcours?.approvalEndOn ?? values.heldOn,
      interviewsHeldOn: parcours?.interviewsHeldOn ?? [],
    });
    // Without the parcours, only "not yet held" can be judged here; the API judges the rest.
    if (!check.ok && (parcours || check.code === 'INTERVIEW_IN_FUTURE')) errors.heldOn = check.message;
  }
  if (!values.assessment.trim()) errors.assessment = e.assessment;
  return errors;
}

export function toExitInterviewInput(approvalId: string, values: InterviewValues): ExitInterviewInput {
  return {
    approvalId,
    heldOn: values.heldOn,
    assessment: values.assessment.trim(),
    sendToReferent: values.sendToReferent,
    sendToPrescriber: values.sendToPrescriber,
  };
}

export interface InterviewPlanValues {
  plannedOn: string;
}

/**
 * A day to plan the interview for (fiche 7): today or later, then the domain's check with the parcours (during a
 * contract, in the window 2 to 3 months before the end it prepares) — validateExitInterviewPlan, the API's own.
 */
export function validateInterviewPlan(
  values: InterviewPlanValues,
  today: string,
  parcours: InterviewParcours,
): FieldErrors<'plannedOn'> {
  const e = copy.interviewForm.errors;
  if (!values.plannedOn) return { plannedOn: e.plannedOn };
  if (!isIsoDate(values.plannedOn)) return { plannedOn: e.invalidDate };
  const check = validateExitInterviewPlan({ plannedOn: values.plannedOn, today, ...parcours });
  return check.ok ? {} : { plannedOn: check.message };
}

export function toExitInterviewPlanInput(approvalId: string, values: InterviewPlanValues): ExitInterviewPlanInput {
  return { approvalId, plannedOn: values.plannedOn };
}

// Exit ------------------------------------------------------------------------------------------------------------

export interface ExitValues {
  exitOn: string;
  outcome: ExitOutcome | '';
  skills: string;
  comment: string;
}

export type ExitField = 'exitOn' | 'outcome' | 'skills';

/** One skill per line, bullets and blank lines dropped, each once. */
export function parseSkills(text: string): string[] {
  const skills = text
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/^\s*[-–•*]\s*/, '')
        .trim()
        .replace(/\s+/g, ' '),
    )
    .filter((line) => line.length > 0);
  return [...new Set(skills)];
}

/** `parcours`: today and the SIAE's contracts under the agrément, for the domain's check of the exit date (fiche 7). */
export function validateExit(
  values: ExitValues,
  parcours?: { today: string; contracts: readonly ContractPeriod[] },
): FieldErrors<ExitField> {
  const e = copy.exitForm.errors;
  const errors: FieldErrors<ExitField> = {};
  if (!values.exitOn) errors.exitOn = e.exitOn;
  else if (!isIsoDate(values.exitOn)) errors.exitOn = e.invalidDate;
  else if (parcours) {
    const check = validateExitDate(values.exitOn, parcours.today, parcours.contracts);
    if (!check.ok) errors.exitOn = check.message;
  }
  if (!values.outcome) errors.outcome = e.outcome;
  if (parseSkills(values.skills).length === 0) errors.skills = e.skills;
  return errors;
}

export function toExitInput(approvalId: string, values: ExitValues): ExitInput {
  if (!values.outcome) throw new Error('toExitInput needs an outcome');
  return {
    approvalId,
    exitOn: values.exitOn,
    outcome: values.outcome,
    skills: parseSkills(values.skills),
    comment: values.comment.trim() || null,
  };
}
