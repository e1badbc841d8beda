import { BarController, BarElement, CategoryScale, Chart, type ChartOptions, type Plugin, LinearScale } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { formatValue, NOT_KNOWN_WORDS, shortTerm, trendSummary } from './figures-format';

// Only what a bar chart needs, so the chunk stays small (Chart.js is tree-shaken by component).
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

const EARLIER = '#505a5f'; // GOV.UK dark grey
const REPORT_TERM = '#1d70b8'; // GOV.UK blue, and striped: the colour is never the only difference
const TEXT = '#0b0c0c';
const FONT = { family: '"GDS Transport", arial, sans-serif', size: 12 };

/** Diagonal white stripes over blue, for the report term's bar. */
function stripes(): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return REPORT_TERM;
  ctx.fillStyle = REPORT_TERM;
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(0, 8);
  ctx.lineTo(8, 0);
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? REPORT_TERM;
}

interface ValueLabelOptions {
  values: Array<number | null>;
  unit: string;
}

/** Each bar says its value above it (direct labelling); a term not known says so where its bar would be. */
const valueLabels: Plugin<'bar', ValueLabelOptions> = {
  id: 'valueLabels',
  afterDatasetsDraw(chart, _args, options) {
    const { ctx } = chart;
    const bars = chart.getDatasetMeta(0).data;
    ctx.save();
    ctx.fillStyle = TEXT;
    ctx.font = `${FONT.size}px ${FONT.family}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    bars.forEach((bar, i) => {
      const value = options.values[i];
      const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
      ctx.fillText(value === null || value === undefined ? NOT_KNOWN_WORDS : formatValue(value, options.unit), x, y - 3);
    });
    ctx.restore();
  },
};

/**
 * One measure over the report's terms as a bar chart (Chart.js on a canvas). The canvas is hidden
 * from screen readers: the sentence under it says what it shows, and the section's table carries
 * every figure. The report's own term is striped as well as coloured.
 */
export default function TrendChart({ title, unit, terms, values }: { title: string; unit: string; terms: string[]; values: Array<number | null> }) {
  const last = values.length - 1;
  const known = values.filter((v): v is number => v !== null);
  const options: ChartOptions<'bar'> & { plugins: { valueLabels: ValueLabelOptions } } = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    events: [],
    layout: { padding: { top: 18 } },
    scales: {
      x: { grid: { display: false }, ticks: { color: TEXT, font: FONT }, border: { color: TEXT } },
      y: { display: false, beginAtZero: true, suggestedMax: Math.max(1, ...known) },
    },
    plugins: { valueLabels: { values, unit } },
  };
  const data = {
    labels: terms.map(shortTerm),
    datasets: [
      {
        label: title,
        data: values.map((v) => v ?? 0),
        backgroundColor: values.map((_, i) => (i === last ? stripes() : EARLIER)),
        borderColor: values.map((_, i) => (i === last ? REPORT_TERM : EARLIER)),
        borderWidth: 1,
        categoryPercentage: 0.7,
      },
    ],
  };
  return (
    <figure className="app-trend-chart">
      <div className="app-trend-chart__canvas">
        <Bar aria-hidden="true" data={data} options={options} plugins={[valueLabels]} />
      </div>
      <figcaption className="govuk-body-s govuk-!-margin-bottom-1">{trendSummary(terms, values, unit)}</figcaption>
    </figure>
  );
}
