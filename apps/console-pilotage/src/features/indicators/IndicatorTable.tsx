import { siaeKindLabel } from '@navette/ui';
import type { ReactNode } from 'react';
import { copy } from '../../copy.ts';
import {
  cellText,
  departementLabel,
  measureLabel,
  type Cell,
  type IndicatorTable as Table,
  type IndicatorUnit,
  type Measure,
} from './indicator-table.ts';

const t = copy.indicators;

/** What a cell shows: the figure, or what "< 5", "masqué", "sans objet" and "–" mean for screen readers. */
export function CellContent({ cell, unit, measure }: { cell: Cell; unit: IndicatorUnit; measure: Measure }): ReactNode {
  const text = cellText(cell, unit, measure);
  switch (cell.state) {
    case 'number':
      return text;
    case 'masked':
      return <abbr title={text === '< 5' ? t.maskedCountAbbr : t.maskedValueAbbr}>{text}</abbr>;
    case 'notApplicable':
      return <abbr title={t.notApplicableAbbr}>{text}</abbr>;
    case 'missing':
      return (
        <>
          <span aria-hidden="true">{text}</span>
          <span className="fr-sr-only">{t.noData}</span>
        </>
      );
  }
}

function KindHeader({ kind }: { kind: string }) {
  return <abbr title={siaeKindLabel(kind)}>{kind}</abbr>;
}

/**
 * An indicator's figures: a row per département, a column per SIAE kind (two, hours and people, for the training
 * hours: the headers are then tied to each cell with `headers`, RGAA 5.7). No total (secret statistique).
 */
export function IndicatorTable({
  id,
  table,
  caption,
  describedBy,
}: {
  /** Unique on the page: prefixes the ids of the headers. */
  id: string;
  table: Table;
  caption: string;
  describedBy?: string;
}) {
  const twoLevels = table.byKind && table.measures.length > 1;
  const departementHeaderId = `${id}-departement`;
  const columnHeaderId = (index: number) => `${id}-colonne-${table.columns[index]!.key}`;
  const kindHeaderId = (kind: string) => `${id}-type-${kind}`;
  const rowHeaderId = (code: string) => `${id}-ligne-${code}`;

  return (
    <div className="fr-table fr-table--bordered fr-table--no-caption">
      <div className="fr-table__wrapper">
        {/* A wide table scrolls in its frame: the frame takes the focus so that the keyboard can scroll it (WCAG 2.1.1,
            axe scrollable-region-focusable), named by the table's caption. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take the focus (axe scrollable-region-focusable) */}
        <div className="fr-table__container" tabIndex={0} role="region" aria-label={caption}>
          <div className="fr-table__content">
            <table aria-describedby={describedBy} data-testid={`table-${id}`}>
              {/* The heading above names the indicator: the caption, with the territory and period, is for screen readers. */}
              <caption>{caption}</caption>
              <thead>
                {twoLevels ? (
                  <>
                    <tr>
                      <th id={departementHeaderId} scope="col" rowSpan={2}>
                        {t.departementColumn}
                      </th>
                      {table.kinds.map((kind) => (
                        <th key={kind} id={kindHeaderId(kind)} scope="colgroup" colSpan={table.measures.length}>
                          <KindHeader kind={kind} />
                        </th>
                      ))}
                    </tr>
                    <tr>
                      {table.columns.map((column, index) => (
                        <th
                          key={column.key}
                          id={columnHeaderId(index)}
                          headers={column.siaeKind ? kindHeaderId(column.siaeKind) : undefined}
                          scope="col"
                          className="fr-cell--right"
                        >
                          {measureLabel(table.unit, column.measure)}
                        </th>
                      ))}
                    </tr>
                  </>
                ) : (
                  <tr>
                    <th id={departementHeaderId} scope="col">
                      {t.departementColumn}
                    </th>
                    {table.columns.map((column, index) => (
                      <th key={column.key} id={columnHeaderId(index)} scope="col" className="fr-cell--right">
                        {column.siaeKind ? (
                          <KindHeader kind={column.siaeKind} />
                        ) : (
                          measureLabel(table.unit, column.measure)
                        )}
                      </th>
                    ))}
                  </tr>
                )}
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.departement.code}>
                    <th id={rowHeaderId(row.departement.code)} scope="row">
                      {departementLabel(row.departement)}
                    </th>
                    {row.cells.map((cell, index) => {
                      const column = table.columns[index]!;
                      return (
                        <td
                          key={column.key}
                          className="fr-cell--right"
                          headers={
                            twoLevels
                              ? [
                                  rowHeaderId(row.departement.code),
                                  column.siaeKind ? kindHeaderId(column.siaeKind) : '',
                                  columnHeaderId(index),
                                ]
                                  .filter(Boolean)
                                  .join(' ')
                              : undefined
                          }
                        >
                          <CellContent cell={cell} unit={table.unit} measure={column.measure} />
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
