import type { ReactNode } from 'react';
import { copy } from '../copy.tsx';
import { EmptyState } from './EmptyState.tsx';

/** What a chart's values leave to draw (issue 14 §5: "aucune donnée" rather than an empty axis). */
export type ChartContent = 'figures' | 'masked' | 'zero' | 'none';

/**
 * `figures` when at least one value would draw a bar or move a line off 0; otherwise why the axis would be empty:
 * `masked` when figures exist but are hidden by statistical secrecy (the others 0 or without a value), `zero` when
 * every figure is 0, `none` when there is no figure at all (nothing counted, nothing to divide by).
 */
export function chartContent(cells: readonly ({ state: string } | { state: 'number'; value: number })[]): ChartContent {
  const numbers = cells.flatMap((cell) => ('value' in cell && cell.state === 'number' ? [cell.value] : []));
  if (numbers.some((value) => value !== 0)) return 'figures';
  if (cells.some((cell) => cell.state === 'masked')) return 'masked';
  return numbers.length > 0 ? 'zero' : 'none';
}

const sentences: Record<Exclude<ChartContent, 'figures'>, string> = {
  masked: copy.charts.masked,
  zero: copy.charts.zero,
  none: copy.charts.none,
};

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
  const notice = <EmptyState message={sentences[content]} />;
  if (caption === undefined) return <div data-testid={testId}>{notice}</div>;
  return (
    <figure className="fr-my-3w fr-mx-0" data-testid={testId}>
      <figcaption className="fr-text--bold fr-mb-2w">{caption}</figcaption>
      {notice}
    </figure>
  );
}
