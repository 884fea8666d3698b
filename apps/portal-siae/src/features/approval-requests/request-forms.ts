// The demande d'agrément forms of the SIAE (initial, suspension, prolongation): what is obviously missing or
// inconsistent, and the API input. The rules of the accord (deadline, 60-month cap, suspension only on an active
// agrément…) are the API's: its French refusal is shown next to the form.
import { validateSuspensionReason } from '@navette/domain';
import { copy } from '../../copy.ts';
import type { FieldErrors } from '../../forms/field-errors.ts';
import type { ApprovalRequestInput, ProlongationReason } from '../../generated/graphql.ts';
import { isIsoDate } from '@navette/ui';

/** A required date: missing, malformed, or fine (undefined). */
function dateError(value: string, missing: string, invalid: string): string | undefined {
  if (!value) return missing;
  if (!isIsoDate(value)) return invalid;
  return undefined;
}

function put<K extends string>(errors: FieldErrors<K>, key: K, message: string | undefined) {
  if (message) errors[key] = message;
}

// Initial request ------------------------------------------------------------------------------------------------

export interface InitialRequestValues {
  contractStartOn: string;
  contractEndOn: string;
}

export type InitialRequestField = keyof InitialRequestValues;

export function validateInitialRequest(values: InitialRequestValues): FieldErrors<InitialRequestField> {
  const e = copy.approvalRequest.errors;
  const errors: FieldErrors<InitialRequestField> = {};
  put(errors, 'contractStartOn', dateError(values.contractStartOn, e.contractStartOn, e.invalidDate));
  put(errors, 'contractEndOn', dateError(values.contractEndOn, e.contractEndOn, e.invalidDate));
  if (!errors.contractStartOn && !errors.contractEndOn && values.contractEndOn <= values.contractStartOn) {
    errors.contractEndOn = e.endBeforeStart;
  }
  return errors;
}

export function toInitialRequestInput(prescriptionId: string, values: InitialRequestValues): ApprovalRequestInput {
  return {
    kind: 'INITIAL',
    prescriptionId,
    contractStartOn: values.contractStartOn,
    contractEndOn: values.contractEndOn,
  };
}

// Suspension ----------------------------------------------------------------------------------------------------

export interface SuspensionValues {
  startOn: string;
  endOn: string;
  /** A code of @navette/domain SUSPENSION_REASONS (annexe 4 §2.2.4). */
  reason?: string;
}

export type SuspensionField = keyof SuspensionValues;

export function validateSuspension(values: SuspensionValues): FieldErrors<SuspensionField> {
  const e = copy.suspensionForm.errors;
  const errors: FieldErrors<SuspensionField> = {};
  put(errors, 'startOn', dateError(values.startOn, e.startOn, e.invalidDate));
  put(errors, 'endOn', dateError(values.endOn, e.endOn, e.invalidDate));
  if (!errors.startOn && !errors.endOn && values.endOn < values.startOn) errors.endOn = e.endBeforeStart;
  if (values.reason !== undefined) {
    const reason = validateSuspensionReason(values.reason);
    if (!reason.ok) errors.reason = reason.message;
  }
  return errors;
}

export function toSuspensionInput(approvalId: string, values: SuspensionValues): ApprovalRequestInput {
  return {
    kind: 'SUSPENSION',
    approvalId,
    suspensionStartOn: values.startOn,
    suspensionEndOn: values.endOn,
    ...(values.reason ? { suspensionReason: values.reason } : {}),
  };
}

// Prolongation --------------------------------------------------------------------------------------------------

export interface ProlongationValues {
  reason: ProlongationReason | '';
  endOn: string;
  trainingStartOn: string;
  trainingEndOn: string;
}

export type ProlongationField = keyof ProlongationValues;

export function validateProlongation(values: ProlongationValues): FieldErrors<ProlongationField> {
  const e = copy.prolongationForm.errors;
  const errors: FieldErrors<ProlongationField> = {};
  if (!values.reason) errors.reason = e.reason;
  put(errors, 'endOn', dateError(values.endOn, e.endOn, e.invalidDate));
  if (values.reason === 'TRAINING') {
    put(errors, 'trainingStartOn', dateError(values.trainingStartOn, e.trainingStartOn, e.invalidDate));
    put(errors, 'trainingEndOn', dateError(values.trainingEndOn, e.trainingEndOn, e.invalidDate));
    if (!errors.trainingStartOn && !errors.trainingEndOn && values.trainingEndOn <= values.trainingStartOn) {
      errors.trainingEndOn = e.trainingEndBeforeStart;
    }
  }
  return errors;
}

export function toProlongationInput(approvalId: string, values: ProlongationValues): ApprovalRequestInput {
  if (!values.reason) throw new Error('toProlongationInput needs a reason');
  const training = values.reason === 'TRAINING';
  return {
    kind: 'PROLONGATION',
    approvalId,
    prolongationReason: values.reason,
    prolongationEndOn: values.endOn,
    trainingStartOn: training ? values.trainingStartOn : null,
    trainingEndOn: training ? values.trainingEndOn : null,
  };
}

// Renewal ---------------------------------------------------------------------------------------------------------

export interface RenewalValues {
  contractStartOn: string;
  contractEndOn: string;
  jointAssessmentDone: boolean;
}

export type RenewalField = 'contractStartOn' | 'contractEndOn' | 'jointAssessmentDone';

/** annexe 4 §2.2.7: a new contract, and the joint bilan done (the API refuses a renewal without it, in French). */
export function validateRenewal(values: RenewalValues): FieldErrors<RenewalField> {
  const e = copy.renewalForm.errors;
  const errors: FieldErrors<RenewalField> = {};
  put(errors, 'contractStartOn', dateError(values.contractStartOn, e.contractStartOn, e.invalidDate));
  if (values.contractEndOn) {
    if (!isIsoDate(values.contractEndOn)) errors.contractEndOn = e.invalidDate;
    else if (!errors.contractStartOn && values.contractEndOn <= values.contractStartOn)
      errors.contractEndOn = e.endBeforeStart;
  }
  if (!values.jointAssessmentDone) errors.jointAssessmentDone = e.jointAssessmentDone;
  return errors;
}

export function toRenewalInput(approvalId: string, values: RenewalValues): ApprovalRequestInput {
  return {
    kind: 'RENEWAL',
    approvalId,
    contractStartOn: values.contractStartOn,
    contractEndOn: values.contractEndOn || null,
    jointAssessmentDone: values.jointAssessmentDone,
  };
}

// Extension -------------------------------------------------------------------------------------------------------

export interface ExtensionValues {
  approvalNumber: string;
  birthDate: string;
  surname: string;
  contractStartOn: string;
  contractEndOn: string;
}

export type ExtensionField = keyof ExtensionValues;

/**
 * annexe 4 §2.2.5: the agrément of a person hired by another SIAE, named by its number, the person's birth date and
 * the first 3 letters of the surname (the SIAE does not see the agrément before); the new contract.
 */
export function validateExtension(values: ExtensionValues): FieldErrors<ExtensionField> {
  const e = copy.extensionForm.errors;
  const errors: FieldErrors<ExtensionField> = {};
  if (!values.approvalNumber.trim()) errors.approvalNumber = e.approvalNumber;
  put(errors, 'birthDate', dateError(values.birthDate, e.birthDate, e.invalidDate));
  if (values.surname.trim().length < 3) errors.surname = e.surname;
  put(errors, 'contractStartOn', dateError(values.contractStartOn, e.contractStartOn, e.invalidDate));
  if (values.contractEndOn) {
    if (!isIsoDate(values.contractEndOn)) errors.contractEndOn = e.invalidDate;
    else if (!errors.contractStartOn && values.contractEndOn <= values.contractStartOn)
      errors.contractEndOn = e.endBeforeStart;
  }
  return errors;
}

export function toExtensionInput(values: ExtensionValues): ApprovalRequestInput {
  return {
    kind: 'EXTENSION',
    approvalNumber: values.approvalNumber.replace(/\s+/g, ''),
    birthDate: values.birthDate,
    surname: values.surname.trim(),
    contractStartOn: values.contractStartOn,
    contractEndOn: values.contractEndOn || null,
  };
}
