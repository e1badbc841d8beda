import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { graphql } from '../graphql/generated';
import { ErrorSummary, type FieldError, FieldErrorMessage } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { Confirmation } from './entry-page';
import { errorFor, FormGroup, refusalOf } from './register-form';
import { changedRules, managerAuthority, type RuleKey, ruleError, RULES, ruleWords } from './settings-labels';

const REGISTER_RULES = graphql(`
  query RegisterRules($la: ID!) {
    registerRules(localAuthorityId: $la) {
      cmeAbsenceSchoolDays cmeFirstEnquirySchoolDays cmeLocateSchoolDays closureSignOffSchoolDays eheFirstContactSchoolDays
      eheNotSeenMonths exclusionSafetyCheckSchoolDays exclusionProvisionFromSchoolDay ehcpVisitSchoolDays escalationGraceSchoolDays
    }
  }
`);

const SET_RULE = graphql(`
  mutation SetRegisterRule($input: SetRegisterRuleInput!) {
    setRegisterRule(input: $input) { cmeAbsenceSchoolDays }
  }
`);

/** An LA manager sets the numbers the register's deadlines are counted by. */
export function RegisterRulesPage() {
  const me = useMe();
  const authority = managerAuthority(me);
  if (!authority) return <NoAccessPage />;
  return <RulesForm authority={authority} />;
}

function RulesForm({ authority }: { authority: { id: string; name: string } }) {
  const { data, error, refetch } = useQuery(REGISTER_RULES, { variables: { la: authority.id }, fetchPolicy: 'network-only' });
  const [setRule, { loading }] = useMutation(SET_RULE);
  const [typed, setTyped] = useState<Record<RuleKey, string> | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  // Said beside the field as it is typed; the summary (which takes focus) only on saving.
  const [typedErrors, setTypedErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  if (errorCode(error) === 'FORBIDDEN') return <NoAccessPage />;
  const current = data?.registerRules as Record<RuleKey, number> | undefined;
  const values = typed ?? (current ? (Object.fromEntries(RULES.map((r) => [r.key, String(current[r.key])])) as Record<RuleKey, string>) : null);

  function type(key: RuleKey, value: string) {
    setTyped({ ...values!, [key]: value });
    setSaved(null);
    // Checked as typed: a value out of bounds is said at once.
    const rule = RULES.find((r) => r.key === key)!;
    const problem = value.trim() ? ruleError(rule, value) : null;
    setTypedErrors((list) => [...list.filter((e) => e.field !== key), ...(problem ? [{ field: key, message: problem }] : [])]);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!values || !current) return;
    const problems = RULES.flatMap((r) => {
      const problem = ruleError(r, values[r.key]);
      return problem ? [{ field: r.key, message: `${r.label}: ${problem}` }] : [];
    });
    setErrors(problems);
    setTypedErrors([]);
    if (problems.length) return;
    const changed = changedRules(current, values);
    try {
      for (const key of changed) {
        await setRule({ variables: { input: { localAuthorityId: authority.id, rule: key, value: Number(values[key]) } } });
      }
      await refetch();
      setTyped(null);
      setSaved(changed.length ? `${changed.length} ${changed.length === 1 ? 'rule' : 'rules'} saved. New deadlines are counted by them.` : 'Nothing changed.');
    } catch (refusal) {
      const shown = refusalOf(refusal, changed[0] ?? RULES[0].key, ['value']);
      setErrors([{ field: shown.field === 'value' ? (changed[0] ?? RULES[0].key) : shown.field, message: ruleWords(shown.message) }]);
    }
  }

  const title = 'Register rules';
  return (
    <PageLayout title={errors.length ? `Error: ${title}` : title}>
      <Link className="govuk-back-link" to="/settings">Back to settings</Link>
      <ErrorSummary errors={errors} />
      <Confirmation />
      {saved && (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="status" aria-labelledby="rules-saved">
          <div className="govuk-notification-banner__header"><h2 className="govuk-notification-banner__title" id="rules-saved">Success</h2></div>
          <div className="govuk-notification-banner__content"><p className="govuk-notification-banner__heading">{saved}</p></div>
        </div>
      )}
      <PageHeading caption={authority.name}>{title}</PageHeading>
      <p className="govuk-body">The numbers the register’s deadlines are counted by. Statutory limits bound each one; check current guidance before changing them.</p>
      {error && !data && <ServiceProblem message={error.message} />}
      {!values && !error && <Loading />}
      {values && (
        <form onSubmit={submit} noValidate>
          {RULES.map((r) => {
            const shown = errorFor(errors, r.key) ?? errorFor(typedErrors, r.key);
            return (
            <FormGroup key={r.key} error={shown}>
              <label className="govuk-label govuk-label--s" htmlFor={r.key}>{r.label}</label>
              <div className="govuk-hint" id={`${r.key}-hint`}>In {r.unit}, from {r.min} to {r.max}</div>
              <FieldErrorMessage id={r.key} error={shown} />
              <div className="govuk-input__wrapper">
                <input className={`govuk-input govuk-input--width-3${shown ? ' govuk-input--error' : ''}`} id={r.key} name={r.key}
                  type="text" inputMode="numeric" aria-describedby={`${r.key}-hint${shown ? ` ${r.key}-error` : ''}`}
                  value={values[r.key]} onChange={(e) => type(r.key, e.target.value)} />
                <div className="govuk-input__suffix" aria-hidden="true">{r.unit}</div>
              </div>
            </FormGroup>
            );
          })}
          <button type="submit" className="govuk-button" disabled={loading}>Save rules</button>
        </form>
      )}
    </PageLayout>
  );
}
