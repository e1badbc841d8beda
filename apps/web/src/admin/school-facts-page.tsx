import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { TYPE_GROUP_LABELS } from './admin-labels';
import { ADMIN_SCHOOL } from './admin-queries';

/** A school's facts as GIAS publishes them, as the last import left them. */
export function SchoolFactsPage() {
  const { schoolId = '' } = useParams();
  const { data, error } = useQuery(ADMIN_SCHOOL, { variables: { id: schoolId }, fetchPolicy: 'network-only' });
  const code = errorCode(error);
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return <NoAccessPage />;
  const school = data?.school;
  const facts: Array<[string, string]> = school
    ? [
        ['URN', String(school.urn)],
        ['Local authority', `${school.localAuthority.name} (${school.localAuthority.code})`],
        ['Type of establishment', school.establishmentType],
        ['Type group', TYPE_GROUP_LABELS[school.typeGroup]],
        ['Phase of education', school.phase ?? 'Not applicable'],
        ['GIAS status', school.status],
        ['Postcode', school.postcode ?? 'Not given'],
      ]
    : [];
  return (
    <PageLayout title={school?.name ?? 'School'}>
      <Link className="govuk-back-link" to="/admin/organisations">Back to organisations</Link>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {school && (
        <>
          <PageHeading caption="School, from GIAS">{school.name}</PageHeading>
          <dl className="govuk-summary-list">
            {facts.map(([key, value]) => (
              <div className="govuk-summary-list__row" key={key}>
                <dt className="govuk-summary-list__key">{key}</dt>
                <dd className="govuk-summary-list__value">{value}</dd>
              </div>
            ))}
          </dl>
          <p className="govuk-body">
            These facts change only through a GIAS import. <Link className="govuk-link" to="/admin/gias-imports">See GIAS imports</Link>
          </p>
        </>
      )}
    </PageLayout>
  );
}
