import { copy } from '../copy.tsx';

/** A polite live region, so screen readers hear that the content is on its way. */
export function Loading({ label = copy.states.loading }: { label?: string }) {
  return (
    <p role="status" aria-live="polite" className="fr-my-4w">
      <span className="fr-icon-time-line fr-mr-1w" aria-hidden="true" />
      {label}
    </p>
  );
}
