import { formatDateTime, formatShortDate } from '@navette/ui';
import { copy } from '../../copy.ts';
import { ConsoleTable } from '../../layout/ConsoleTable.tsx';

const t = copy.indicators;

export interface ProvidedFigureItem {
  id: string;
  departement?: { code: string; name: string } | null;
  siaeKind?: string | null;
  periodLabel: string;
  value: number;
  source: string;
  referenceDate: string;
  enteredBy: string;
  receivedAt: string;
  indicatorId?: string;
  indicatorLabel?: string;
}

/** A provided value as read: « Oui »/« Non », a percentage, hours or a count in French. */
export function providedValueText(unit: string, value: number): string {
  if (unit === 'YES_NO') return value === 1 ? t.yes : t.no;
  const number = value.toLocaleString('fr-FR');
  return unit === 'PERCENT' ? `${number} %` : unit === 'HOURS' ? `${number} h` : number;
}

/**
 * The figures a provider gave (issue 18 §6; annexe 1, "Fournisseurs des indicateurs"), each with its provenance: the
 * source as stated, the provider's reference date, the organisation that entered it and when the platform received it.
 */
export function ProvidedFiguresTable({
  caption,
  unit,
  figures,
  testId,
  withIndicator = false,
}: {
  caption: string;
  unit: (figure: ProvidedFigureItem) => string;
  figures: readonly ProvidedFigureItem[];
  testId?: string;
  withIndicator?: boolean;
}) {
  const c = t.providedColumns;
  return (
    <ConsoleTable
      caption={caption}
      testId={testId}
      small
      scrollable
      columns={[
        ...(withIndicator ? [{ label: 'Indicateur' }] : []),
        { label: c.cell },
        { label: c.period },
        { label: c.value, numeric: true },
        { label: c.source },
        { label: c.referenceDate },
        { label: c.enteredBy },
        { label: c.receivedAt },
      ]}
    >
      {figures.map((figure) => (
        <tr key={figure.id}>
          {withIndicator && <td>{figure.indicatorLabel}</td>}
          <th scope="row">
            {figure.departement ? `${figure.departement.name} (${figure.departement.code})` : t.regional}
            {figure.siaeKind ? ` — ${figure.siaeKind}` : ''}
          </th>
          <td>{figure.periodLabel}</td>
          <td className="fr-cell--right">{providedValueText(unit(figure), figure.value)}</td>
          <td>{figure.source}</td>
          <td>{formatShortDate(figure.referenceDate)}</td>
          <td>{figure.enteredBy}</td>
          <td>{formatDateTime(figure.receivedAt)}</td>
        </tr>
      ))}
    </ConsoleTable>
  );
}
