// The "Pré-valider un profil" form: what is obviously missing, and the API input. The period is the server's: only an
// optional last day is proposed (the API refuses a backdated, too long or forged period).
import { isIsoDate } from '@navette/ui';

export interface PrevalidationFormValues {
  personId: string;
  siaeId: string;
  endsOn: string;
}

export type PrevalidationField = 'personId' | 'siaeId' | 'endsOn';

export const prevalidationFieldIds: Readonly<Record<PrevalidationField, string>> = {
  personId: 'validation-personne',
  siaeId: 'validation-structure',
  endsOn: 'validation-fin',
};

export const emptyPrevalidation: PrevalidationFormValues = { personId: '', siaeId: '', endsOn: '' };

export function validatePrevalidation(
  values: PrevalidationFormValues,
  today: string,
): Partial<Record<PrevalidationField, string>> {
  const errors: Partial<Record<PrevalidationField, string>> = {};
  if (!values.personId) errors.personId = 'Recherchez puis choisissez la personne.';
  if (!values.siaeId) errors.siaeId = 'Choisissez l’ETTI ou l’AI.';
  if (values.endsOn) {
    if (!isIsoDate(values.endsOn)) errors.endsOn = 'Saisissez une date valide, au format jj/mm/aaaa.';
    else if (values.endsOn < today) errors.endsOn = 'La fin de la période ne peut pas être dans le passé.';
  }
  return errors;
}

export function toPrevalidationInput(values: PrevalidationFormValues) {
  return { personId: values.personId, siaeId: values.siaeId, endsOn: values.endsOn || null };
}

/** The conventions whose SIAE may have profiles pre-validated: signed, in force today, an ETTI or an AI. */
export function prevalidationTargets<T extends { inForce: boolean; siae: { id: string; kind: string } }>(
  agreements: readonly T[],
): T[] {
  const seen = new Set<string>();
  return agreements.filter((a) => {
    if (!a.inForce || (a.siae.kind !== 'ETTI' && a.siae.kind !== 'AI') || seen.has(a.siae.id)) return false;
    seen.add(a.siae.id);
    return true;
  });
}
