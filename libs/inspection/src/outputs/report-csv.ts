import { toCsv } from '@safeguard/platform';
import type { CsvValue } from '@safeguard/platform';
import { RenderableReport } from './renderable-report';

export const REPORT_CSV_COLUMNS = [
  'record', 'section_number', 'section_title', 'key', 'label', 'unit', 'term_label', 'term_starts_on',
  'breakdown_row', 'breakdown_column', 'value',
] as const;

/**
 * A report's figures as one CSV: a `measure` line per measure per term (blank value when not
 * known), a `breakdown` line per breakdown cell (for the report's own term), and one
 * `unavailable` line, with the reason as its label, for a section that cannot be reported yet.
 */
export function renderReportCsv(report: RenderableReport): string {
  const { terms, sections } = report.figures;
  const own = terms[terms.length - 1];
  const lines: CsvValue[][] = [[...REPORT_CSV_COLUMNS]];
  for (const section of sections) {
    const where = [section.number, section.title];
    if (!section.available) {
      lines.push(['unavailable', ...where, section.key, section.unavailableReason ?? 'Not available', '', '', '', '', '', '']);
      continue;
    }
    for (const measure of section.measures) {
      terms.forEach((term, i) => {
        lines.push(['measure', ...where, measure.key, measure.label, measure.unit, term.label, term.startsOn, '', '',
          measure.values[i] ?? null]);
      });
    }
    for (const breakdown of section.breakdowns) {
      for (const row of breakdown.rows) {
        breakdown.columns.forEach((column, i) => {
          lines.push(['breakdown', ...where, breakdown.key, breakdown.label, '', own?.label ?? report.termLabel,
            own?.startsOn ?? '', row.label, column, row.values[i] ?? null]);
        });
      }
    }
  }
  return toCsv(lines);
}
