// The form state of this portal's forms is the shared one.
export { useForm } from '@navette/ui';
