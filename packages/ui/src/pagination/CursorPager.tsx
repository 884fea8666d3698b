import { Button } from '@codegouvfr/react-dsfr/Button';
import { copy } from '../copy.tsx';

/**
 * Previous / next navigation over forward cursors (see cursor-pages.ts), laid out as a DSFR
 * pagination. Numbered jumps are not offered: a cursor API cannot skip to page n.
 */
export function CursorPager({
  page,
  pageCount,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
  disabled = false,
}: {
  page: number;
  pageCount: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  disabled?: boolean;
}) {
  return (
    <nav role="navigation" className="fr-pagination fr-my-3w" aria-label={copy.pagination.navLabel}>
      <ul className="fr-pagination__list">
        <li>
          <Button
            priority="tertiary"
            iconId="fr-icon-arrow-left-s-line"
            iconPosition="left"
            disabled={disabled || !hasPrevious}
            onClick={onPrevious}
          >
            {copy.pagination.previous}
          </Button>
        </li>
        <li>
          <span className="fr-pagination__link" aria-current="page">
            {copy.pagination.page(page, pageCount)}
          </span>
        </li>
        <li>
          <Button
            priority="tertiary"
            iconId="fr-icon-arrow-right-s-line"
            iconPosition="right"
            disabled={disabled || !hasNext}
            onClick={onNext}
          >
            {copy.pagination.next}
          </Button>
        </li>
      </ul>
    </nav>
  );
}
