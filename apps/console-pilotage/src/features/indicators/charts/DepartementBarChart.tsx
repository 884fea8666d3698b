// Loaded only on an indicator's page (React.lazy): the charting library stays out of the other screens.
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { copy } from '../../../copy.ts';
import { departementChart, labelKey, markKey, type ChartDatum } from '../chart-data.ts';
import { formatMeasure, isCountMeasure, type IndicatorTable } from '../indicator-table.ts';
import { axisTick, tooltipStyle } from './chart-style.ts';

const t = copy.indicator;

/**
 * The comparison between départements of an indicator's table, as horizontal bars (a bar per SIAE kind for the
 * indicators broken down by kind). The drawing is hidden from screen readers, which get the same figures as a list;
 * a masked value is not drawn and is labelled as in the table.
 */
export default function DepartementBarChart({ table, caption }: { table: IndicatorTable; caption: string }) {
  const { series, data, sentences } = departementChart(table);
  const format = (value: number) => formatMeasure(value, table.unit, 'value');
  const drawn = data.some((datum) => series.some((s) => Number(datum[s.key]) > 0));
  const height = 60 + data.length * (series.length * 16 + 18) + (series.length > 1 ? 40 : 0);
  return (
    <figure className="fr-my-3w fr-mx-0" data-testid="departement-chart">
      <figcaption className="fr-text--bold fr-mb-2w">{caption}</figcaption>
      {table.unit === 'HOURS_AND_PEOPLE' && <p className="fr-text--sm">{t.comparisonHours}</p>}
      <div aria-hidden="true">
        <BarChart
          layout="vertical"
          data={data}
          width="100%"
          height={height}
          responsive
          accessibilityLayer={false}
          margin={{ top: 8, right: 64, bottom: 8, left: 8 }}
        >
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis
            type="number"
            tick={axisTick}
            tickFormatter={format}
            allowDecimals={!isCountMeasure(table.unit, 'value')}
            // A percentage on its whole scale; a scale even when every value is 0 or masked.
            domain={table.unit === 'PERCENT' ? [0, 100] : [0, drawn ? 'auto' : 1]}
          />
          <YAxis type="category" dataKey="label" width={190} tick={axisTick} interval={0} />
          <Tooltip
            // Each bar reads as in the table ("12", "< 5", "masqué"), a value not drawn never as 0.
            formatter={(value, _name, item) =>
              (item.payload as ChartDatum | undefined)?.[labelKey(String(item.dataKey))] ??
              (typeof value === 'number' ? format(value) : '')
            }
            contentStyle={tooltipStyle}
          />
          {series.length > 1 && <Legend itemSorter={null} />}
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={s.color}
              isAnimationActive={false}
              // A masked value gets a mark of one pixel, so that its label shows; a 0 gets no bar.
              minPointSize={(_value, index) => (data[index]?.[markKey(s.key)] ? 1 : 0)}
            >
              <LabelList dataKey={labelKey(s.key)} position="right" fill="currentColor" fontSize={13} />
            </Bar>
          ))}
        </BarChart>
      </div>
      <div className="fr-sr-only">
        <p>{t.alternative}</p>
        <ul data-testid="departement-chart-alternative">
          {sentences.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </div>
    </figure>
  );
}
