// The dashboard's four charts (recharts): pass rate, grade distribution and query turnaround per
// centre, and the most frequent failed rules of the chosen centre or the whole project.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { failureRows, GRADE_KEYS, gradeRows, passRateRows, turnaroundRows, type Dashboard } from './dashboard-data';

const GRADE_COLOURS: Record<(typeof GRADE_KEYS)[number], string> = { good: '#1e6b3a', acceptable: '#7fb069', poor: '#d8a31a', 'non-diagnostic': '#a4262c' };

const TURNAROUND_COLOURS = { answerMedian: '#1f4e79', answerP90: '#7a9cc6', closeMedian: '#1e6b3a' } as const;

/** The series of a chart, in the page's language (recharts' own legend labels its icons in English). */
function ChartLegend({ items }: { items: Array<{ name: string; colour: string }> }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.name}>
          <span className="swatch" style={{ background: item.colour }} aria-hidden="true" /> {item.name}
        </li>
      ))}
    </ul>
  );
}

function Chart({ title, testId, legend, children }: { title: string; testId: string; legend?: Array<{ name: string; colour: string }>; children: React.ReactElement }) {
  return (
    <figure className="panel chart-panel" data-testid={testId}>
      <figcaption><h3>{title}</h3></figcaption>
      <div className="chart">
        <ResponsiveContainer width="100%" height="100%">{children}</ResponsiveContainer>
      </div>
      {legend && <ChartLegend items={legend} />}
    </figure>
  );
}

export function DashboardCharts({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const [scope, setScope] = useState<string>('');
  const centres = dashboard.centres;
  const failures = (scope ? centres.find((c) => c.centreId === scope) : dashboard.total) ?? centres[0];
  return (
    <div className="charts">
      <Chart title={t('dashboard.passRateChart')} testId="chart-pass-rate">
        <BarChart data={passRateRows(centres)}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="centre" />
          <YAxis domain={[0, 100]} unit=" %" />
          <Tooltip />
          <Bar dataKey="passRate" name={t('dashboard.passRate')} fill="#1f4e79" isAnimationActive={false} />
        </BarChart>
      </Chart>
      <Chart title={t('dashboard.gradesChart')} testId="chart-grades" legend={GRADE_KEYS.map((g) => ({ name: t(`review.grades.${g}`), colour: GRADE_COLOURS[g] }))}>
        <BarChart data={gradeRows(centres)}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="centre" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          {GRADE_KEYS.map((g) => <Bar key={g} dataKey={g} stackId="grades" name={t(`review.grades.${g}`)} fill={GRADE_COLOURS[g]} isAnimationActive={false} />)}
        </BarChart>
      </Chart>
      <figure className="panel chart-panel" data-testid="chart-failures">
        <figcaption className="section-header">
          <h3>{t('dashboard.failuresChart')}</h3>
          <select value={scope} onChange={(e) => setScope(e.target.value)} aria-label={t('dashboard.failuresScope')}>
            <option value="">{t('dashboard.allCentres')}</option>
            {centres.map((c) => <option key={c.centreId ?? ''} value={c.centreId ?? ''}>{c.centreName}</option>)}
          </select>
        </figcaption>
        {!failures || failures.failedRules.length === 0 ? (
          <p>{t('dashboard.noFailure')}</p>
        ) : (
          <div className="chart">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={failureRows(failures)} layout="vertical" margin={{ left: 20 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="rule" width={220} />
                <Tooltip />
                <Bar dataKey="exams" name={t('dashboard.examsFailing')} fill="#a4262c" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
        )}
      </figure>
      <Chart
        title={t('dashboard.turnaroundChart')}
        testId="chart-turnaround"
        legend={(Object.keys(TURNAROUND_COLOURS) as Array<keyof typeof TURNAROUND_COLOURS>).map((key) => ({ name: t(`dashboard.${key}`), colour: TURNAROUND_COLOURS[key] }))}
      >
        <BarChart data={turnaroundRows(centres)}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="centre" />
          <YAxis unit={` ${t('dashboard.daysUnit')}`} />
          <Tooltip />
          {(Object.keys(TURNAROUND_COLOURS) as Array<keyof typeof TURNAROUND_COLOURS>).map((key) => (
            <Bar key={key} dataKey={key} name={t(`dashboard.${key}`)} fill={TURNAROUND_COLOURS[key]} isAnimationActive={false} />
          ))}
        </BarChart>
      </Chart>
    </div>
  );
}
