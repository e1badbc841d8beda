import { Link } from 'react-router';
import { PageHeading, PageLayout } from './page-layout';

/**
 * Shown for a record the api refuses (FORBIDDEN) or will not admit exists (NOT_FOUND): the words
 * are the same for both, so the page tells nobody whether another school's record exists.
 */
export function NoAccessPage() {
  return (
    <PageLayout title="You do not have access to this page">
      <PageHeading>You do not have access to this page</PageHeading>
      <p className="govuk-body">It may belong to another school or council, or you may no longer take part in it.</p>
      <p className="govuk-body">
        If you think you should have access, ask your organisation’s administrator or the person who shared the link.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to your home page
        </Link>
      </p>
    </PageLayout>
  );
}

export function PageNotFound() {
  return (
    <PageLayout title="Page not found">
      <PageHeading>Page not found</PageHeading>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to your home page
        </Link>
      </p>
    </PageLayout>
  );
}

export function ServiceProblem({ message }: { message?: string }) {
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="problem-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="problem-title">
          Important
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">Sorry, there is a problem with the service. Try again later.</p>
        {message && <p className="govuk-body">{message}</p>}
      </div>
    </div>
  );
}

export function Loading() {
  return (
    <p className="govuk-body" role="status">
      Loading…
    </p>
  );
}
