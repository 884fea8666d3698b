// What to tell the user when a mutation fails: the shared rules (the API's French messages, else a generic one).
export { apiErrorMessages, genericMessages, USER_ERROR_CODES, userErrorMessages } from '@navette/ui';
