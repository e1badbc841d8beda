import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { formatDateTime } from '../concerns/concern-labels';
import { graphql } from '../graphql/generated';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { SuccessBanner } from '../layout/success-banner';
import { TableScroll } from '../layout/table-scroll';

const DELEGATES = graphql(`
  query PressureDelegates {
    pressureDelegates { userId displayName roles named namedAt }
  }
`);

const NAME = graphql(`
  mutation NamePressureDelegate($input: PressureDelegateInput!) {
    namePressureDelegate(input: $input) { userId named namedAt }
  }
`);

const REMOVE = graphql(`
  mutation RemovePressureDelegate($input: PressureDelegateInput!) {
    removePressureDelegate(input: $input) { userId named namedAt }
  }
`);

const ROLE_WORDS: Record<string, string> = { DSL: 'Designated safeguarding lead', GOVERNANCE_CLERK: 'Governance clerk' };

/**
 * "Who reports for your school" (/pressure/delegates): the school's DSLs and governance clerks, and
 * which of them the headteacher named to report intimidation and pressure and read its reports.
 * Only the headteacher names and removes; named delegates see the list.
 */
export function PressureDelegatesPage() {
  const me = useMe();
  const head = me.memberships.some((m) => m.role === 'HEADTEACHER');
  const { data, error, refetch } = useQuery(DELEGATES, { fetchPolicy: 'network-only' });
  const [name, naming] = useMutation(NAME);
  const [remove, removing] = useMutation(REMOVE);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [notice, setNotice] = useState('');
  const code = errorCode(error);
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return <NoAccessPage />;

  async function change(userId: string, displayName: string, named: boolean) {
    try {
      if (named) await remove({ variables: { input: { userId } } });
      else await name({ variables: { input: { userId } } });
      setErrors([]);
      setNotice(named ? `${displayName} no longer reports for your school. They have been told.` : `${displayName} now reports for your school and reads its reports. They have been told.`);
      await refetch();
    } catch (e) {
      const first = CombinedGraphQLErrors.is(e) ? e.errors[0] : undefined;
      setNotice('');
      setErrors([{ field: `delegate-${userId}`, message: first?.message ?? 'Sorry, there is a problem with the service. Try again later.' }]);
    }
  }

  const title = 'Who reports for your school';
  const people = data?.pressureDelegates ?? [];
  return (
    <PageLayout title={errors.length ? `Error: ${title}` : title}>
      <Link to="/pressure" className="govuk-back-link">Back to reports</Link>
      <ErrorSummary errors={errors} />
      <PageHeading>{title}</PageHeading>
      <p className="govuk-body">
        The headteacher always reports intimidation and pressure for the school. You can name your designated safeguarding leads and
        governance clerks to report too: they then read all the school’s reports.
      </p>
      {notice && (
        <SuccessBanner id="delegates-notice" message={notice} />
      )}
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {data && !people.length && <p className="govuk-body">Your school has no designated safeguarding leads or governance clerks in the portal.</p>}
      {people.length > 0 && (
        <TableScroll label="DSLs and governance clerks">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">DSLs and governance clerks</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Name</th>
              <th scope="col" className="govuk-table__header">Role</th>
              <th scope="col" className="govuk-table__header">Reports for the school</th>
              {head && <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Change</span></th>}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {people.map((p) => (
              <tr className="govuk-table__row" key={p.userId} id={`delegate-${p.userId}`} tabIndex={-1}>
                <td className="govuk-table__cell">{p.displayName}</td>
                <td className="govuk-table__cell">{p.roles.map((r) => ROLE_WORDS[r] ?? r).join(', ')}</td>
                <td className="govuk-table__cell">
                  {p.named
                    ? <><strong className="govuk-tag govuk-tag--green">Named</strong>{p.namedAt ? ` since ${formatDateTime(p.namedAt)}` : ''}</>
                    : <strong className="govuk-tag govuk-tag--grey">Not named</strong>}
                </td>
                {head && (
                  <td className="govuk-table__cell">
                    <button type="button" className={`govuk-button govuk-!-margin-bottom-0${p.named ? ' govuk-button--warning' : ' govuk-button--secondary'}`}
                      disabled={naming.loading || removing.loading} onClick={() => void change(p.userId, p.displayName, p.named)}>
                      {p.named ? 'Remove' : 'Name'}<span className="govuk-visually-hidden">{` ${p.displayName}`}</span>
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      )}
    </PageLayout>
  );
}
