import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { formatDateTime } from '../concerns/concern-labels';
import { holdsAny } from '../concerns/concern-roles';
import { Checkboxes, TextArea, TextField } from '../concerns/form-fields';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { CAMPAIGNS, CREATE_CAMPAIGN, LINKABLE_REPORTS } from './pressure-campaign-queries';
import { PRESSURE_ACKNOWLEDGING_ROLES, PRESSURE_CATEGORY_LABELS } from './pressure-labels';
import { type CampaignForm, campaignProblems } from './pressure-workflow';
import { TableScroll } from '../layout/table-scroll';

const PAGE_SIZE = 25;

/** The authority's campaigns (/pressure/campaigns), newest first: for its team and HMI only. */
export function PressureCampaignsPage() {
  const me = useMe();
  const [params] = useSearchParams();
  const after = params.get('after') ?? undefined;
  const { data, error } = useQuery(CAMPAIGNS, { variables: { first: PAGE_SIZE, after }, fetchPolicy: 'network-only' });
  const code = errorCode(error);
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return <NoAccessPage />;
  const campaigns = data?.pressureCampaigns.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.pressureCampaigns.pageInfo;
  return (
    <PageLayout title="Campaigns">
      <Link to="/pressure" className="govuk-back-link">Back to reports</Link>
      <PageHeading>Campaigns</PageHeading>
      <p className="govuk-body">
        Reports from different schools linked because the same group, post or campaign is behind them. Each linked school sees the campaign’s
        name and description and how many schools it affects, never which.
      </p>
      {holdsAny(me, PRESSURE_ACKNOWLEDGING_ROLES) && (
        <Link to="/pressure/campaigns/new" className="govuk-button" role="button" draggable={false}>Link reports into a campaign</Link>
      )}
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {data && !campaigns.length && <p className="govuk-body">There are no campaigns yet.</p>}
      {campaigns.length > 0 && (
        <TableScroll label="Campaigns, newest first">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Campaigns, newest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Campaign</th>
              <th scope="col" className="govuk-table__header">Created</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Reports</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Schools</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {campaigns.map((c) => (
              <tr className="govuk-table__row" key={c.id}>
                <td className="govuk-table__cell"><Link className="govuk-link" to={`/pressure/campaigns/${c.id}`}>{c.name}</Link></td>
                <td className="govuk-table__cell">{formatDateTime(c.createdAt)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{c.reportsLinked}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{c.schoolsAffected}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      )}
      {pageInfo?.hasNextPage && pageInfo.endCursor && (
        <nav className="govuk-pagination govuk-pagination--block" aria-label="Pages of campaigns">
          <div className="govuk-pagination__next">
            <Link className="govuk-link govuk-pagination__link" rel="next" to={`/pressure/campaigns?after=${encodeURIComponent(pageInfo.endCursor)}`}>
              <span className="govuk-pagination__link-title">Next page</span>
            </Link>
          </div>
        </nav>
      )}
    </PageLayout>
  );
}

const CAMPAIGN_FIELDS: Record<string, string> = { name: 'campaign-name', description: 'campaign-description', reportIds: 'campaign-reports' };

/** "Link reports into a campaign" (/pressure/campaigns/new): a name, what links them, and two or more reports not in one yet. */
export function NewPressureCampaignPage() {
  const navigate = useNavigate();
  const { data, error } = useQuery(LINKABLE_REPORTS, { fetchPolicy: 'network-only' });
  const [create, creating] = useMutation(CREATE_CAMPAIGN);
  const [form, setForm] = useState<CampaignForm>({ name: '', description: '', reportIds: [] });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const code = errorCode(error);
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND') return <NoAccessPage />;
  const linkable = (data?.pressureReports.edges.map((e) => e.node) ?? []).filter((r) => !r.campaignId);
  const errorFor = (id: string) => errors.find((e) => e.field === id)?.message;

  async function onSubmit() {
    const problems = campaignProblems(form);
    if (problems.length) return setErrors(problems);
    try {
      const result = await create({ variables: { input: form } });
      void navigate(`/pressure/campaigns/${result.data!.createPressureCampaign.id}`, { state: { created: true } });
    } catch (e) {
      const first = CombinedGraphQLErrors.is(e) ? e.errors[0] : undefined;
      const named = String(first?.extensions?.field ?? '').replace(/^input\./, '').split('.')[0];
      setErrors([{ field: CAMPAIGN_FIELDS[named] ?? 'campaign-name', message: first?.message ?? 'Sorry, there is a problem with the service. Try again later.' }]);
    }
  }

  const title = 'Link reports into a campaign';
  return (
    <PageLayout title={errors.length ? `Error: ${title}` : title}>
      <Link to="/pressure/campaigns" className="govuk-back-link">Back to campaigns</Link>
      <ErrorSummary errors={errors} />
      <PageHeading>{title}</PageHeading>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {data && (
        <form noValidate onSubmit={(e) => { e.preventDefault(); void onSubmit(); }}>
          <TextField id="campaign-name" label="Name" hint="Every linked school sees it: name no school. For example, Leaflets against RSE lessons, spring term."
            value={form.name} onChange={(name) => setForm((f) => ({ ...f, name }))} error={errorFor('campaign-name')} />
          <TextArea id="campaign-description" label="What links the reports" hint="The same group, the same online post… Every linked school reads this." rows={4}
            value={form.description} onChange={(description) => setForm((f) => ({ ...f, description }))} error={errorFor('campaign-description')} />
          {linkable.length
            ? <Checkboxes id="campaign-reports" legend="Which reports does it link?" hint="Select at least two. Reports already in a campaign are not listed."
                values={form.reportIds} onChange={(reportIds) => setForm((f) => ({ ...f, reportIds }))} error={errorFor('campaign-reports')}
                options={linkable.map((r) => ({ value: r.id, label: `${r.reference}: ${r.school.name}, ${PRESSURE_CATEGORY_LABELS[r.category]}, sent ${formatDateTime(r.submittedAt)}` }))} />
            : <p className="govuk-body">Every recent report is already in a campaign.</p>}
          <button type="submit" className="govuk-button" disabled={creating.loading}>Create campaign</button>
        </form>
      )}
    </PageLayout>
  );
}
