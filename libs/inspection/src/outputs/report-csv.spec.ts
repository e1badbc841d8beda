import { parse } from 'csv-parse/sync';
import { ReportFigures } from '../figures/report-figures';
import { renderChildListCsv } from './child-list-csv';
import { RenderableReport } from './renderable-report';
import { REPORT_CSV_COLUMNS, renderReportCsv } from './report-csv';

const TERMS = [
  { label: 'Autumn 2024', startsOn: '2024-09-01', endsOn: '2024-12-31' },
  { label: 'Spring 2025', startsOn: '2025-01-01', endsOn: '2025-04-20' },
  { label: 'Summer 2025', startsOn: '2025-04-21', endsOn: '2025-08-31' },
  { label: 'Autumn 2025', startsOn: '2025-09-01', endsOn: '2025-12-31' },
];

function aReport(sections: ReportFigures['sections']): RenderableReport {
  return {
    figures: { localAuthorityId: 'la-1', localAuthorityName: 'Barsetshire', terms: TERMS, builtAt: '2025-12-01T09:30:00Z', sections },
    termLabel: 'Autumn 2025', version: 1, status: 'DRAFT', hmiName: null, narratives: [], recommendations: null,
    laResponse: null, submittedAt: null, recipients: [], contentHash: null,
  };
}

const cme: ReportFigures['sections'][number] = {
  key: 'cme', number: 1, title: 'Children missing education', available: true,
  measures: [
    { key: 'cme.reported', label: 'Children reported', unit: 'count', values: [12, 15, null, 19] },
    { key: 'cme.located', label: 'Located, within 10 days', unit: 'percent', values: [80, 82.5, 90, 91] },
  ],
  breakdowns: [{
    key: 'cme.bySchoolType', label: 'By school type', columns: ['Reported', 'Note'],
    rows: [{ label: 'Academies', values: [7, '=HYPERLINK("http://evil.example")'] }, { label: '@Maintained', values: [null, '-1+2'] }],
  }],
};
const prevent: ReportFigures['sections'][number] = {
  key: 'prevent', number: 6, title: 'Prevent duty', available: false, unavailableReason: 'Not yet recorded.', measures: [], breakdowns: [],
};

const records = (csv: string): string[][] => parse(csv, { relax_column_count: true });

describe('renderReportCsv', () => {
  const csv = renderReportCsv(aReport([cme, prevent]));
  const [header, ...lines] = records(csv);

  it('starts with the header and ends every line with CRLF', () => {
    expect(header).toEqual([...REPORT_CSV_COLUMNS]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has a line for every measure in every term, blank when not known', () => {
    const measures = lines.filter((l) => l[0] === 'measure');
    expect(measures).toHaveLength(cme.measures.length * TERMS.length);
    for (const m of cme.measures) {
      TERMS.forEach((term, i) => {
        expect(measures).toContainEqual(['measure', '1', 'Children missing education', m.key, m.label, m.unit, term.label,
          term.startsOn, '', '', m.values[i] === null ? '' : String(m.values[i])]);
      });
    }
  });

  it('has a line for every breakdown cell, in the report term', () => {
    const breakdowns = lines.filter((l) => l[0] === 'breakdown');
    expect(breakdowns).toHaveLength(4);
    expect(breakdowns[0]).toEqual(['breakdown', '1', 'Children missing education', 'cme.bySchoolType', 'By school type', '',
      'Autumn 2025', TERMS[3].startsOn, 'Academies', 'Reported', '7']);
  });

  it('says an unavailable section is unavailable rather than listing zeros', () => {
    expect(lines.filter((l) => l[1] === '6')).toEqual([['unavailable', '6', 'Prevent duty', 'prevent', 'Not yet recorded.', '', '', '', '', '', '']]);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    const values = lines.filter((l) => l[0] === 'breakdown').flatMap((l) => [l[8], l[10]]);
    expect(values).toEqual(expect.arrayContaining(["'=HYPERLINK(\"http://evil.example\")", "'@Maintained", "'-1+2"]));
    expect(values.filter((v) => /^[=+\-@]/.test(v))).toEqual([]);
  });
});

describe('renderChildListCsv', () => {
  it('writes the columns as a header, then one quoted, formula-safe line per child', () => {
    const csv = renderChildListCsv([
      { name: 'Smith, Ann', upn: 'A123', days: -2, flagged: true, note: null },
      { name: '=cmd|"/c calc"!A1', upn: '+44', days: 3, flagged: false, note: 'line one\nline two' },
    ], ['name', 'upn', 'days', 'flagged', 'note', 'missing']);
    expect(csv).toBe([
      'name,upn,days,flagged,note,missing',
      '"Smith, Ann",A123,-2,true,,',
      `"'=cmd|""/c calc""!A1","'+44",3,false,"line one\nline two",`,
      '',
    ].join('\r\n'));
  });
});
