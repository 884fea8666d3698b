// The fields the use cases' input schemas are made of (zod), with the French wording the portals have always shown
// ("Prénom : champ obligatoire."): parseInput (@navette/subgraph-server) puts the field's label in front. Shape only —
// what a value means for the parcours is a rule of @navette/domain, checked by the use case.
import { parseIsoDate, type IsoDate } from '@navette/domain';
import { z } from 'zod';

export const REQUIRED = 'champ obligatoire';
const tooLong = (max: number) => `${max} caractères au plus`;
const INVALID_DATE = 'date invalide (format attendu AAAA-MM-JJ)';

/** A text the user must fill in, trimmed; `max` characters at most. */
export const requiredText = (max = 4000) =>
  z
    .string()
    .nullish()
    .transform((value) => (value ?? '').trim())
    .pipe(z.string().min(1, REQUIRED).max(max, tooLong(max)));

/** A text the user may leave empty (then null), trimmed; `max` characters at most. */
export const optionalText = (max = 4000) =>
  z
    .string()
    .nullish()
    .transform((value) => (value ?? '').trim())
    .pipe(z.string().max(max, tooLong(max)))
    .transform((text) => (text.length === 0 ? null : text));

const toIsoDate = (value: string, ctx: z.RefinementCtx): IsoDate => {
  const parsed = parseIsoDate(value);
  if (parsed.ok) return parsed.value;
  ctx.addIssue({ code: 'custom', message: INVALID_DATE });
  return z.NEVER;
};

/** A date the user must give (`YYYY-MM-DD`, a day that exists). */
export const requiredIsoDate = () =>
  z
    .string()
    .nullish()
    .refine((value) => value != null && value !== '', REQUIRED)
    .transform((value, ctx) => toIsoDate(value!, ctx));

/** A date the user may leave empty (then null). */
export const optionalIsoDate = () =>
  z
    .string()
    .nullish()
    .transform((value, ctx) => (value == null || value === '' ? null : toIsoDate(value, ctx)));

/** A supporting document as the client sends it (GraphQL DocumentUpload); its content is checked by decodeDocuments. */
export const documentUpload = z.object({ fileName: z.string(), contentType: z.string(), dataBase64: z.string() });

/** In a schema's `superRefine`: the field must be filled in (given the other fields). */
export function requireField(ctx: z.RefinementCtx, value: unknown, field: string, message = REQUIRED): void {
  if (value == null || value === '') ctx.addIssue({ code: 'custom', path: [field], message });
}
