import PDFDocument from 'pdfkit';
import { Breakdown, Measure, ReportSection, ReportTerm } from '../figures/report-figures';
import { ProgressJudgement, RenderableReport, SectionNarrative } from './renderable-report';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;
// pdfkit 0.20 tags tables (Table/TR/TH/TD) and gives structure elements a layout BBox, but
// @types/pdfkit 0.17 does not declare those options yet.
type TaggedTable = PDFKit.Mixins.TableOptionsWithData & { structParent: Struct };
type HeaderCell = PDFKit.Mixins.CellOptions & { scope: 'Row' | 'Column' };
type FigureOptions = PDFKit.Mixins.StructureElementOptions & { bbox: [number, number, number, number] };

const MARGIN = 56;
const INK = '#0b0c0c';
const MUTED = '#505a5f';
const OWN_TERM = '#1d70b8';
const OWN_TERM_FILL = '#e8f1f8';
const RULE = '#b1b4b6';
const NOT_KNOWN = '\u2014';
const NOT_KNOWN_NOTE = `${NOT_KNOWN} not known for that term.`;

const JUDGEMENTS: Record<ProgressJudgement, string> = {
  INADEQUATE: 'Inadequate',
  SOME_PROGRESS: 'Some progress',
  GOOD_PROGRESS: 'Good progress',
  NOT_JUDGED: 'Not judged',
};

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const UNITS: Record<Measure['unit'], (v: number) => string> = {
  count: (v) => number.format(v),
  percent: (v) => `${number.format(v)}%`,
  days: (v) => `${number.format(v)} ${v === 1 ? 'day' : 'days'}`,
  hours: (v) => `${number.format(v)} ${v === 1 ? 'hour' : 'hours'}`,
  schoolDays: (v) => `${number.format(v)} ${v === 1 ? 'school day' : 'school days'}`,
};

/** A value as printed, with its unit; null is not zero, so it prints as a dash with a footnote. */
function formatValue(value: number | null, unit: Measure['unit']): string {
  return value === null ? NOT_KNOWN : UNITS[unit](value);
}

/**
 * The termly report as an accessible PDF: tagged (headings, tables, figures with alt text),
 * real text in the standard Helvetica fonts, and byte-for-byte the same for the same report.
 */
export function renderReportPdf(report: RenderableReport): Promise<Buffer> {
  // Anything thrown in the executor (a bad date, a pdfkit error) rejects the promise.
  return new Promise<Buffer>((resolve, reject) => {
    const { figures } = report;
    const at = new Date(report.submittedAt ?? figures.builtAt);
    if (Number.isNaN(at.getTime())) throw new Error(`Report has no valid date: ${report.submittedAt ?? figures.builtAt}`);
    const title = `Termly safeguarding report: ${figures.localAuthorityName}, ${report.termLabel}`;
    const doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      pdfVersion: '1.7',
      tagged: true,
      lang: 'en-GB',
      displayTitle: true,
      bufferPages: true,
      font: 'Helvetica',
      // CreationDate also seeds the file ID, so fixing it is what makes the output repeatable.
      info: {
        Title: title,
        Author: report.hmiName ?? 'Safeguard Hub',
        Subject: "An HMI's termly report to the Secretary of State and HMCI",
        Creator: 'Safeguard Hub',
        CreationDate: at,
        ModDate: at,
      },
    });
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const root = doc.struct('Document');
    doc.addStructure(root);
    writeCover(doc, root, report, title);
    for (const section of figures.sections) {
      writeSection(doc, root, section, figures.terms, report.narratives.find((n) => n.sectionKey === section.key));
    }
    heading(doc, root, 'H2', 'Recommendations');
    paragraphs(doc, root, report.recommendations ?? 'No recommendations recorded.');
    heading(doc, root, 'H2', "The local authority's response");
    paragraphs(doc, root, report.laResponse ?? 'No response recorded.');
    root.end();
    writePageFurniture(doc, report);
    doc.end();
  });
}

function writeCover(doc: Doc, root: Struct, report: RenderableReport, title: string): void {
  const { figures } = report;
  const term = figures.terms[figures.terms.length - 1];
  doc.y = MARGIN + 80;
  heading(doc, root, 'H1', title);
  doc.moveDown(1);
  const lines: Array<[string, string]> = [
    ['Local authority', figures.localAuthorityName],
    ['Term', term ? `${report.termLabel} (${longDate(term.startsOn)} to ${longDate(term.endsOn)})` : report.termLabel],
    ['Version', String(report.version)],
    ['Status', report.status === 'DRAFT' ? 'DRAFT (not submitted)' : 'Submitted'],
    ['HMI', report.hmiName ?? 'Not assigned'],
    ['Figures built', dateTime(figures.builtAt)],
    ['Submitted', report.submittedAt ? dateTime(report.submittedAt) : 'Not submitted'],
  ];
  if (report.recipients.length) lines.push(['Recipients', report.recipients.join('; ')]);
  if (report.status === 'SUBMITTED' && report.contentHash) lines.push(['Content hash (SHA-256)', report.contentHash]);
  for (const [label, value] of lines) {
    root.add(doc.struct('P', {}, () => {
      doc.font('Helvetica-Bold').fontSize(11).fillColor(INK).text(`${winAnsi(label)}: `, MARGIN, doc.y, { continued: true });
      doc.font('Helvetica').text(winAnsi(value));
    }));
    doc.moveDown(0.4);
  }
  doc.addPage();
}

function writeSection(doc: Doc, root: Struct, section: ReportSection, terms: ReportTerm[], words?: SectionNarrative): void {
  const sect = doc.struct('Sect');
  root.add(sect);
  heading(doc, sect, 'H2', `${section.number}. ${section.title}`);
  if (!section.available) {
    const reason = section.unavailableReason ?? 'the records this section reads are not yet kept in Safeguard Hub.';
    paragraph(doc, sect, `Not available: ${reason}`, { font: 'Helvetica-Oblique' });
  } else if (!section.measures.length) {
    paragraph(doc, sect, 'No figures for this section.', { font: 'Helvetica-Oblique' });
  } else {
    heading(doc, sect, 'H3', 'Figures', 90);
    measuresTable(doc, sect, section, terms);
    barChart(doc, sect, section.measures[0], terms);
    for (const breakdown of section.breakdowns) breakdownTable(doc, sect, breakdown);
  }
  heading(doc, sect, 'H3', "HMI's assessment");
  paragraph(doc, sect, `Judgement: ${JUDGEMENTS[words?.judgement ?? 'NOT_JUDGED']}`, { font: 'Helvetica-Bold' });
  paragraphs(doc, sect, words?.narrative?.trim() || 'No narrative written.');
  sect.end();
  doc.moveDown(1);
}

function measuresTable(doc: Doc, parent: Struct, section: ReportSection, terms: ReportTerm[]): void {
  const last = terms.length - 1; // the report's own term
  const head: Array<HeaderCell | string> = [
    { text: 'Measure', type: 'TH', scope: 'Column', font: { src: 'Helvetica-Bold' } },
    ...terms.map((t, i): HeaderCell => ({
      text: winAnsi(i === last ? `${t.label} (this report)` : t.label),
      type: 'TH', scope: 'Column', font: { src: 'Helvetica-Bold' }, align: { x: 'right' },
      ...(i === last ? { backgroundColor: OWN_TERM_FILL } : {}),
    })),
  ];
  const rows = section.measures.map((m) => [
    { text: winAnsi(m.label), type: 'TH', scope: 'Row' } as HeaderCell,
    ...terms.map((_, i): PDFKit.Mixins.CellOptions => ({
      text: formatValue(m.values[i] ?? null, m.unit),
      align: { x: 'right' },
      ...(i === last ? { font: { src: 'Helvetica-Bold' }, backgroundColor: OWN_TERM_FILL } : {}),
    })),
  ]);
  table(doc, parent, `${section.key}-measures`, [head, ...rows], [180, ...terms.map(() => '*')]);
  if (section.measures.some((m) => terms.some((_, i) => (m.values[i] ?? null) === null))) {
    paragraph(doc, parent, NOT_KNOWN_NOTE, { size: 8 });
  }
}

function breakdownTable(doc: Doc, parent: Struct, breakdown: Breakdown): void {
  heading(doc, parent, 'H3', breakdown.label, 70);
  const head = ['', ...breakdown.columns].map((text): HeaderCell => (
    { text: winAnsi(text), type: 'TH', scope: 'Column', font: { src: 'Helvetica-Bold' } }));
  const rows = breakdown.rows.map((row) => [
    { text: winAnsi(row.label), type: 'TH', scope: 'Row' } as HeaderCell,
    ...breakdown.columns.map((_, i): PDFKit.Mixins.CellOptions => {
      const value = row.values[i] ?? null;
      if (typeof value === 'string') return { text: winAnsi(value) };
      return { text: value === null ? NOT_KNOWN : number.format(value), align: { x: 'right' } };
    }),
  ]);
  table(doc, parent, `breakdown-${breakdown.key}`, [head, ...rows], [160, ...breakdown.columns.map(() => '*')]);
  if (breakdown.rows.some((r) => breakdown.columns.some((_, i) => (r.values[i] ?? null) === null))) {
    paragraph(doc, parent, `${NOT_KNOWN} not known.`, { size: 8 });
  }
}

function table(doc: Doc, parent: Struct, id: string, data: TaggedTable['data'], widths: Array<number | string>): void {
  ensureSpace(doc, 60);
  doc.font('Helvetica').fontSize(9).fillColor(INK);
  const options: TaggedTable & { id: string } = {
    id, data, structParent: parent, position: { x: MARGIN, y: doc.y },
    columnStyles: widths,
    defaultStyle: { border: 0.5, borderColor: RULE, padding: 4 },
  };
  doc.table(options);
  doc.x = MARGIN;
  doc.moveDown(0.5);
}

/** The headline (first) measure across the terms as bars, the report's own term in colour. */
function barChart(doc: Doc, parent: Struct, measure: Measure, terms: ReportTerm[]): void {
  const values = terms.map((_, i) => measure.values[i] ?? null);
  const caption = `${measure.label}, by term`;
  const alt = `Bar chart of ${measure.label} by term: ${terms
    .map((t, i) => `${t.label}${i === terms.length - 1 ? ' (this report)' : ''}: ${values[i] === null ? 'not known' : formatValue(values[i], measure.unit)}`)
    .join('; ')}.`;
  const width = 320;
  const plot = 80;
  ensureSpace(doc, plot + 70);
  paragraph(doc, parent, caption, { font: 'Helvetica-Bold', size: 9 });
  const top = doc.y + 12;
  const bottom = top + plot;
  const slot = width / Math.max(terms.length, 1);
  const max = Math.max(0, ...values.map((v) => v ?? 0));
  const options: FigureOptions = { alt: winAnsi(alt), bbox: [MARGIN, top - 12, MARGIN + width, bottom + 28] };
  parent.add(doc.struct('Figure', options, () => {
    doc.save().lineWidth(0.5).moveTo(MARGIN, bottom).lineTo(MARGIN + width, bottom).stroke(RULE).restore();
    values.forEach((value, i) => {
      const own = i === terms.length - 1;
      const x = MARGIN + i * slot;
      const height = value === null || max === 0 ? 0 : (Math.max(value, 0) / max) * plot;
      if (height > 0) doc.save().rect(x + slot * 0.2, bottom - height, slot * 0.6, height).fill(own ? OWN_TERM : MUTED).restore();
      doc.font(own ? 'Helvetica-Bold' : 'Helvetica').fontSize(8).fillColor(INK);
      const label = value === null ? 'not known' : formatValue(value, measure.unit);
      doc.text(winAnsi(label), x, bottom - height - 11, { width: slot, align: 'center', lineBreak: false });
      doc.text(winAnsi(terms[i].label), x, bottom + 4, { width: slot, align: 'center', height: 22 });
    });
  }));
  doc.x = MARGIN;
  doc.y = bottom + 34;
}

function heading(doc: Doc, parent: Struct, level: 'H1' | 'H2' | 'H3', text: string, keepWithNext = 60): void {
  const size = { H1: 22, H2: 16, H3: 12 }[level];
  ensureSpace(doc, size * 2 + keepWithNext);
  if (level !== 'H1') doc.moveDown(level === 'H2' ? 0.6 : 0.3);
  if (level === 'H2') doc.outline.addItem(text);
  parent.add(doc.struct(level, {}, () => {
    doc.font('Helvetica-Bold').fontSize(size).fillColor(INK).text(winAnsi(text), MARGIN, doc.y);
  }));
  doc.moveDown(0.3);
}

function paragraph(doc: Doc, parent: Struct, text: string, style: { font?: string; size?: number } = {}): void {
  parent.add(doc.struct('P', {}, () => {
    doc.font(style.font ?? 'Helvetica').fontSize(style.size ?? 10).fillColor(INK).text(winAnsi(text), MARGIN, doc.y, { lineGap: 2 });
  }));
  doc.moveDown(0.4);
}

/** Free text (narratives, recommendations, the response): a blank line starts a new paragraph. */
function paragraphs(doc: Doc, parent: Struct, text: string): void {
  for (const para of text.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter(Boolean)) paragraph(doc, parent, para);
}

function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** Footer (authority, term, version, page n of N) and the DRAFT watermark, as artifacts. */
function writePageFurniture(doc: Doc, report: RenderableReport): void {
  const { start, count } = doc.bufferedPageRange();
  const left = winAnsi(`${report.figures.localAuthorityName}, ${report.termLabel}, version ${report.version}`);
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the margin must not start a new page
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font('Helvetica').fontSize(8).fillColor(MUTED);
    const y = doc.page.height - 36;
    doc.text(left, MARGIN, y, { lineBreak: false });
    const pageLabel = `Page ${i - start + 1} of ${count}`;
    doc.text(pageLabel, doc.page.width - MARGIN - doc.widthOfString(pageLabel), y, { lineBreak: false });
    if (report.status === 'DRAFT') {
      doc.save().rotate(-35, { origin: [doc.page.width / 2, doc.page.height / 2] });
      doc.font('Helvetica-Bold').fontSize(110).fillColor('#b10e1e', 0.12);
      doc.text('DRAFT', doc.page.width / 2 - doc.widthOfString('DRAFT') / 2, doc.page.height / 2 - 55, { lineBreak: false });
      doc.restore();
    }
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}

const WIN_ANSI_EXTRA = new Set([...'\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122']);

/**
 * The standard fonts only have WinAnsi glyphs, and pdfkit writes anything else as broken hex:
 * accents outside Latin-1 lose the accent (NFKD), other characters become '?'.
 */
function winAnsi(text: string): string {
  let out = '';
  for (const char of text.replace(/\r\n?|\t/g, (c) => (c === '\t' ? ' ' : '\n'))) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\n' || (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char)) out += char;
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += ' ';
    else {
      const base = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += [...base].every((c) => c.charCodeAt(0) < 0x7f && c.charCodeAt(0) >= 0x20) && base ? base : '?';
    }
  }
  return out;
}

function longDate(isoDate: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

function dateTime(iso: string): string {
  const format = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London',
  });
  return `${format.format(new Date(iso))} (UK time)`;
}
