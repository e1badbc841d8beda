import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import type { TermlyReportFieldsFragment } from '../graphql/generated/graphql';
import { formatValue, measureRowId, NOT_KNOWN, NOT_KNOWN_WORDS } from './figures-format';
import { portalPathFor } from './record-links';
import { TableScroll } from '../layout/table-scroll';

// The chart library loads only where charts are drawn (the dashboard), never in the main bundle.
const TrendChart = lazy(() => import('./trend-chart'));

/** Sections list their headline figures first: those are charted, and the table after the charts holds every one. */
export const CHARTS_PER_SECTION = 6;

type Section = TermlyReportFieldsFragment['sections'][number];

/**
 * One section's figures: a bar chart per measure, then the same figures as a table (the alternative
 * for screen-reader users and anyone who wants the numbers), then its breakdowns. A section whose
 * capability is missing says so rather than showing zeros.
 */
export function SectionFigures({ section, terms, charts = true, headingLevel = 2 }: { section: Section; terms: string[]; charts?: boolean; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `section-${section.key}`;
  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-bottom-8">
      <Heading className={headingLevel === 2 ? 'govuk-heading-m' : 'govuk-heading-s'} id={headingId}>
        {section.number}. {section.title}
      </Heading>
      {!section.available ? (
        <div className="govuk-inset-text">
          <strong className="govuk-tag govuk-tag--grey">Not available</strong> {section.unavailableReason ?? 'These figures cannot be produced yet.'}
        </div>
      ) : (
        <>
          {charts && section.measures.length > 0 && (
            <ul className="app-trend-charts" aria-label={`Charts: ${section.title}`}>
              {section.measures.slice(0, CHARTS_PER_SECTION).map((m) => (
                <li key={m.key} className="app-trend-charts__item">
                  <p className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">{m.label}</p>
                  <Suspense fallback={<p className="govuk-body-s app-trend-chart__loading">Loading the chart…</p>}>
                    <TrendChart title={m.label} unit={m.unit} terms={terms} values={m.values} />
                  </Suspense>
                  <FigureLink sectionKey={section.key} measure={m} />
                </li>
              ))}
            </ul>
          )}
          <MeasuresTable section={section} terms={terms} />
          {section.breakdowns.map((b) => (
            <table key={b.key} className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--s">{b.label}</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <td className="govuk-table__header" />
                  {b.columns.map((c) => (
                    <th key={c} scope="col" className="govuk-table__header govuk-table__header--numeric">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {b.rows.map((r) => (
                  <tr key={r.label} className="govuk-table__row">
                    <th scope="row" className="govuk-table__header">
                      {r.label}
                    </th>
                    {r.values.map((v, i) => (
                      <td key={i} className="govuk-table__cell govuk-table__cell--numeric">
                        {v ?? <NotKnown />}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </>
      )}
    </section>
  );
}

type Measure = Section['measures'][number];

/** A figure's records in their list page, filtered the same way; else the figure's row in the table. */
function FigureLink({ sectionKey, measure }: { sectionKey: string; measure: Measure }) {
  const to = portalPathFor(measure.link);
  return to ? (
    <Link className="govuk-link govuk-body-s" to={to}>
      The records behind this figure<span className="govuk-visually-hidden">: {measure.label}</span>
    </Link>
  ) : (
    <a className="govuk-link govuk-body-s" href={`#${measureRowId(sectionKey, measure.key)}`}>
      This figure in the table<span className="govuk-visually-hidden">: {measure.label}</span>
    </a>
  );
}

function NotKnown() {
  return (
    <>
      <span aria-hidden="true">{NOT_KNOWN}</span>
      <span className="govuk-visually-hidden">{NOT_KNOWN_WORDS}</span>
    </>
  );
}

function MeasuresTable({ section, terms }: { section: Section; terms: string[] }) {
  const withLinks = section.measures.some((m) => portalPathFor(m.link));
  return (
    <TableScroll label={`Figures: ${section.title}`}>
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">Figures: {section.title}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Measure
          </th>
          {terms.map((t) => (
            <th key={t} scope="col" className="govuk-table__header govuk-table__header--numeric">
              {t}
            </th>
          ))}
          {withLinks && (
            <th scope="col" className="govuk-table__header">
              Records behind it
            </th>
          )}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {section.measures.map((m) => (
          <tr key={m.key} id={measureRowId(section.key, m.key)} className="govuk-table__row" tabIndex={-1}>
            <th scope="row" className="govuk-table__header">
              {m.label}
            </th>
            {m.values.map((v, i) => (
              <td key={terms[i] ?? i} className="govuk-table__cell govuk-table__cell--numeric">
                {v === null ? <NotKnown /> : formatValue(v, m.unit)}
              </td>
            ))}
            {withLinks && (
              <td className="govuk-table__cell">
                {portalPathFor(m.link) ? (
                  <Link className="govuk-link" to={portalPathFor(m.link)!}>
                    See the records<span className="govuk-visually-hidden">: {m.label}</span>
                  </Link>
                ) : (
                  'No list'
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
    </TableScroll>
  );
}
