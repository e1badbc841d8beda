import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Loading } from '../layout/status-pages';
import { formatDate } from '../register/register-labels';
import { glanceFigures } from './glance-figures';
import { INSPECTION_GLANCE } from './inspection-queries';
import { TableScroll } from '../layout/table-scroll';

/**
 * The authority's headline counts today, each a link to the list of the records it counts (the
 * register, the concerns, the front door, governance checks, pressure reports), filtered the same way.
 */
export function InspectionGlance({ localAuthorityId }: { localAuthorityId: string }) {
  const { data, error } = useQuery(INSPECTION_GLANCE, { variables: { localAuthorityId }, fetchPolicy: 'network-only' });
  if (error && !data) {
    return <p className="govuk-body">Today’s counts cannot be shown just now. The termly figures below are unaffected.</p>;
  }
  if (!data) return <Loading />;
  return (
    <TableScroll label="Today’s figures">
    <table className="govuk-table app-glance">
      <caption className="govuk-table__caption govuk-table__caption--m">Today, {formatDate(data.registerDashboard.asOf)}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">What is counted</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">How many (the records behind it)</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {glanceFigures(data).map((f) => (
          <tr key={f.key} className="govuk-table__row">
            <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">{f.label}</th>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              <Link className="govuk-link govuk-!-font-weight-bold" to={f.to} data-figure={f.key}>
                {f.value}
                <span className="govuk-visually-hidden">: {f.label}, see the records</span>
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </TableScroll>
  );
}
