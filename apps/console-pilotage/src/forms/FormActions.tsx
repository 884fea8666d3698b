import { Button } from '@codegouvfr/react-dsfr/Button';

/**
 * The buttons at the end of a form that records a new item or changes one: submit (disabled while the API answers),
 * and, when an item is being changed, a way back to a new one.
 */
export function FormActions({
  submitLabel,
  loading,
  cancel,
}: {
  submitLabel: string;
  loading: boolean;
  /** Only while an item is being changed. */
  cancel?: { label: string; onClick: () => void } | null;
}) {
  return (
    <ul className="fr-btns-group fr-btns-group--inline-md">
      <li>
        <Button type="submit" disabled={loading}>
          {submitLabel}
        </Button>
      </li>
      {cancel && (
        <li>
          <Button type="button" priority="secondary" onClick={cancel.onClick}>
            {cancel.label}
          </Button>
        </li>
      )}
    </ul>
  );
}
