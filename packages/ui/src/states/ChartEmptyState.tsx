import type { ReactNode } from 'react';
import { copy } from '../copy.tsx';
import { EmptyState } from './EmptyState.tsx';

/** What a chart's values leave to draw (issue 14 §5: "aucune donnée" rather than an empty axis). */
export type ChartContent = 'figures' | 'masked' | 'none';

/**
 * `figures` when at least one value can be drawn (0 included: it is a figure, labelled on its bar); otherwise `masked`
 * when some values exist but are all hidden by statistical secrecy, `none` when there is nothing at all.
 */
export function chartContent(cells: readonly { state: string }[]): ChartContent {
  if (cells.some((cell) => cell.state === 'number')) return 'figures';
  return cells.some((cell) => cell.state === 'masked') ? 'masked' : 'none';
}

/**
 * In place of a chart with nothing to draw: its caption and a DSFR notice saying why, in French (no data, or every
 * figure masked under the secrecy threshold). The figures' table, when the screen shows one, stays next to it.
 */
export function ChartEmptyState({
  caption,
  content,
  testId = 'chart-empty',
}: {
  /** Without it, only the notice (inside a figure that has its caption already). */
  caption?: ReactNode;
  content: Exclude<ChartContent, 'figures'>;
  testId?: string;
}) {
  const notice = <EmptyState message={content === 'masked' ? copy.charts.masked : copy.charts.none} />;
  if (caption === undefined) return <div data-testid={testId}>{notice}</div>;
  return (
    <figure className="fr-my-3w fr-mx-0" data-testid={testId}>
      <figcaption className="fr-text--bold fr-mb-2w">{caption}</figcaption>
      {notice}
    </figure>
  );
}
