// The API's refusal next to a form is the shared one.
export { ApiErrorAlert } from '@navette/ui';
