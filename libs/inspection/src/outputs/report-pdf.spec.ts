import { pdfText } from '../../../../test/support/pdf-text';
import { Measure, ReportSection } from '../figures/report-figures';
import { RenderableReport } from './renderable-report';
import { renderReportPdf } from './report-pdf';

const TERMS = [
  { label: 'Autumn 2024', startsOn: '2024-09-01', endsOn: '2024-12-31' },
  { label: 'Spring 2025', startsOn: '2025-01-01', endsOn: '2025-04-20' },
  { label: 'Summer 2025', startsOn: '2025-04-21', endsOn: '2025-08-31' },
  { label: 'Autumn 2025', startsOn: '2025-09-01', endsOn: '2025-12-31' },
];

const SECTIONS: Array<[ReportSection['key'], string]> = [
  ['cme', 'Children missing education'],
  ['ehe', 'Elective home education'],
  ['notFullTime', 'Children not in full-time education'],
  ['concerns', 'Safeguarding concerns and decisions'],
  ['governance', 'Governance'],
  ['prevent', 'Prevent duty'],
  ['pressure', 'Intimidation and curriculum pressure'],
];

const measure = (key: string, label: string, unit: Measure['unit'], values: Array<number | null>): Measure =>
  ({ key, label, unit, values });

function section(number: number, overrides: Partial<ReportSection> = {}): ReportSection {
  const [key, title] = SECTIONS[number - 1];
  return {
    key, number, title, available: true,
    measures: [
      measure(`${key}.reported`, 'Children reported', 'count', [120 + number, 131, null, 1450 + number]),
      measure(`${key}.located`, 'Located within 10 school days', 'percent', [81.5, 84, 86.2, 90 + number]),
      measure(`${key}.time`, 'Median time to locate', 'schoolDays', [6, 5, 1, 4]),
    ],
    breakdowns: [{
      key: `${key}.bySchoolType`, label: 'By school type', columns: ['Reported', 'Located'],
      rows: [{ label: 'Academies', values: [40, 38] }, { label: 'Maintained', values: [30, null] }],
    }],
    ...overrides,
  };
}

function aReport(overrides: Partial<RenderableReport> = {}): RenderableReport {
  return {
    figures: {
      localAuthorityId: '7f9f2a56-3f57-4b3e-9c83-6d3b2c1a0e11',
      localAuthorityName: 'Barsetshire County Council',
      terms: TERMS,
      builtAt: '2025-12-01T09:30:00.000Z',
      sections: SECTIONS.map((_, i) => i + 1 === 6
        ? section(6, { available: false, unavailableReason: 'Prevent referrals are not yet recorded in Safeguard Hub.', measures: [], breakdowns: [] })
        : section(i + 1)),
    },
    termLabel: 'Autumn 2025',
    version: 2,
    status: 'DRAFT',
    hmiName: 'Jane Ashworth HMI',
    narratives: SECTIONS.map(([key], i) => ({
      sectionKey: key,
      narrative: `Narrative for section ${i + 1}: leaders track every child and act quickly.\n\nA second paragraph.`,
      judgement: i % 2 ? 'SOME_PROGRESS' : 'GOOD_PROGRESS',
    })),
    recommendations: 'Publish the CME protocol to all schools by half term.',
    laResponse: 'The council accepts the recommendations and will report back in spring.',
    submittedAt: null,
    recipients: [],
    contentHash: null,
    ...overrides,
  };
}

describe('renderReportPdf', () => {
  let pdf: Buffer;
  let text: string;

  beforeAll(async () => {
    pdf = await renderReportPdf(aReport());
    text = pdfText(pdf);
  });

  it('writes a PDF', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
  });

  it('is a tagged PDF in British English with its title shown', () => {
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toContain('/Lang (en-GB)');
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toContain('/Title');
    for (const tag of ['/S /H1', '/S /H2', '/S /Table', '/S /TH', '/S /TD', '/S /Figure']) expect(raw).toContain(tag);
  });

  it('gives each chart alt text with its values', () => {
    expect(pdf.toString('latin1')).toContain('/Alt (Bar chart of Children reported by term: Autumn 2024: 121; Spring 2025: 131; '
      + 'Summer 2025: not known; Autumn 2025 \\(this report\\): 1,451.)');
  });

  it('shows every section heading, the figures with their units, and the narrative', () => {
    for (const [i, [, title]] of SECTIONS.entries()) expect(text).toContain(`${i + 1}. ${title}`);
    expect(text).toMatch(/Autumn 2025\s+\(this report\)/);
    expect(text).toContain('1,451');
    expect(text).toContain('91%');
    expect(text).toContain('86.2%');
    expect(text).toContain('4 school days');
    expect(text).toContain('1 school day');
    expect(text).toContain('Narrative for section 7: leaders track every child and act quickly.');
    expect(text).toContain('Judgement: Some progress');
    expect(text).toContain('Publish the CME protocol to all schools by half term.');
    expect(text).toContain('The council accepts the recommendations');
  });

  it('prints an unknown value as a dash with a footnote, never as zero', () => {
    expect(text).toContain('\u2014 not known for that term.');
    expect(text).toMatch(/Children reported 121 131 \u2014 1,451/);
  });

  it('says a section is unavailable instead of showing zeros', () => {
    expect(text).toContain('Not available: Prevent referrals are not yet recorded in Safeguard Hub.');
    const prevent = text.slice(text.indexOf('6. Prevent duty'), text.indexOf('7. Intimidation'));
    expect(prevent).not.toMatch(/\b0\b/);
    expect(prevent).not.toContain('Children reported');
  });

  it('marks a draft as a draft, with page numbers', () => {
    expect(text).toContain('Status: DRAFT (not submitted)');
    expect(text).toContain('DRAFT');
    expect(text).toMatch(/Page 1 of (\d+)/);
    const pages = Number(/Page 1 of (\d+)/.exec(text)?.[1]);
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });

  it('puts the submission, recipients and content hash on the cover of a submitted report', async () => {
    const hash = 'a'.repeat(64);
    const submitted = pdfText(await renderReportPdf(aReport({
      status: 'SUBMITTED', submittedAt: '2025-12-12T16:05:00.000Z', contentHash: hash,
      recipients: ['Secretary of State for Education', "His Majesty's Chief Inspector"],
    })));
    expect(submitted).toContain('Status: Submitted');
    expect(submitted).toContain('Submitted: 12 December 2025 at 16:05 (UK time)');
    expect(submitted).toContain("Secretary of State for Education; His Majesty's Chief Inspector");
    expect(submitted).toContain(hash);
    expect(submitted).not.toMatch(/\bDRAFT\b/);
  });

  it('renders the same bytes for the same report', async () => {
    expect((await renderReportPdf(aReport())).equals(pdf)).toBe(true);
  });

  it('keeps characters the standard fonts cannot show from corrupting the text', async () => {
    const report = aReport({ laResponse: 'Zoë and Dvořák \u2264 5 \u{1F600} \u2014 done.' });
    expect(pdfText(await renderReportPdf(report))).toContain('Zoë and Dvorák ? 5 ? \u2014 done.');
  });
});
