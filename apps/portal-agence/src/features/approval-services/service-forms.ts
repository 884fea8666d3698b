// The agence's forms of what Pôle emploi brings during the parcours (fiche 5: its services; fiche 7: the in-work
// follow-up and the POE): what is obviously missing or inconsistent, and the API input. That each one falls within the
// agrément, and the hours a POE may count, are the API's rules: its French refusal is shown next to the form.
import type { FieldErrors } from '@navette/ui';
import { copy } from '../../copy.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isIsoDate = (value: string) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

function dateError(value: string, missing: string, invalid: string): string | undefined {
  if (!value) return missing;
  if (!isIsoDate(value) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) return invalid;
  return undefined;
}

export interface ServiceUseValues {
  serviceId: string;
  usedOn: string;
  inWorkFollowUp: boolean;
}
export type ServiceUseField = 'serviceId' | 'usedOn';
export const emptyServiceUse: ServiceUseValues = { serviceId: '', usedOn: '', inWorkFollowUp: false };

export function validateServiceUse(values: ServiceUseValues): FieldErrors<ServiceUseField> {
  const e = copy.approvalServices.errors;
  const errors: FieldErrors<ServiceUseField> = {};
  if (!values.serviceId) errors.serviceId = e.service;
  const usedOn = dateError(values.usedOn, e.usedOn, e.invalidDate);
  if (usedOn) errors.usedOn = usedOn;
  return errors;
}

export const toServiceUseInput = (approvalId: string, values: ServiceUseValues) => ({
  approvalId,
  serviceId: values.serviceId,
  usedOn: values.usedOn,
  inWorkFollowUp: values.inWorkFollowUp,
});

export interface PoeValues {
  employer: string;
  hours: string;
  startOn: string;
  endOn: string;
}
export type PoeField = keyof PoeValues;
export const emptyPoe: PoeValues = { employer: '', hours: '', startOn: '', endOn: '' };

export function validatePoe(values: PoeValues): FieldErrors<PoeField> {
  const e = copy.approvalServices.errors;
  const errors: FieldErrors<PoeField> = {};
  if (!values.employer.trim()) errors.employer = e.employer;
  if (!/^\d+$/.test(values.hours.trim()) || Number(values.hours) < 1) errors.hours = e.hours;
  const startOn = dateError(values.startOn, e.startOn, e.invalidDate);
  if (startOn) errors.startOn = startOn;
  const endOn = dateError(values.endOn, e.endOn, e.invalidDate);
  if (endOn) errors.endOn = endOn;
  else if (!startOn && values.endOn < values.startOn) errors.endOn = e.endBeforeStart;
  return errors;
}

export const toPoeInput = (approvalId: string, values: PoeValues) => ({
  approvalId,
  employer: values.employer.trim().replace(/\s+/g, ' '),
  hours: Number(values.hours.trim()),
  startOn: values.startOn,
  endOn: values.endOn,
});
