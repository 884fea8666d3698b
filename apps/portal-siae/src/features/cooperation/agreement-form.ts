// The convention form (a draft and its changes): what is obviously missing or inconsistent, and the API input. The
// rules of the accord (one convention in force at a time, who signs) are the API's: its French refusal is shown.
import { copy } from '../../copy.ts';
import type { FieldErrors } from '../../forms/field-errors.ts';
import type { CooperationAgreementInput } from '../../generated/graphql.ts';
import { isIsoDate } from '@navette/ui';

export const AGREEMENT_HEADINGS = [
  'prescriptionHeading',
  'referentsHeading',
  'offersHeading',
  'exitsHeading',
] as const satisfies readonly (keyof CooperationAgreementInput)[];
export type AgreementHeading = (typeof AGREEMENT_HEADINGS)[number];

export interface AgreementValues extends Record<AgreementHeading, string> {
  startOn: string;
  endOn: string;
}

export type AgreementField = 'startOn' | 'endOn';

export const emptyAgreement: AgreementValues = {
  startOn: '',
  endOn: '',
  prescriptionHeading: '',
  referentsHeading: '',
  offersHeading: '',
  exitsHeading: '',
};

/** The form filled with a convention being changed. */
export function agreementValuesOf(
  agreement: Partial<Record<AgreementHeading, string>> & {
    startOn: string;
    endOn?: string | null;
  },
): AgreementValues {
  const values: AgreementValues = { ...emptyAgreement, startOn: agreement.startOn, endOn: agreement.endOn ?? '' };
  for (const heading of AGREEMENT_HEADINGS) values[heading] = agreement[heading] ?? '';
  return values;
}

export function validateAgreement(values: AgreementValues): FieldErrors<AgreementField> {
  const e = copy.agreementForm.errors;
  const errors: FieldErrors<AgreementField> = {};
  if (!values.startOn) errors.startOn = e.startOn;
  else if (!isIsoDate(values.startOn)) errors.startOn = e.invalidDate;
  if (values.endOn) {
    if (!isIsoDate(values.endOn)) errors.endOn = e.invalidDate;
    else if (!errors.startOn && values.endOn < values.startOn) errors.endOn = e.endBeforeStart;
  }
  return errors;
}

export function toAgreementInput(siaeId: string, values: AgreementValues): CooperationAgreementInput {
  const input: CooperationAgreementInput = { siaeId, startOn: values.startOn, endOn: values.endOn || null };
  for (const heading of AGREEMENT_HEADINGS) input[heading] = values[heading].trim();
  return input;
}
