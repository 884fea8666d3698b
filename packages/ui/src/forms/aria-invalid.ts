import { useEffect, type RefObject } from 'react';

/** DSFR groups in their error state (the red message under the field, `stateRelatedMessage`). */
const ERROR_GROUPS = [
  '.fr-input-group--error',
  '.fr-select-group--error',
  '.fr-upload-group--error',
  '.fr-fieldset--error',
  '.fr-checkbox-group--error',
  '.fr-radio-group--error',
].join(', ');
const FIELDS = 'input:not([type="hidden"]), select, textarea';
/** Marks the fields whose aria-invalid is set here, so that a screen's own value is never removed. */
const MARK = 'data-navette-invalid';

/**
 * `aria-invalid="true"` on every field shown in error, which the DSFR components do not set (RGAA 11.10): a field is
 * in error when it is inside a DSFR group in its error state. Removed once the group leaves it.
 */
export function syncAriaInvalid(root: ParentNode): void {
  for (const field of root.querySelectorAll<HTMLElement>(FIELDS)) {
    const invalid = field.closest(ERROR_GROUPS) !== null;
    if (invalid && field.getAttribute('aria-invalid') !== 'true') {
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute(MARK, '');
    } else if (!invalid && field.hasAttribute(MARK)) {
      field.removeAttribute('aria-invalid');
      field.removeAttribute(MARK);
    }
  }
}

/** Keeps aria-invalid in step with the error states below `root` (PortalLayout's main) as screens render. */
export function useAriaInvalid(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    syncAriaInvalid(element);
    // Only class and tree changes: setting aria-invalid does not wake the observer again.
    const observer = new MutationObserver(() => syncAriaInvalid(element));
    observer.observe(element, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
    return () => observer.disconnect();
  }, [root]);
}
