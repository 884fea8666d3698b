// « Corriger l'identité » (issue 19 §4, RGPD art. 16): the form starts from the identity as recorded, is checked as
// when the person was recorded, and sends only the fields the agent changed — a field left out keeps its value on
// the server, so two agents correcting different fields at once do not undo each other.
import type { PersonCorrectionInput } from '../../generated/graphql.ts';
import { toPersonInput, type PersonFormValues } from '@navette/ui';

export interface RecordedIdentity {
  firstName: string;
  lastName: string;
  birthDate: string;
  email?: string | null;
  phone?: string | null;
  poleEmploiId?: string | null;
  rqth: boolean;
}

/** The form's values for the identity as recorded (empty text for what is not given). */
export function identityFormValues(person: RecordedIdentity): PersonFormValues {
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    birthDate: person.birthDate,
    email: person.email ?? '',
    phone: person.phone ?? '',
    poleEmploiId: person.poleEmploiId ?? '',
    rqth: person.rqth,
  };
}

/** The fields that differ from the identity as recorded, as the mutation takes them (null empties one); {} if none. */
export function toCorrectionInput(recorded: PersonFormValues, values: PersonFormValues): PersonCorrectionInput {
  const before = toPersonInput(recorded);
  const after = toPersonInput(values);
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof typeof after)[]) {
    if ((after[key] ?? null) !== (before[key] ?? null)) input[key] = after[key] ?? null;
  }
  return input;
}

/** How many fields a correction changes (0: nothing to send). */
export const changedFieldCount = (input: PersonCorrectionInput) => Object.keys(input).length;
