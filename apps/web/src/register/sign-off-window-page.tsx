import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { TextField } from '../concerns/form-fields';
import { graphql } from '../graphql/generated';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { errorFor, refusalOf } from './register-form';
import { managerAuthority } from './settings-labels';

const SIGN_OFF_WINDOW = graphql(`
  query SignOffWindow {
    frontDoorDashboard { localAuthorityId signOffWorkingDays }
  }
`);

const SET_WINDOW = graphql(`
  mutation SetConcernSignOffWindow($input: SetSignOffWindowInput!) {
    setConcernSignOffWindow(input: $input)
  }
`);

/** An LA manager sets how many working days managers have to sign off an unqualified officer's decision. */
export function SignOffWindowPage() {
  const me = useMe();
  const authority = managerAuthority(me);
  const { data, error, refetch } = useQuery(SIGN_OFF_WINDOW, { fetchPolicy: 'network-only', skip: !authority });
  const [save, { loading }] = useMutation(SET_WINDOW);
  const [typed, setTyped] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  if (!authority || errorCode(error) === 'FORBIDDEN') return <NoAccessPage />;
  const current = data?.frontDoorDashboard.signOffWorkingDays;
  const value = typed ?? (current != null ? String(current) : '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!/^\d+$/.test(value.trim()) || Number(value) < 1) {
      setErrors([{ field: 'workingDays', message: 'Enter the number of working days, a whole number of 1 or more' }]);
      return;
    }
    setErrors([]);
    try {
      const result = await save({ variables: { input: { localAuthorityId: authority!.id, workingDays: Number(value) } } });
      await refetch();
      setTyped(null);
      const days = result.data!.setConcernSignOffWindow;
      setSaved(`Managers now have ${days} working ${days === 1 ? 'day' : 'days'} to sign off a decision.`);
    } catch (refusal) {
      setErrors([refusalOf(refusal, 'workingDays', ['workingDays'])]);
    }
  }

  const title = 'Sign-off window for concern decisions';
  return (
    <PageLayout title={errors.length ? `Error: ${title}` : title}>
      <Link className="govuk-back-link" to="/settings">Back to settings</Link>
      <ErrorSummary errors={errors} />
      {saved && (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="status" aria-labelledby="window-saved">
          <div className="govuk-notification-banner__header"><h2 className="govuk-notification-banner__title" id="window-saved">Success</h2></div>
          <div className="govuk-notification-banner__content"><p className="govuk-notification-banner__heading">{saved}</p></div>
        </div>
      )}
      <PageHeading caption={authority.name}>{title}</PageHeading>
      <p className="govuk-body">
        A decision by an officer who is not yet qualified takes effect only when a manager signs it off. Past this window it is escalated to
        every manager. The new window applies to decisions made from now on.
      </p>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {data && (
        <form onSubmit={submit} noValidate>
          <TextField id="workingDays" label="Working days to sign off" hint="Weekends and bank holidays are not counted" width="govuk-input--width-3"
            value={value} onChange={(v) => { setTyped(v); setSaved(null); }} error={errorFor(errors, 'workingDays')} />
          <button type="submit" className="govuk-button" disabled={loading}>Save</button>
        </form>
      )}
    </PageLayout>
  );
}
