// The Bland–Altman plot: each exam at (mean of the two values, difference), with the bias and the
// limits of agreement as horizontal lines.
import { useTranslation } from 'react-i18next';
import { CartesianGrid, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { BlandAltman } from './reading-types';

export function BlandAltmanPlot({ data, unit }: { data: BlandAltman; unit: string }) {
  const { t } = useTranslation();
  const differences = data.points.map((p) => p.difference);
  const low = Math.min(data.lowerLimit, ...differences);
  const high = Math.max(data.upperLimit, ...differences);
  const margin = (high - low) * 0.1 || 1;
  return (
    <figure className="chart-panel" data-testid="bland-altman-plot">
      <figcaption><h4>{t('reading.agreement.plotTitle')}</h4></figcaption>
      <div className="chart">
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart margin={{ top: 10, right: 80, bottom: 20, left: 10 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" dataKey="mean" name={t('reading.agreement.mean')} unit={` ${unit}`} domain={['auto', 'auto']} />
            <YAxis type="number" dataKey="difference" name={t('reading.agreement.difference')} unit={` ${unit}`} domain={[low - margin, high + margin]} />
            <Tooltip />
            <ReferenceLine y={data.bias} stroke="#1f4e79" label={{ value: t('reading.agreement.bias'), position: 'right' }} />
            <ReferenceLine y={data.upperLimit} stroke="#a4262c" strokeDasharray="6 3" label={{ value: t('reading.agreement.upper'), position: 'right' }} />
            <ReferenceLine y={data.lowerLimit} stroke="#a4262c" strokeDasharray="6 3" label={{ value: t('reading.agreement.lower'), position: 'right' }} />
            <Scatter data={data.points} fill="#1e6b3a" />
          </ScatterChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
