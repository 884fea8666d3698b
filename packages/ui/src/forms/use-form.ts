import { useState } from 'react';
import { hasErrors, keepReportedErrors, type FieldErrors } from './field-errors.ts';

/**
 * Values of a form, its errors after a submit attempt, and `attempt` (incremented on every failed check, so that the
 * error summary takes the focus again even when the errors did not change).
 */
export function useForm<V extends object, K extends string>(initial: V, validate: (values: V) => FieldErrors<K>) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<K>>({});
  const [attempt, setAttempt] = useState(0);

  /** Changes several fields at once (a choice that resets another), errors kept up to date as for `set`. */
  const update = (change: Partial<V>) => {
    const next = { ...values, ...change };
    setValues(next);
    if (hasErrors(errors)) setErrors(keepReportedErrors(errors, validate(next)));
  };

  const set = <F extends keyof V>(field: F, value: V[F]) => update({ [field]: value } as unknown as Partial<V>);

  /** Validates everything; true when the form may be sent. */
  const check = (): boolean => {
    const found = validate(values);
    setErrors(found);
    if (hasErrors(found)) {
      setAttempt((n) => n + 1);
      return false;
    }
    return true;
  };

  /** Back to `next` (an empty form after a save), without errors. */
  const reset = (next: V) => {
    setValues(next);
    setErrors({});
  };

  return { values, set, update, setValues, reset, errors, attempt, check };
}
