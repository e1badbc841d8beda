import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { formatDateTime } from '../concerns/concern-labels';
import { holdsAny } from '../concerns/concern-roles';
import { Checkboxes } from '../concerns/form-fields';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { CAMPAIGN, LINK_REPORTS, LINKABLE_REPORTS, UNLINK_REPORT } from './pressure-campaign-queries';
import { PRESSURE_ACKNOWLEDGING_ROLES, PRESSURE_CATEGORY_LABELS, PressureStatusTag } from './pressure-labels';
import { monthLabel } from './pressure-trends';
import { SuccessBanner } from '../layout/success-banner';
import { TableScroll } from '../layout/table-scroll';

const message = (e: unknown) => (CombinedGraphQLErrors.is(e) ? e.errors[0]?.message : undefined) ?? 'Sorry, there is a problem with the service. Try again later.';

/**
 * One campaign (/pressure/campaigns/:campaignId): what links its reports and, for the authority's
 * team and HMI, every linked report; officers and managers link more reports or take one out.
 * A school whose report is linked sees the campaign without the other schools.
 */
export function PressureCampaignPage() {
  const { campaignId = '' } = useParams();
  const me = useMe();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created;
  const council = holdsAny(me, PRESSURE_ACKNOWLEDGING_ROLES);
  const { data, error, refetch } = useQuery(CAMPAIGN, { variables: { id: campaignId }, fetchPolicy: 'network-only' });
  const linkable = useQuery(LINKABLE_REPORTS, { skip: !council, fetchPolicy: 'network-only' });
  const [link, linking] = useMutation(LINK_REPORTS);
  const [unlink, unlinking] = useMutation(UNLINK_REPORT);
  const [chosen, setChosen] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [notice, setNotice] = useState(created ? 'Campaign created. Each linked school has been told it is not alone.' : '');
  const code = errorCode(error);
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return <NoAccessPage />;
  if (error && !data) return <PageLayout title="Campaign"><ServiceProblem message={error.message} /></PageLayout>;
  if (!data) return <PageLayout title="Campaign"><Loading /></PageLayout>;
  const c = data.pressureCampaign;
  const unlinked = (linkable.data?.pressureReports.edges.map((e) => e.node) ?? []).filter((r) => !r.campaignId);

  async function after(action: () => Promise<unknown>, done: string, field: string) {
    try {
      await action();
      // The notice waits for the lists, so that what it says is what the page shows.
      await Promise.all([refetch(), linkable.refetch()]);
      setErrors([]);
      setNotice(done);
    } catch (e) {
      setNotice('');
      setErrors([{ field, message: message(e) }]);
    }
  }

  function onLink() {
    if (!chosen.length) return setErrors([{ field: 'link-reports', message: 'Select the reports to link' }]);
    void after(async () => {
      await link({ variables: { input: { campaignId: c.id, reportIds: chosen } } });
      setChosen([]);
    }, `${chosen.length === 1 ? '1 report' : `${chosen.length} reports`} linked to the campaign. Their schools have been told.`, 'link-reports');
  }

  return (
    <PageLayout title={errors.length ? `Error: ${c.name}` : c.name}>
      <Link to={council || holdsAny(me, ['HMI']) ? '/pressure/campaigns' : '/pressure'} className="govuk-back-link">
        {council || holdsAny(me, ['HMI']) ? 'Back to campaigns' : 'Back to reports'}
      </Link>
      <ErrorSummary errors={errors} />
      {notice && (
        <SuccessBanner id="campaign-notice" message={notice} />
      )}
      <PageHeading caption="Campaign">{c.name}</PageHeading>
      <p className="govuk-body">{c.description}</p>
      <p className="govuk-body">
        {`${c.reportsLinked} ${c.reportsLinked === 1 ? 'report' : 'reports'} from ${c.schoolsAffected} ${c.schoolsAffected === 1 ? 'school' : 'schools'}. Created ${formatDateTime(c.createdAt)}.`}
      </p>
      {c.reports && (
        <TableScroll label="Linked reports">
        <table className="govuk-table" id="linked-reports">
          <caption className="govuk-table__caption govuk-table__caption--m">Linked reports</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Reference</th>
              <th scope="col" className="govuk-table__header">School</th>
              <th scope="col" className="govuk-table__header">What kind</th>
              <th scope="col" className="govuk-table__header">Status</th>
              {council && <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Take out</span></th>}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {c.reports.map((r) => (
              <tr className="govuk-table__row" key={r.id}>
                <td className="govuk-table__cell"><Link className="govuk-link" to={`/pressure/${r.id}`}>{r.reference}</Link></td>
                <td className="govuk-table__cell">{r.school.name}</td>
                <td className="govuk-table__cell">{PRESSURE_CATEGORY_LABELS[r.category]}</td>
                <td className="govuk-table__cell"><PressureStatusTag status={r.status} /></td>
                {council && (
                  <td className="govuk-table__cell">
                    <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" disabled={unlinking.loading}
                      onClick={() => void after(() => unlink({ variables: { input: { reportId: r.id } } }), `Report ${r.reference} was taken out of the campaign.`, 'linked-reports')}>
                      Take out<span className="govuk-visually-hidden">{` report ${r.reference}`}</span>
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      )}
      {!c.reports && c.sharedReports.length > 0 && (
        <>
          <h2 className="govuk-heading-m">What other schools shared</h2>
          <ul className="govuk-list">
            {c.sharedReports.map((s) => <li key={s.shareKey}>{`${monthLabel(s.month)}, ${PRESSURE_CATEGORY_LABELS[s.category]}: ${s.summary}`}</li>)}
          </ul>
        </>
      )}
      {council && linkable.data && (
        <form noValidate onSubmit={(e) => { e.preventDefault(); onLink(); }}>
          <h2 className="govuk-heading-m">Link more reports</h2>
          {unlinked.length
            ? <Checkboxes id="link-reports" legend="Which reports?" hint="Reports already in a campaign are not listed." values={chosen} onChange={setChosen}
                error={errors.find((e) => e.field === 'link-reports')?.message}
                options={unlinked.map((r) => ({ value: r.id, label: `${r.reference}: ${r.school.name}, ${PRESSURE_CATEGORY_LABELS[r.category]}` }))} />
            : <p className="govuk-body">Every recent report is already in a campaign.</p>}
          {unlinked.length > 0 && <button type="submit" className="govuk-button govuk-button--secondary" disabled={linking.loading}>Link reports</button>}
        </form>
      )}
    </PageLayout>
  );
}
