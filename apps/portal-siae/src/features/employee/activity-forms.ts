// The forms of what happens during the parcours (training, fiche 6; PMSMP and Pôle emploi services, fiche 5; POE,
// fiche 7): what is obviously missing or inconsistent, and the API input. That each one falls within the agrément
// and the most hours a training may count are the API's rules: its French refusal is shown next to the form.
import { copy } from '../../copy.ts';
import type { FieldErrors } from '../../forms/field-errors.ts';
import type {
  ImmersionInput,
  PoeInput,
  ServiceUseInput,
  TrainingInput,
  TrainingKind,
} from '../../generated/graphql.ts';
import { isIsoDate } from '@navette/ui';

interface PeriodMessages {
  startOn: string;
  endOn: string;
  invalidDate: string;
  endBeforeStart: string;
}

/** A required period: both days given and valid, the end not before the start (a one-day activity is fine). */
function periodErrors(values: { startOn: string; endOn: string }, e: PeriodMessages): FieldErrors<'startOn' | 'endOn'> {
  const errors: FieldErrors<'startOn' | 'endOn'> = {};
  if (!values.startOn) errors.startOn = e.startOn;
  else if (!isIsoDate(values.startOn)) errors.startOn = e.invalidDate;
  if (!values.endOn) errors.endOn = e.endOn;
  else if (!isIsoDate(values.endOn)) errors.endOn = e.invalidDate;
  else if (!errors.startOn && values.endOn < values.startOn) errors.endOn = e.endBeforeStart;
  return errors;
}

const isWholeHours = (hours: string) => /^\d+$/.test(hours.trim()) && Number(hours) >= 1;
const tidy = (text: string) => text.trim().replace(/\s+/g, ' ');

// Training -----------------------------------------------------------------------------------------------------

export interface TrainingValues {
  kind: TrainingKind | '';
  title: string;
  organisation: string;
  hours: string;
  startOn: string;
  endOn: string;
}

export type TrainingField = keyof TrainingValues;

export const emptyTraining: TrainingValues = {
  kind: '',
  title: '',
  organisation: '',
  hours: '',
  startOn: '',
  endOn: '',
};

export function validateTraining(values: TrainingValues): FieldErrors<TrainingField> {
  const e = copy.trainingForm.errors;
  const errors: FieldErrors<TrainingField> = {};
  if (!values.kind) errors.kind = e.kind;
  if (!values.title.trim()) errors.title = e.trainingTitle;
  if (!values.organisation.trim()) errors.organisation = e.organisation;
  if (!isWholeHours(values.hours)) errors.hours = e.hours;
  return { ...errors, ...periodErrors(values, e) };
}

export function toTrainingInput(approvalId: string, values: TrainingValues): TrainingInput {
  if (!values.kind) throw new Error('toTrainingInput needs a training kind');
  return {
    approvalId,
    kind: values.kind,
    title: tidy(values.title),
    organisation: tidy(values.organisation),
    hours: Number(values.hours.trim()),
    startOn: values.startOn,
    endOn: values.endOn,
  };
}

// PMSMP --------------------------------------------------------------------------------------------------------

export interface ImmersionValues {
  hostCompany: string;
  objective: string;
  startOn: string;
  endOn: string;
}

export type ImmersionField = keyof ImmersionValues;

export const emptyImmersion: ImmersionValues = { hostCompany: '', objective: '', startOn: '', endOn: '' };

export function validateImmersion(values: ImmersionValues): FieldErrors<ImmersionField> {
  const e = copy.immersionForm.errors;
  const errors: FieldErrors<ImmersionField> = {};
  if (!values.hostCompany.trim()) errors.hostCompany = e.hostCompany;
  if (!values.objective.trim()) errors.objective = e.objective;
  return { ...errors, ...periodErrors(values, e) };
}

export function toImmersionInput(approvalId: string, values: ImmersionValues): ImmersionInput {
  return {
    approvalId,
    hostCompany: tidy(values.hostCompany),
    objective: values.objective.trim(),
    startOn: values.startOn,
    endOn: values.endOn,
  };
}

// Pôle emploi service --------------------------------------------------------------------------------------------

export interface ServiceUseValues {
  serviceId: string;
  usedOn: string;
  inWorkFollowUp: boolean;
}

export type ServiceUseField = 'serviceId' | 'usedOn';

export const emptyServiceUse: ServiceUseValues = { serviceId: '', usedOn: '', inWorkFollowUp: false };

export function validateServiceUse(values: ServiceUseValues): FieldErrors<ServiceUseField> {
  const e = copy.serviceUseForm.errors;
  const errors: FieldErrors<ServiceUseField> = {};
  if (!values.serviceId) errors.serviceId = e.service;
  if (!values.usedOn) errors.usedOn = e.usedOn;
  else if (!isIsoDate(values.usedOn)) errors.usedOn = e.invalidDate;
  return errors;
}

export function toServiceUseInput(approvalId: string, values: ServiceUseValues): ServiceUseInput {
  return { approvalId, serviceId: values.serviceId, usedOn: values.usedOn, inWorkFollowUp: values.inWorkFollowUp };
}

// POE ----------------------------------------------------------------------------------------------------------

export interface PoeValues {
  employer: string;
  hours: string;
  startOn: string;
  endOn: string;
}

export type PoeField = keyof PoeValues;

export const emptyPoe: PoeValues = { employer: '', hours: '', startOn: '', endOn: '' };

export function validatePoe(values: PoeValues): FieldErrors<PoeField> {
  const e = copy.poeForm.errors;
  const errors: FieldErrors<PoeField> = {};
  if (!values.employer.trim()) errors.employer = e.employer;
  if (!isWholeHours(values.hours)) errors.hours = e.hours;
  return { ...errors, ...periodErrors(values, e) };
}

export function toPoeInput(approvalId: string, values: PoeValues): PoeInput {
  return {
    approvalId,
    employer: tidy(values.employer),
    hours: Number(values.hours.trim()),
    startOn: values.startOn,
    endOn: values.endOn,
  };
}
