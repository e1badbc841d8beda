import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { errorCode } from '../api/apollo';
import type { AssignmentReason } from '../graphql/generated/graphql';
import { ErrorSummary, type FieldError, FieldErrorMessage } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { DateInput, emptyDate, errorFor, FormGroup, isoDate, Radios, refusalOf, TextArea } from '../register/register-form';
import { REASON_LABELS } from './admin-labels';
import { londonToday, MEMBERSHIP_STATE_LABELS, membershipState } from './admin-logic';
import { ASSIGN_HMI, END_HMI_ASSIGNMENT, HMI_ASSIGNMENTS } from './admin-queries';
import { SuccessBanner } from '../layout/success-banner';
import { TableScroll } from '../layout/table-scroll';

const FIELDS = ['userId', 'localAuthorityId', 'startsOn', 'endsOn', 'reason', 'reasonNote'];

/** Which inspector covers which local authority, and when; ADMIN assigns one for a period. */
export function HmiAssignmentsPage() {
  const { data, error, refetch } = useQuery(HMI_ASSIGNMENTS, { fetchPolicy: 'network-only' });
  const [assign, { loading }] = useMutation(ASSIGN_HMI);
  const [form, setForm] = useState({ userId: '', localAuthorityId: '', reason: '', reasonNote: '' });
  const [startsOn, setStartsOn] = useState(emptyDate);
  const [endsOn, setEndsOn] = useState(emptyDate);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [confirmation, setConfirmation] = useState('');
  const [endAssignment, ending] = useMutation(END_HMI_ASSIGNMENT);
  const [confirmingEnd, setConfirmingEnd] = useState<string | null>(null);
  if (errorCode(error) === 'FORBIDDEN') return <NoAccessPage />;
  const set = (field: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const inspectors = new Map(data?.users.edges.map(({ node }) => [node.id, node.displayName]) ?? []);
  const authorities = new Map(data?.localAuthorities.map((la) => [la.id, la.name]) ?? []);
  const today = londonToday();

  async function end(id: string) {
    setErrors([]);
    setConfirmation('');
    try {
      await endAssignment({ variables: { input: { assignmentId: id } } });
      setConfirmingEnd(null);
      setConfirmation('Assignment ended: the inspector’s access to that authority stopped');
      await refetch();
    } catch (refusal) {
      setErrors([refusalOf(refusal, `end-${id}`)]);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const [first, last] = [isoDate(startsOn), isoDate(endsOn)];
    const found: FieldError[] = [];
    if (!form.userId) found.push({ field: 'userId', message: 'Select the inspector' });
    if (!form.localAuthorityId) found.push({ field: 'localAuthorityId', message: 'Select the local authority' });
    if (!first) found.push({ field: 'startsOn', message: 'Enter the first day, for example 1 9 2026' });
    if (!last) found.push({ field: 'endsOn', message: 'Enter the last day, for example 31 8 2027' });
    if (!form.reason) found.push({ field: 'reason', message: 'Select why the inspector is assigned' });
    if (form.reason === 'OTHER' && !form.reasonNote.trim()) found.push({ field: 'reasonNote', message: 'Enter the reason' });
    setErrors(found);
    setConfirmation('');
    if (found.length) return;
    try {
      await assign({
        variables: {
          input: {
            userId: form.userId, localAuthorityId: form.localAuthorityId, startsOn: first!, endsOn: last!,
            reason: form.reason as AssignmentReason, reasonNote: form.reasonNote.trim() || undefined,
          },
        },
      });
      setConfirmation(`${inspectors.get(form.userId)} assigned to ${authorities.get(form.localAuthorityId)}`);
      await refetch();
    } catch (refusal) {
      setErrors([refusalOf(refusal, 'userId', FIELDS)]);
    }
  }

  return (
    <PageLayout title={errors.length ? 'Error: HMI assignments' : 'HMI assignments'}>
      <Link className="govuk-back-link" to="/admin">Back to users</Link>
      <ErrorSummary errors={errors} />
      {confirmation && (
        <SuccessBanner id="assigned" message={confirmation} />
      )}
      <PageHeading caption="Administration">HMI assignments</PageHeading>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {data && (
        <>
          {data.hmiAssignments.length === 0 ? (
            <p className="govuk-body">No inspector is assigned to any local authority.</p>
          ) : (
            <TableScroll label="Assignments">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--m">Assignments</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Inspector</th>
                  <th scope="col" className="govuk-table__header">Local authority</th>
                  <th scope="col" className="govuk-table__header">From</th>
                  <th scope="col" className="govuk-table__header">To</th>
                  <th scope="col" className="govuk-table__header">Reason</th>
                  <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Actions</span></th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {data.hmiAssignments.map((a) => (
                  <tr className="govuk-table__row" key={a.id}>
                    <td className="govuk-table__cell">{inspectors.get(a.userId) ?? 'An inspector no longer listed'}</td>
                    <td className="govuk-table__cell">{authorities.get(a.localAuthorityId) ?? a.localAuthorityId}</td>
                    <td className="govuk-table__cell">{a.startsOn}</td>
                    <td className="govuk-table__cell">{a.endsOn}</td>
                    <td className="govuk-table__cell">{REASON_LABELS[a.reason]}{a.reasonNote && `: ${a.reasonNote}`}</td>
                    <td className="govuk-table__cell">
                      {membershipState(a, today) !== 'CURRENT' ? (
                        <strong className={`govuk-tag ${MEMBERSHIP_STATE_LABELS[membershipState(a, today)].tag}`}>{MEMBERSHIP_STATE_LABELS[membershipState(a, today)].text}</strong>
                      ) : confirmingEnd === a.id ? (
                        <div className="govuk-button-group govuk-!-margin-bottom-0">
                          <button type="button" id={`end-${a.id}`} className="govuk-button govuk-button--warning govuk-!-margin-bottom-0" disabled={ending.loading} onClick={() => void end(a.id)}>
                            Yes, end it<span className="govuk-visually-hidden"> ({inspectors.get(a.userId)}, {authorities.get(a.localAuthorityId)})</span>
                          </button>
                          <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => setConfirmingEnd(null)}>Keep it</button>
                        </div>
                      ) : (
                        <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => setConfirmingEnd(a.id)}>
                          End<span className="govuk-visually-hidden"> assignment of {inspectors.get(a.userId)} to {authorities.get(a.localAuthorityId)}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            </TableScroll>
          )}
          <h2 className="govuk-heading-m">Assign an inspector</h2>
          <form onSubmit={submit} noValidate>
            <FormGroup error={errorFor(errors, 'userId')}>
              <label className="govuk-label" htmlFor="userId">Inspector</label>
              <FieldErrorMessage id="userId" error={errorFor(errors, 'userId')} />
              <select className="govuk-select" id="userId" name="userId" value={form.userId} onChange={(e) => set('userId')(e.target.value)}
                aria-describedby={errorFor(errors, 'userId') ? 'userId-error' : undefined}>
                <option value="">Choose</option>
                {data.users.edges.map(({ node }) => <option key={node.id} value={node.id}>{node.displayName} ({node.email})</option>)}
              </select>
            </FormGroup>
            <FormGroup error={errorFor(errors, 'localAuthorityId')}>
              <label className="govuk-label" htmlFor="localAuthorityId">Local authority</label>
              <FieldErrorMessage id="localAuthorityId" error={errorFor(errors, 'localAuthorityId')} />
              <select className="govuk-select" id="localAuthorityId" name="localAuthorityId" value={form.localAuthorityId}
                onChange={(e) => set('localAuthorityId')(e.target.value)} aria-describedby={errorFor(errors, 'localAuthorityId') ? 'localAuthorityId-error' : undefined}>
                <option value="">Choose</option>
                {data.localAuthorities.map((la) => <option key={la.id} value={la.id}>{la.name} ({la.code})</option>)}
              </select>
            </FormGroup>
            <DateInput id="startsOn" legend="First day" hint="For example, 1 9 2026" value={startsOn} onChange={setStartsOn} error={errorFor(errors, 'startsOn')} />
            <DateInput id="endsOn" legend="Last day" hint="For example, 31 8 2027" value={endsOn} onChange={setEndsOn} error={errorFor(errors, 'endsOn')} />
            <Radios id="reason" legend="Why is the inspector assigned?" options={REASON_LABELS} value={form.reason} onChange={set('reason')} error={errorFor(errors, 'reason')} small />
            {form.reason === 'OTHER' && (
              <TextArea id="reasonNote" label="The reason" value={form.reasonNote} onChange={set('reasonNote')} error={errorFor(errors, 'reasonNote')} rows={3} />
            )}
            <button type="submit" className="govuk-button" disabled={loading}>Assign inspector</button>
          </form>
        </>
      )}
    </PageLayout>
  );
}
