// Loaded only on an indicator's page (React.lazy): the charting library stays out of the other screens.
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { SINGLE_SERIES_COLOR, trendChart, type TrendPoint } from '../chart-data.ts';
import { formatMeasure, isCountMeasure, measureLabel, type IndicatorUnit } from '../indicator-table.ts';
import { axisTick, tooltipStyle } from './chart-style.ts';

/**
 * An indicator quarter by quarter, as a line; a masked quarter is a gap. Hidden from screen readers: the table next
 * to it gives the same figures.
 */
export default function TrendLineChart({ points, unit }: { points: readonly TrendPoint[]; unit: IndicatorUnit }) {
  const format = (value: number) => formatMeasure(value, unit, 'value');
  return (
    <div aria-hidden="true" data-testid="trend-chart">
      <LineChart
        data={trendChart(points)}
        width="100%"
        height={320}
        responsive
        accessibilityLayer={false}
        margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={axisTick} interval="preserveStartEnd" />
        <YAxis tick={axisTick} tickFormatter={format} allowDecimals={!isCountMeasure(unit, 'value')} />
        <Tooltip formatter={(value) => (typeof value === 'number' ? format(value) : '')} contentStyle={tooltipStyle} />
        <Line
          type="linear"
          dataKey="value"
          name={measureLabel(unit, 'value')}
          stroke={SINGLE_SERIES_COLOR}
          strokeWidth={2}
          dot={{ r: 4, fill: SINGLE_SERIES_COLOR }}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </div>
  );
}
