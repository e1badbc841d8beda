import { useQuery } from '@apollo/client/react';
import { errorCode } from '../api/apollo';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { formatDate } from '../register/register-labels';
import { SCHOOL_TYPE_LABELS } from './governance-labels';
import { GOVERNANCE_COMPLETION } from './governance-queries';
import { TableScroll } from '../layout/table-scroll';

const percent = (value: number | null | undefined) => (value == null ? 'None required' : `${value.toFixed(1)}%`);

/** The council's view: how complete governors' suitability checks are, by type of school. */
export function GovernanceCompletionPage() {
  const { data, error } = useQuery(GOVERNANCE_COMPLETION, { fetchPolicy: 'network-only' });
  const title = 'Governance checks by type of school';
  const c = data?.governanceCompletion;
  // A school's staff typing the address: the api refuses, and the page says so plainly.
  if (['FORBIDDEN', 'NOT_FOUND'].includes(errorCode(error) ?? '')) return <NoAccessPage />;
  const headers = ['Type of school', 'Schools', 'Schools with no record', 'Appointments', 'Checks required', 'Done', 'Due', 'Overdue', 'Refused', 'Done (%)'];
  return (
    <PageLayout title={title}>
      <PageHeading>{title}</PageHeading>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {c && (
        <>
          <p className="govuk-body">{`Suitability checks on everyone who governs a school in your authority, as at ${formatDate(c.asOf)}.`}</p>
          <TableScroll label="Completion by type of school">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Completion by type of school</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                {headers.map((h, i) => (
                  <th key={h} scope="col" className={`govuk-table__header${i ? ' govuk-table__header--numeric' : ''}`}>{h}</th>
                ))}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {c.byType.map((t) => (
                <tr className="govuk-table__row" key={t.schoolTypeGroup}>
                  <th scope="row" className="govuk-table__header">{SCHOOL_TYPE_LABELS[t.schoolTypeGroup]}</th>
                  {[t.schools, t.schoolsWithNoRecord, t.appointments, t.tally.required, t.tally.done, t.tally.due, t.tally.overdue, t.tally.refused].map((n, i) => (
                    <td key={headers[i + 1]} className="govuk-table__cell govuk-table__cell--numeric">{n}</td>
                  ))}
                  <td className="govuk-table__cell govuk-table__cell--numeric">{percent(t.percentDone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </TableScroll>
          <p className="govuk-body">
            {`Across the authority: ${c.total.required} checks required, ${c.total.done} done, ${c.total.overdue} overdue, ${c.total.refused} refused.`}
          </p>
        </>
      )}
    </PageLayout>
  );
}
