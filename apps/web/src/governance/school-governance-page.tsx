import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { type Me, useMe } from '../auth/require-session';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { formatDate } from '../register/register-labels';
import { CATEGORY_LABELS } from './appointment-form';
import { canRecordGovernance, governancePath } from './governance-access';
import { CHECK_KIND_LABELS, CheckStateTag, GOVERNANCE_KEEPING_ROLES, RagTag, ROLE_LABELS, SCHOOL_TYPE_LABELS } from './governance-labels';
import { SCHOOL_GOVERNANCE } from './governance-queries';
import { SuccessBanner } from '../layout/success-banner';
import { TableScroll } from '../layout/table-scroll';

/** The school whose governance record the signed-in headteacher or clerk keeps, if any. */
export function keptSchool(me: Me): { id: string; name: string } | null {
  return me.memberships.find((m) => GOVERNANCE_KEEPING_ROLES.includes(m.role) && m.school)?.school ?? null;
}

/** The school a governance page is about: the one in the address, else the one the person keeps. */
export function useGovernanceSchoolId(): string | null {
  const { schoolId } = useParams();
  const me = useMe();
  return schoolId ?? keptSchool(me)?.id ?? null;
}

/**
 * A school's governance record: who governs it and where each required suitability check stands.
 * At /governance for the school's own headteacher and clerk; at /schools/:id/governance for the
 * council's team and HMI (the api refuses anyone else, and the page then says so).
 */
export function SchoolGovernancePage() {
  const me = useMe();
  const schoolId = useGovernanceSchoolId();
  const [params] = useSearchParams();
  const includeEnded = params.get('ended') === 'yes';
  const recorded = (useLocation().state as { recorded?: string } | null)?.recorded;
  const { data, error } = useQuery(SCHOOL_GOVERNANCE, {
    variables: { schoolId: schoolId ?? '', includeEnded }, skip: !schoolId, fetchPolicy: 'network-only',
  });
  if (!schoolId || ['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'].includes(errorCode(error) ?? '')) return <NoAccessPage />;
  const own = keptSchool(me)?.id === schoolId;
  const title = own ? 'Your school’s governance record' : 'Governance record';
  const g = data?.schoolGovernance;
  const base = governancePath(me.memberships, schoolId);
  const recording = g ? canRecordGovernance(me.memberships, schoolId, g.schoolTypeGroup) : false;
  return (
    <PageLayout title={title}>
      {recorded && (
        <SuccessBanner id="recorded" message={recorded} />
      )}
      <PageHeading caption={g?.schoolName}>{title}</PageHeading>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {g && (
        <>
          <dl className="govuk-summary-list">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Type of school</dt>
              <dd className="govuk-summary-list__value">{SCHOOL_TYPE_LABELS[g.schoolTypeGroup]}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Overall</dt>
              <dd className="govuk-summary-list__value"><RagTag rag={g.rag} /></dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Required checks</dt>
              <dd className="govuk-summary-list__value">
                {`${g.tally.required} required: ${g.tally.done} done, ${g.tally.due} due, ${g.tally.overdue} overdue, ${g.tally.refused} refused`}
              </dd>
            </div>
          </dl>
          {recording && (
            <div className="govuk-button-group">
              <Link className="govuk-button" to={`${base}/appointments/new`}>Add someone who governs</Link>
              <Link className="govuk-button govuk-button--secondary" to={`${base}/import`}>Import a single central record</Link>
            </div>
          )}
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to={`/schools/${schoolId}/prevent`}>Prevent duty record</Link>
            </li>
            {own && (
              <li>
                <Link className="govuk-link" to={`/schools/${schoolId}/safeguarding-return`}>Termly safeguarding return</Link>
              </li>
            )}
            <li>
              <Link className="govuk-link" to={includeEnded ? base : `${base}?ended=yes`}>
                {includeEnded ? 'Show only those governing now' : 'Also show those who have stopped governing'}
              </Link>
            </li>
          </ul>
          {!g.appointments.length && <p className="govuk-body">No one who governs the school is on record yet.</p>}
          {g.appointments.map((a) => (
            <section key={a.id} className="govuk-summary-card" aria-labelledby={`appointment-${a.id}`}>
              <div className="govuk-summary-card__title-wrapper">
                <h2 className="govuk-summary-card__title" id={`appointment-${a.id}`}>{a.person.fullName}</h2>
                {recording && !a.endedOn && (
                  <ul className="govuk-summary-card__actions">
                    <li className="govuk-summary-card__action">
                      <Link className="govuk-link" to={`${base}/appointments/${a.id}/record-check`}>
                        Record a check<span className="govuk-visually-hidden"> for {a.person.fullName}</span>
                      </Link>
                    </li>
                    <li className="govuk-summary-card__action">
                      <Link className="govuk-link" to={`${base}/appointments/${a.id}/change`}>
                        Change<span className="govuk-visually-hidden"> the appointment of {a.person.fullName}</span>
                      </Link>
                    </li>
                  </ul>
                )}
              </div>
              <div className="govuk-summary-card__content">
                <p className="govuk-body">
                  {`${a.governorCategory ? CATEGORY_LABELS[a.governorCategory] : ROLE_LABELS[a.role]}${a.isChair ? ' (chair)' : ''}${a.trustName ? `, ${a.trustName}` : ''}. Appointed ${formatDate(a.appointedOn)}${a.termEndsOn ? `, term ends ${formatDate(a.termEndsOn)}` : ''}.`}
                  {a.inRegulatedActivity && ' In regulated activity.'}
                  {a.person.livedOrWorkedAbroad && ' Has lived or worked outside the UK.'}
                </p>
                {a.endedOn && (
                  <p className="govuk-body"><strong className="govuk-tag govuk-tag--grey">{`Stopped governing ${formatDate(a.endedOn)}`}</strong></p>
                )}
                <TableScroll label={`Required checks for ${a.person.fullName}`}>
                <table className="govuk-table">
                  <caption className="govuk-table__caption govuk-visually-hidden">{`Required checks for ${a.person.fullName}`}</caption>
                  <thead className="govuk-table__head">
                    <tr className="govuk-table__row">
                      <th scope="col" className="govuk-table__header">Check</th>
                      <th scope="col" className="govuk-table__header">Status</th>
                      <th scope="col" className="govuk-table__header">Due by</th>
                      <th scope="col" className="govuk-table__header">Done on</th>
                    </tr>
                  </thead>
                  <tbody className="govuk-table__body">
                    {a.requiredChecks.map((c) => (
                      <tr className="govuk-table__row" key={c.check}>
                        <th scope="row" className="govuk-table__header">{CHECK_KIND_LABELS[c.check]}</th>
                        <td className="govuk-table__cell"><CheckStateTag state={c.state} doneOn={c.doneOn} /></td>
                        <td className="govuk-table__cell">{formatDate(c.dueOn)}</td>
                        <td className="govuk-table__cell">{formatDate(c.doneOn)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                </TableScroll>
              </div>
            </section>
          ))}
        </>
      )}
    </PageLayout>
  );
}
