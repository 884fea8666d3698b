// The SIAE's correspondent for Pôle emploi (accord, fiche 2): the agence names the référent, the SIAE only its
// correspondent, so the input never carries the référent's fields (the API refuses them from a SIAE).
import { copy } from '../../copy.ts';
import type { FieldErrors } from '../../forms/field-errors.ts';
import type { SiaeReferentsInput } from '../../generated/graphql.ts';

export interface CorrespondentValues {
  correspondentName: string;
  correspondentEmail: string;
}

export type CorrespondentField = keyof CorrespondentValues;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function correspondentValuesOf(
  referents: { correspondentName?: string | null; correspondentEmail?: string | null } | null | undefined,
): CorrespondentValues {
  return {
    correspondentName: referents?.correspondentName ?? '',
    correspondentEmail: referents?.correspondentEmail ?? '',
  };
}

export function validateCorrespondent(values: CorrespondentValues): FieldErrors<CorrespondentField> {
  const e = copy.referents.errors;
  const errors: FieldErrors<CorrespondentField> = {};
  if (!values.correspondentName.trim()) errors.correspondentName = e.correspondentName;
  const email = values.correspondentEmail.trim();
  if (email && !EMAIL.test(email)) errors.correspondentEmail = e.correspondentEmail;
  return errors;
}

export function toCorrespondentInput(values: CorrespondentValues): SiaeReferentsInput {
  return {
    correspondentName: values.correspondentName.trim().replace(/\s+/g, ' '),
    correspondentEmail: values.correspondentEmail.trim() || null,
  };
}
