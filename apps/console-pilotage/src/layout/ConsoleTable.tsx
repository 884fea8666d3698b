import type { ReactNode } from 'react';

export interface ConsoleTableColumn {
  /** The header's text. */
  label: ReactNode;
  /** Read by screen readers only (a column of buttons). */
  srOnly?: boolean;
  /** Figures, aligned right. */
  numeric?: boolean;
}

/**
 * A table of the console as its screens lay them out: DSFR, bordered, in the frame that scrolls sideways on narrow
 * screens, with its caption (for screen readers only unless `captionShown`: the heading above already says what it
 * lists), one header per column, and `children` as the rows of its body.
 */
export function ConsoleTable({
  caption,
  columns,
  testId,
  captionShown = false,
  small = false,
  scrollable = false,
  children,
}: {
  caption: string;
  columns: readonly ConsoleTableColumn[];
  testId?: string;
  captionShown?: boolean;
  small?: boolean;
  /**
   * A wide table whose frame scrolls sideways even on a desktop screen: the frame is a focusable region named by the
   * caption, so that the keyboard reaches it (axe `scrollable-region-focusable`, RGAA 7.3).
   */
  scrollable?: boolean;
  children: ReactNode;
}) {
  const classes = ['fr-table', small && 'fr-table--sm', 'fr-table--bordered', !captionShown && 'fr-table--no-caption'];
  return (
    <div className={classes.filter(Boolean).join(' ')}>
      <div className="fr-table__wrapper">
        <div
          className="fr-table__container"
          {...(scrollable ? { tabIndex: 0, role: 'region', 'aria-label': caption } : {})}
        >
          <div className="fr-table__content">
            <table data-testid={testId}>
              <caption>{caption}</caption>
              <thead>
                <tr>
                  {columns.map((column, index) => (
                    <th key={index} scope="col" className={column.numeric ? 'fr-cell--right' : undefined}>
                      {column.srOnly ? <span className="fr-sr-only">{column.label}</span> : column.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>{children}</tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
