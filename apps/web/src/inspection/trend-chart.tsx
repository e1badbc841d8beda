import { formatValue, spokenValue } from './figures-format';

const WIDTH = 280;
const HEIGHT = 150;
const AXIS = 24; // room under the bars for the term names
const TOP = 18; // room above the tallest bar for its value

/** Short term names under the bars ("Autumn 2026/27" becomes "Aut 26/27"). */
export function shortTerm(label: string): string {
  return label.replace(/^(\w{3})\w*\s+\d{2}(\d{2})\/(\d{2})$/, '$1 $2/$3').replace(/^(\w{3})\w*\s+\d{2}(\d{2})$/, '$1 $2');
}

/**
 * One measure over the report's terms as an inline SVG bar chart. The whole chart is one image with
 * a label that says every value, and the section's table beside it carries the same figures; a term
 * whose value is not known shows no bar and the words "not known", never a zero.
 */
export function TrendChart({ title, unit, terms, values }: { title: string; unit: string; terms: string[]; values: Array<number | null> }) {
  const known = values.filter((v): v is number => v !== null);
  const max = Math.max(1, ...known);
  const slot = WIDTH / Math.max(1, values.length);
  const barWidth = slot * 0.6;
  const plot = HEIGHT - AXIS - TOP;
  const label = `Bar chart of ${title}: ${terms.map((term, i) => `${term}, ${spokenValue(values[i], unit)}`).join('; ')}.`;
  return (
    <svg className="app-trend-chart" role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} focusable="false">
      <line x1={0} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} className="app-trend-chart__axis" />
      {values.map((value, i) => {
        const x = i * slot + (slot - barWidth) / 2;
        const height = value === null ? 0 : Math.max(value === 0 ? 0 : 2, (value / max) * plot);
        const y = HEIGHT - AXIS - height;
        return (
          <g key={terms[i] ?? i}>
            {value !== null && <rect x={x} y={y} width={barWidth} height={height} className={i === values.length - 1 ? 'app-trend-chart__bar app-trend-chart__bar--current' : 'app-trend-chart__bar'} />}
            <text x={x + barWidth / 2} y={y - 4} textAnchor="middle" className="app-trend-chart__value">
              {value === null ? 'not known' : formatValue(value, unit)}
            </text>
            <text x={x + barWidth / 2} y={HEIGHT - 6} textAnchor="middle" className="app-trend-chart__term">
              {shortTerm(terms[i] ?? '')}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
