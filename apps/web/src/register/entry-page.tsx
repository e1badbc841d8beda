import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { graphql } from '../graphql/generated';
import type { RegisterEntryQuery } from '../graphql/generated/graphql';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { AttentionText, EntryStatusTag } from './entry-summary';
import {
  DEADLINE_LABELS, ENQUIRY_LABELS, formatDate, KIND_LABELS, label, REASON_LABELS, REGISTER_WORK_ROLES, SUITABILITY_LABELS,
  VISIT_LABELS, WHEREABOUTS_LABELS,
} from './register-labels';
import { SuccessBanner } from '../layout/success-banner';
import { TableScroll } from '../layout/table-scroll';

export const REGISTER_ENTRY = graphql(`
  query RegisterEntry($id: ID!) {
    registerEntry(id: $id) {
      id
      kind
      status
      reason
      reportedOn
      summary
      flags
      believedAbroad
      closedOn
      closureReason
      closedWithoutWhereabouts
      signOffReason
      noticeReceivedOn
      lastSeenOn
      exclusionStartsOn
      exclusionEndsOn
      hoursPerWeek
      localAuthorityId
      assignedOfficerId
      provisionFrom
      provisionDescription
      child { id legalFirstName legalLastName dateOfBirth }
      deadlines { id kind dueOn metOn cancelledOn overdue }
      enquiries { id kind madeOn outcome }
      outstandingEnquiries
      whereabouts { kind locatedOn country localAuthorityCode evidence }
      visits { id kind occurredOn childSeen childSeenAlone safeguardingConcern educationSuitability notes }
    }
  }
`);

/** A child's name, or words saying the record is withheld. */
export function childName(child: { legalFirstName: string; legalLastName: string } | null | undefined): string {
  return child ? `${child.legalFirstName} ${child.legalLastName}` : 'Child (record withheld)';
}

function Row({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{name}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

/** A success banner for what the last page did (passed in the navigation's state). */
export function Confirmation() {
  const location = useLocation();
  const text = (location.state as { confirmation?: string } | null)?.confirmation;
  if (!text) return null;
  return (
    <SuccessBanner id="confirmation" message={text} />
  );
}

/** One register entry: its facts, deadlines, the CME enquiries checklist, visits, and what can be done next. */
export function EntryPage() {
  const { entryId = '' } = useParams();
  const me = useMe();
  const { data, error } = useQuery(REGISTER_ENTRY, { variables: { id: entryId }, fetchPolicy: 'network-only' });
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT') return <NoAccessPage />;
  const entry = data?.registerEntry;
  const roles = new Set(me.memberships.map((m) => m.role));
  const works = [...roles].some((r) => REGISTER_WORK_ROLES.has(r));
  const title = entry ? `${childName(entry.child)}: ${label(KIND_LABELS, entry.kind).toLowerCase()}` : 'Register entry';
  return (
    <PageLayout title={title}>
      <Link className="govuk-back-link" to="/register">Back to the register</Link>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {entry && (
        <>
          <Confirmation />
          <PageHeading caption={label(KIND_LABELS, entry.kind)}>{childName(entry.child)}</PageHeading>
          <dl className="govuk-summary-list">
            <Row name="Status"><EntryStatusTag status={entry.status} /></Row>
            {entry.child && (
              <Row name="Child">
                <Link className="govuk-link" to={`/register/children/${entry.child.id}`}>
                  {childName(entry.child)}<span className="govuk-visually-hidden">’s record and chronology</span>
                </Link>
                , born {formatDate(entry.child.dateOfBirth)}
              </Row>
            )}
            <Row name="Why opened">{label(REASON_LABELS, entry.reason)}</Row>
            <Row name="Reported">{formatDate(entry.reportedOn)}</Row>
            {entry.summary && <Row name="What the reporter knew">{entry.summary}</Row>}
            {entry.kind === 'CME' && <Row name="Believed abroad">{entry.believedAbroad ? 'Yes' : 'No'}</Row>}
            {entry.noticeReceivedOn && <Row name="Notice received">{formatDate(entry.noticeReceivedOn)}</Row>}
            {entry.kind === 'EHE' && <Row name="Last seen">{entry.lastSeenOn ? formatDate(entry.lastSeenOn) : 'Never seen by the council'}</Row>}
            {entry.exclusionStartsOn && (
              <Row name="Exclusion">
                From {formatDate(entry.exclusionStartsOn)}
                {entry.exclusionEndsOn ? ` to ${formatDate(entry.exclusionEndsOn)}` : ' (permanent)'}
              </Row>
            )}
            {entry.hoursPerWeek != null && <Row name="Hours of education a week">{entry.hoursPerWeek}</Row>}
            {entry.kind === 'EXCLUDED' && (
              <Row name="Provision">
                {entry.provisionFrom ? `From ${formatDate(entry.provisionFrom)}: ${entry.provisionDescription ?? ''}` : 'None recorded'}
              </Row>
            )}
            {works && (
              <Row name="Worked by">
                {!entry.assignedOfficerId ? 'No one yet' : entry.assignedOfficerId === me.id ? 'You' : 'Another member of the team'}
                {entry.status !== 'CLOSED' && (
                  <>
                    {' '}
                    <Link className="govuk-link" to={`/register/entries/${entry.id}/assign`}>
                      {entry.assignedOfficerId ? 'Change' : 'Assign'}<span className="govuk-visually-hidden"> who works this entry</span>
                    </Link>
                  </>
                )}
              </Row>
            )}
            <Row name="Needs attention"><AttentionText flags={entry.flags} deadlines={entry.deadlines} /></Row>
            {entry.whereabouts && (
              <Row name="Whereabouts">
                {label(WHEREABOUTS_LABELS, entry.whereabouts.kind)}
                {entry.whereabouts.country && ` (${entry.whereabouts.country})`}
                {entry.whereabouts.localAuthorityCode && ` (authority ${entry.whereabouts.localAuthorityCode})`}, located {formatDate(entry.whereabouts.locatedOn)}
              </Row>
            )}
            {entry.closureReason && (
              <Row name={entry.status === 'AWAITING_SIGN_OFF' ? 'Closure proposed because' : 'Closed because'}>{entry.closureReason}</Row>
            )}
            {entry.closedOn && (
              <Row name="Closed">
                {formatDate(entry.closedOn)}
                {entry.closedWithoutWhereabouts && ', without whereabouts, signed off by a manager'}
                {entry.signOffReason && `: ${entry.signOffReason}`}
              </Row>
            )}
          </dl>

          {works && entry.status !== 'CLOSED' && (
            <div className="govuk-button-group">
              {entry.kind === 'CME' && (entry.status === 'REPORTED' || entry.status === 'ENQUIRIES') && (
                <Link className="govuk-button" to={`/register/entries/${entry.id}/enquiries/new`}>Record an enquiry</Link>
              )}
              {entry.kind === 'CME' && !entry.whereabouts && (entry.status === 'REPORTED' || entry.status === 'ENQUIRIES') && (
                <Link className="govuk-button govuk-button--secondary" to={`/register/entries/${entry.id}/whereabouts`}>Record whereabouts</Link>
              )}
              {entry.kind !== 'CME' && (
                <Link className="govuk-button" to={`/register/entries/${entry.id}/visits/new`}>Record a visit or contact</Link>
              )}
              {entry.kind === 'EXCLUDED' && !entry.provisionFrom && (
                <Link className="govuk-button govuk-button--secondary" to={`/register/entries/${entry.id}/provision`}>Record provision</Link>
              )}
              {entry.status === 'AWAITING_SIGN_OFF' && roles.has('LA_MANAGER') && (
                <Link className="govuk-button" to={`/register/entries/${entry.id}/sign-off`}>Sign off the closure</Link>
              )}
              {entry.status !== 'AWAITING_SIGN_OFF' && (
                <Link className="govuk-button govuk-button--secondary" to={`/register/entries/${entry.id}/close`}>Close this entry</Link>
              )}
            </div>
          )}

          {entry.kind === 'CME' && <EnquiriesChecklist entry={entry} canRecord={works && (entry.status === 'REPORTED' || entry.status === 'ENQUIRIES')} />}

          {entry.visits && entry.kind !== 'CME' && (
            <>
              <h2 className="govuk-heading-m">Visits and contacts</h2>
              {!entry.visits.length && <p className="govuk-body">None recorded yet.</p>}
              {entry.visits.map((v) => (
                <div key={v.id} className="govuk-summary-card">
                  <div className="govuk-summary-card__title-wrapper">
                    <h3 className="govuk-summary-card__title">{label(VISIT_LABELS, v.kind)}, {formatDate(v.occurredOn)}</h3>
                  </div>
                  <div className="govuk-summary-card__content">
                    <dl className="govuk-summary-list">
                      <Row name="Child seen">{v.childSeen ? (v.childSeenAlone ? 'Yes, alone' : 'Yes, not alone') : 'No'}</Row>
                      <Row name="Safeguarding concern">{v.safeguardingConcern ? 'Yes' : 'No'}</Row>
                      {v.educationSuitability && <Row name="Education">{label(SUITABILITY_LABELS, v.educationSuitability)}</Row>}
                      <Row name="Notes">{v.notes}</Row>
                    </dl>
                  </div>
                </div>
              ))}
            </>
          )}

          <h2 className="govuk-heading-m">Deadlines</h2>
          {!entry.deadlines.length && <p className="govuk-body">No deadlines set.</p>}
          {entry.deadlines.length > 0 && (
            <TableScroll label="Deadlines">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-visually-hidden">Deadlines</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">What</th>
                  <th scope="col" className="govuk-table__header">Due</th>
                  <th scope="col" className="govuk-table__header">State</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {entry.deadlines.map((d) => (
                  <tr className="govuk-table__row" key={d.id}>
                    <td className="govuk-table__cell">{label(DEADLINE_LABELS, d.kind)}</td>
                    <td className="govuk-table__cell">{formatDate(d.dueOn)}</td>
                    <td className="govuk-table__cell">
                      {d.overdue ? <strong className="govuk-tag govuk-tag--red">Overdue</strong> : d.metOn ? `Met ${formatDate(d.metOn)}` : d.cancelledOn ? 'No longer needed' : 'Not yet due'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            </TableScroll>
          )}
        </>
      )}
    </PageLayout>
  );
}

type Entry = RegisterEntryQuery['registerEntry'];

/** Every mandatory enquiry with whether it is recorded and what it found: a closure needs them all. */
function EnquiriesChecklist({ entry, canRecord }: { entry: Entry; canRecord: boolean }) {
  const recorded = new Set(entry.enquiries.map((q) => q.kind));
  const outstanding = new Set(entry.outstandingEnquiries);
  const kinds = Object.keys(ENQUIRY_LABELS).filter((k) => recorded.has(k as never) || outstanding.has(k as never));
  return (
    <>
      <h2 className="govuk-heading-m">Enquiries</h2>
      <p className="govuk-body">
        {outstanding.size === 0
          ? 'Every required enquiry is recorded.'
          : `${outstanding.size} of ${kinds.length} required enquiries still to record before the entry can close without whereabouts.`}
      </p>
      <ul className="govuk-task-list" aria-label="Required enquiries">
        {kinds.map((k) => {
          const made = entry.enquiries.filter((q) => q.kind === k);
          const hintId = `enquiry-${k}-hint`;
          return (
            <li key={k} className="govuk-task-list__item govuk-task-list__item--with-link">
              <div className="govuk-task-list__name-and-hint">
                {canRecord ? (
                  <Link className="govuk-link govuk-task-list__link" to={`/register/entries/${entry.id}/enquiries/new?kind=${k}`} aria-describedby={`${made.length ? `${hintId} ` : ""}enquiry-${k}-status`}>
                    {label(ENQUIRY_LABELS, k)}
                  </Link>
                ) : (
                  <div>{label(ENQUIRY_LABELS, k)}</div>
                )}
                {made.length > 0 && (
                  <div id={hintId} className="govuk-task-list__hint">
                    {made.map((q) => `${formatDate(q.madeOn)}: ${q.outcome}`).join(' · ')}
                  </div>
                )}
              </div>
              <div className="govuk-task-list__status" id={`enquiry-${k}-status`}>
                {made.length ? 'Recorded' : <strong className="govuk-tag govuk-tag--blue">Not yet recorded</strong>}
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
