import type { CSSProperties } from 'react';

/** Axis labels in the text colour of the DSFR theme in force (light or dark). */
export const axisTick = { fill: 'currentColor', fontSize: 14 };

/** The tooltip on the DSFR background and text colours of the theme in force. */
export const tooltipStyle: CSSProperties = {
  background: 'var(--background-default-grey)',
  color: 'var(--text-default-grey)',
  border: '1px solid var(--border-default-grey)',
};
