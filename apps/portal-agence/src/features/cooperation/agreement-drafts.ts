// What the agent typed in the convention and référent forms, checked before anything is sent. The API checks again
// and has the last word (one convention in force at a time, who names whom): its French message is shown as is.
import { copy } from '../../copy.ts';
import type { CooperationAgreementInput, SiaeReferentsInput } from '../../generated/graphql.ts';
import type { FieldErrors } from '../approvals/decision-drafts.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written `YYYY-MM-DD` (what a date input gives). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const AGREEMENT_HEADINGS = [
  'prescriptionHeading',
  'referentsHeading',
  'offersHeading',
  'exitsHeading',
] as const satisfies readonly (keyof CooperationAgreementInput)[];
export type AgreementHeading = (typeof AGREEMENT_HEADINGS)[number];

export interface AgreementDraft extends Record<AgreementHeading, string> {
  startOn: string;
  endOn: string;
}

export type AgreementField = 'startOn' | 'endOn';

export const emptyAgreementDraft: AgreementDraft = {
  startOn: '',
  endOn: '',
  prescriptionHeading: '',
  referentsHeading: '',
  offersHeading: '',
  exitsHeading: '',
};

/** The form filled with a draft being changed. */
export function agreementDraftOf(
  agreement: Partial<Record<AgreementHeading, string>> & { startOn: string; endOn?: string | null },
): AgreementDraft {
  const draft: AgreementDraft = { ...emptyAgreementDraft, startOn: agreement.startOn, endOn: agreement.endOn ?? '' };
  for (const heading of AGREEMENT_HEADINGS) draft[heading] = agreement[heading] ?? '';
  return draft;
}

/** A start is needed; the end is optional (a convention without end), never before the start. */
export function checkAgreement(
  siaeId: string,
  draft: AgreementDraft,
): { ok: true; input: CooperationAgreementInput } | { ok: false; errors: FieldErrors<AgreementField> } {
  const e = copy.agreementForm.errors;
  const errors: FieldErrors<AgreementField> = {};
  if (!draft.startOn) errors.startOn = e.startOn;
  else if (!isIsoDate(draft.startOn)) errors.startOn = e.invalidDate;
  if (draft.endOn) {
    if (!isIsoDate(draft.endOn)) errors.endOn = e.invalidDate;
    else if (!errors.startOn && draft.endOn < draft.startOn) errors.endOn = e.endBeforeStart;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const input: CooperationAgreementInput = { siaeId, startOn: draft.startOn, endOn: draft.endOn || null };
  for (const heading of AGREEMENT_HEADINGS) input[heading] = draft[heading].trim();
  return { ok: true, input };
}

export interface ReferentDraft {
  referentName: string;
  referentEmail: string;
}

export type ReferentField = keyof ReferentDraft;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The agence names the référent Pôle emploi only: the input never carries the SIAE's correspondent (fiche 2). */
export function checkReferent(
  draft: ReferentDraft,
): { ok: true; input: SiaeReferentsInput } | { ok: false; errors: FieldErrors<ReferentField> } {
  const e = copy.siaeCooperation.errors;
  const errors: FieldErrors<ReferentField> = {};
  const name = draft.referentName.trim().replace(/\s+/g, ' ');
  const email = draft.referentEmail.trim();
  if (!name) errors.referentName = e.referentName;
  if (email && !EMAIL.test(email)) errors.referentEmail = e.referentEmail;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { referentName: name, referentEmail: email || null } };
}
