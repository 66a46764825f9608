// Workload and progress per reader as stacked bars: reads in progress, submitted, re-reads due.
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReaderProgress } from './reading-types';

const COLOURS = { submitted: '#1e6b3a', inProgress: '#1f4e79', rereads: '#d8a31a' } as const;

export function ProgressChart({ readers }: { readers: ReaderProgress[] }) {
  const { t } = useTranslation();
  const rows = readers.map((r) => ({
    reader: r.displayName,
    submitted: r.submitted,
    inProgress: r.inProgress + r.rereadsInProgress,
    rereads: r.rereadsDue + r.rereadsWaiting,
  }));
  const series = (['submitted', 'inProgress', 'rereads'] as const).map((key) => ({ key, name: t(`reading.readers.chart.${key}`), colour: COLOURS[key] }));
  return (
    <figure className="chart-panel" data-testid="chart-reader-progress">
      <figcaption><h3>{t('reading.readers.chartTitle')}</h3></figcaption>
      <div className="chart">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="reader" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            {series.map((s) => <Bar key={s.key} dataKey={s.key} name={s.name} stackId="work" fill={s.colour} />)}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ul className="chart-legend">
        {series.map((s) => (
          <li key={s.key}><span className="swatch" style={{ background: s.colour }} aria-hidden="true" /> {s.name}</li>
        ))}
      </ul>
    </figure>
  );
}
