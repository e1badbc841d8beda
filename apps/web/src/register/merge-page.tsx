import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { graphql } from '../graphql/generated';
import type { MergePairQuery } from '../graphql/generated/graphql';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { isManager } from './merge-queue-page';
import { errorFor, Radios, refusalOf, TextArea } from './register-form';
import { formatDate, KIND_LABELS, label, STATUS_LABELS } from './register-labels';
import { TableScroll } from '../layout/table-scroll';

graphql(`
  fragment MergeSide on Child {
    id legalFirstName legalLastName otherNames dateOfBirth sex upn postcode hasEhcPlan childProtectionPlan childInNeedPlan mergedIntoId
  }
`);

const MERGE_PAIR = graphql(`
  query MergePair($a: ID!, $b: ID!) {
    a: child(id: $a) { ...MergeSide }
    b: child(id: $b) { ...MergeSide }
    aEntries: registerEntries(first: 20, filter: { childId: $a }) { edges { node { id kind status reportedOn } } }
    bEntries: registerEntries(first: 20, filter: { childId: $b }) { edges { node { id kind status reportedOn } } }
  }
`);

const MERGE = graphql(`
  mutation MergeChildren($input: MergeChildrenInput!) {
    mergeChildren(input: $input) { id legalFirstName legalLastName }
  }
`);

type Side = MergePairQuery['a'];
type Entries = MergePairQuery['aEntries'];

const SEX_WORDS: Record<string, string> = { FEMALE: 'Female', MALE: 'Male', NOT_KNOWN: 'Not known' };

const plans = (c: Side) =>
  [c.hasEhcPlan && 'EHC plan', c.childProtectionPlan && 'Child protection plan', c.childInNeedPlan && 'Child in need plan'].filter(Boolean).join(', ') || 'None';

const entriesText = (entries: Entries) =>
  entries.edges.map(({ node: e }) => `${label(KIND_LABELS, e.kind)} (${label(STATUS_LABELS, e.status).toLowerCase()}, ${formatDate(e.reportedOn)})`).join('; ') || 'None';

/** An LA manager compares two records side by side and merges them into the one kept. */
export function MergePage() {
  const { a = '', b = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const manager = isManager(me);
  const { data, error } = useQuery(MERGE_PAIR, { variables: { a, b }, fetchPolicy: 'network-only', skip: !manager });
  const [merge, { loading }] = useMutation(MERGE);
  const [keep, setKeep] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const code = errorCode(error);
  if (!manager || code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT' || a === b) return <NoAccessPage />;

  const name = (c: Side) => `${c.legalFirstName} ${c.legalLastName}`;
  const rows: Array<[string, (c: Side) => string]> = [
    ['Name', name],
    ['Also known as', (c) => c.otherNames.join(', ') || 'None'],
    ['Date of birth', (c) => formatDate(c.dateOfBirth)],
    ['Sex', (c) => SEX_WORDS[c.sex] ?? c.sex],
    ['UPN', (c) => c.upn ?? 'Not known'],
    ['Postcode', (c) => c.postcode ?? 'Not known'],
    ['Plans', plans],
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!keep) found.push({ field: 'keep', message: 'Select which record to keep' });
    if (reason.trim().length < 5) found.push({ field: 'reason', message: 'Enter why these are the same child, in at least 5 characters' });
    setErrors(found);
    if (found.length) return;
    try {
      const kept = await merge({ variables: { input: { keepChildId: keep, mergeChildId: keep === a ? b : a, reason: reason.trim() } } });
      void navigate(`/register/children/${kept.data!.mergeChildren.id}`, { state: { confirmation: 'Records merged: the chronology now holds both histories' } });
    } catch (refusal) {
      setErrors([refusalOf(refusal, 'keep', ['reason'])]);
    }
  }

  const title = 'Compare two records';
  return (
    <PageLayout title={errors.length ? `Error: ${title}` : title}>
      <Link className="govuk-back-link" to="/register/merges">Back to records that may be the same child</Link>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {data && (
        <>
          <ErrorSummary errors={errors} />
          <PageHeading caption="Register">{title}</PageHeading>
          {(data.a.mergedIntoId || data.b.mergedIntoId) && <p className="govuk-inset-text">One of these records has already been merged.</p>}
          <TableScroll label="The two records side by side">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">The two records side by side</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <td className="govuk-table__header"><span className="govuk-visually-hidden">Detail</span></td>
                <th scope="col" className="govuk-table__header">First record</th>
                <th scope="col" className="govuk-table__header">Second record</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {rows.map(([heading, value]) => {
                const [left, right] = [value(data.a), value(data.b)];
                return (
                  <tr className="govuk-table__row" key={heading}>
                    <th scope="row" className="govuk-table__header">{heading}</th>
                    <td className="govuk-table__cell">{left}</td>
                    <td className="govuk-table__cell">{right}{left !== right && <>{' '}<strong className="govuk-tag govuk-tag--yellow">Differs</strong></>}</td>
                  </tr>
                );
              })}
              <tr className="govuk-table__row">
                <th scope="row" className="govuk-table__header">Register entries</th>
                <td className="govuk-table__cell">{entriesText(data.aEntries)}</td>
                <td className="govuk-table__cell">{entriesText(data.bEntries)}</td>
              </tr>
            </tbody>
          </table>
          </TableScroll>
          <p className="govuk-body">
            <Link className="govuk-link" to={`/register/children/${data.a.id}`}>First record’s chronology</Link>
            {' · '}
            <Link className="govuk-link" to={`/register/children/${data.b.id}`}>Second record’s chronology</Link>
          </p>
          <form onSubmit={submit} noValidate>
            <Radios id="keep" legend="Which record do you keep?" hint="The other record’s entries and chronology move to it; its other names and UPN are kept too."
              options={{ [data.a.id]: `First record: ${name(data.a)}`, [data.b.id]: `Second record: ${name(data.b)}` }}
              value={keep} onChange={setKeep} error={errorFor(errors, 'keep')} />
            <TextArea id="reason" label="Why are these the same child?" value={reason} onChange={setReason} error={errorFor(errors, 'reason')} />
            <button type="submit" className="govuk-button govuk-button--warning" disabled={loading}>Merge records</button>
          </form>
        </>
      )}
    </PageLayout>
  );
}
