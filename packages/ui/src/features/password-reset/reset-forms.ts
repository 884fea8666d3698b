// The checks of the two password reset forms before they are sent (the API applies the password policy of
// @navette/auth and says in French what is wrong), and the token read from the e-mailed link's fragment.
import { copy } from '../../copy.tsx';
import type { FieldErrors } from '../../forms/field-errors.ts';

const t = copy.passwordReset;

export const resetPaths = {
  /** The page that asks for a link (from "Mot de passe oublié ?" on the sign-in page). */
  request: '/mot-de-passe/oublie',
  /** The page the e-mail links to: `<portal>/mot-de-passe/nouveau#jeton=…` (RESET_PAGE of the structures subgraph). */
  reset: '/mot-de-passe/nouveau',
} as const;

export type RequestField = 'email';
export interface RequestDraft {
  email: string;
}

/** A loose shape check (something@something.something): the API answers the same for any address anyway. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkRequestDraft(draft: RequestDraft): FieldErrors<RequestField> {
  const email = draft.email.trim();
  if (email === '') return { email: t.emailMissing };
  if (!EMAIL.test(email)) return { email: t.emailInvalid };
  return {};
}

export type ResetField = 'next' | 'confirmation';
export interface ResetDraft {
  next: string;
  confirmation: string;
}
export const emptyResetDraft: ResetDraft = { next: '', confirmation: '' };

export const resetMessages = {
  nextMissing: 'Saisissez le nouveau mot de passe.',
  confirmationMismatch: 'La confirmation ne correspond pas au nouveau mot de passe.',
};

export function checkResetDraft(draft: ResetDraft): FieldErrors<ResetField> {
  if (draft.next === '') return { next: resetMessages.nextMissing };
  if (draft.confirmation !== draft.next) return { confirmation: resetMessages.confirmationMismatch };
  return {};
}

/**
 * The token of the link, from the URL's fragment (`#jeton=nvt_pr_…`: a fragment never reaches a server nor its logs).
 * Null when absent; its shape is the API's to judge (a truncated token gets the API's "lien plus valable").
 */
export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const token = params.get('jeton')?.trim();
  return token ? token : null;
}
