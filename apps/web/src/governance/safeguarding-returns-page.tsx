import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { formatDateTime } from '../concerns/concern-labels';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { refusalOf } from '../register/register-form';
import { formatDate } from '../register/register-labels';
import { canChaseReturns } from './governance-access';
import { SCHOOL_TYPE_LABELS } from './governance-labels';
import { CHASE_RETURN, SAFEGUARDING_RETURNS } from './governance-queries';
import { SuccessBanner } from '../layout/success-banner';
import { TableScroll } from '../layout/table-scroll';

const FILTERS: Array<[string, string]> = [['', 'All schools'], ['no', 'Not returned'], ['yes', 'Returned']];

/**
 * The authority's termly safeguarding returns: who has returned and who has not, the figures added
 * up, and (for officers and managers) chasing a school whose return is missing. HMI read it.
 */
export function SafeguardingReturnsPage() {
  const me = useMe();
  const [params] = useSearchParams();
  const filter = params.get('returned') ?? '';
  const after = params.get('after') ?? undefined;
  const returned = filter === 'yes' ? true : filter === 'no' ? false : undefined;
  const { data, error, refetch } = useQuery(SAFEGUARDING_RETURNS, { variables: { after, returned }, fetchPolicy: 'network-only' });
  const [chase, chasing] = useMutation(CHASE_RETURN);
  const [chased, setChased] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  if (['FORBIDDEN', 'NOT_FOUND'].includes(errorCode(error) ?? '')) return <NoAccessPage />;
  const title = 'Termly safeguarding returns';
  const r = data?.safeguardingReturns;
  const schools = r?.schools.edges.map((e) => e.node) ?? [];
  const chaser = canChaseReturns(me.memberships);

  async function onChase(schoolId: string, name: string) {
    setErrors([]);
    setChased(null);
    try {
      const result = await chase({ variables: { input: { schoolId } } });
      const n = result.data!.chaseSafeguardingReturn.recipients;
      await refetch();
      setChased(n ? `${name} chased: ${n} ${n === 1 ? 'person was' : 'people were'} told the return is missing` : `${name} chased, but no one at the school is on the portal to tell`);
    } catch (e) {
      setErrors([{ ...refusalOf(e, `chase-${schoolId}`), field: `chase-${schoolId}` }]);
    }
  }

  return (
    <PageLayout title={title}>
      <ErrorSummary errors={errors} />
      {chased && (
        <SuccessBanner id="chased" message={chased} />
      )}
      <PageHeading caption={r?.termLabel}>{title}</PageHeading>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {r && (
        <>
          <p className="govuk-body">{`${r.termLabel}, ${formatDate(r.termStartsOn)} to ${formatDate(r.termEndsOn)}: ${r.returned} of ${r.schoolCount} schools have returned, ${r.missing} have not.`}</p>
          <dl className="govuk-summary-list">
            {([
              ['Schools reporting governance checks complete', r.totals.governanceChecksComplete],
              ['Staff with Prevent training', `${r.totals.staffPreventTrained} of ${r.totals.staffHeadcount}${r.totals.shareOfStaffTrained == null ? '' : ` (${Math.round(r.totals.shareOfStaffTrained * 100)}%)`}`],
              ['Pupils deleted from rolls', `${r.totals.deletionsFromRoll}, of whom ${r.totals.deletionsWithKnownDestination} with a known destination`],
              ['Prevent referrals', r.totals.preventReferrals],
            ] as Array<[string, string | number]>).map(([key, value]) => (
              <div className="govuk-summary-list__row" key={key}>
                <dt className="govuk-summary-list__key">{key}</dt>
                <dd className="govuk-summary-list__value">{value}</dd>
              </div>
            ))}
          </dl>
          <nav aria-label="Filter the schools">
            <p className="govuk-body">
              Show:{' '}
              {FILTERS.map(([value, text], i) => (
                <span key={value}>
                  {i > 0 && ' · '}
                  {value === filter ? <strong aria-current="true">{text}</strong> : <Link className="govuk-link" to={value ? `?returned=${value}` : '?'}>{text}</Link>}
                </span>
              ))}
            </p>
          </nav>
          {!schools.length && <p className="govuk-body">No schools to show.</p>}
          {schools.length > 0 && (
            <TableScroll label="Schools and their returns">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--m">Schools and their returns</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">School</th>
                  <th scope="col" className="govuk-table__header">Kind</th>
                  <th scope="col" className="govuk-table__header">Return</th>
                  <th scope="col" className="govuk-table__header">Chased</th>
                  {chaser && <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Action</span></th>}
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {schools.map((s) => (
                  <tr className="govuk-table__row" key={s.schoolId}>
                    <td className="govuk-table__cell">
                      <Link className="govuk-link" to={`/schools/${s.schoolId}/prevent`}>{s.schoolName}</Link> (URN {s.urn})
                    </td>
                    <td className="govuk-table__cell">{SCHOOL_TYPE_LABELS[s.typeGroup]}</td>
                    <td className="govuk-table__cell">
                      {s.returned ? (
                        <>
                          <strong className="govuk-tag govuk-tag--green">Returned</strong> {formatDateTime(s.submittedAt)}
                        </>
                      ) : (
                        <strong className="govuk-tag govuk-tag--red">Not returned</strong>
                      )}
                    </td>
                    <td className="govuk-table__cell">
                      {s.timesChased ? `${s.timesChased} ${s.timesChased === 1 ? 'time' : 'times'}, last ${formatDateTime(s.lastChasedAt)}` : 'Not chased'}
                    </td>
                    {chaser && (
                      <td className="govuk-table__cell">
                        {!s.returned && (
                          <button type="button" id={`chase-${s.schoolId}`} className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                            disabled={chasing.loading} onClick={() => void onChase(s.schoolId, s.schoolName)}>
                            Chase<span className="govuk-visually-hidden"> {s.schoolName}</span>
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
            </TableScroll>
          )}
          {r.schools.pageInfo.hasNextPage && (
            <nav className="govuk-pagination" aria-label="Pages of schools">
              <div className="govuk-pagination__next">
                <Link className="govuk-link govuk-pagination__link" rel="next"
                  to={`?${new URLSearchParams({ ...(filter ? { returned: filter } : {}), after: r.schools.pageInfo.endCursor! })}`}>
                  <span className="govuk-pagination__link-title">Next page</span>
                </Link>
              </div>
            </nav>
          )}
        </>
      )}
    </PageLayout>
  );
}
