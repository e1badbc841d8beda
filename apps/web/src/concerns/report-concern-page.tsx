import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { graphql } from '../graphql/generated';
import type { ConcernCategory, ConcernDraftQuery } from '../graphql/generated/graphql';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage } from '../layout/status-pages';
import { CATEGORIES, CATEGORY_LABELS } from './concern-labels';
import { type ConcernForm, dateParts, draftInput, EMPTY_FORM, refusalToError } from './concern-form';
import { type StagedFile, uploadAttachment } from './attachments';
import { AttachmentsField } from './attachments-field';
import { Checkboxes, DateField, Radios, TextArea, TextField } from './form-fields';
import { SuccessBanner } from '../layout/success-banner';

export const ROLL_CHILDREN = graphql(`
  query ConcernRollChildren {
    children(first: 100) {
      edges { node { id legalFirstName legalLastName dateOfBirth } }
    }
  }
`);

const DRAFT = graphql(`
  query ConcernDraft($id: ID!) {
    concern(id: $id) {
      id reference status childId draftChildName categories account occurredOn occurredTime actionTaken
      childOrFamilyTold notToldReason immediateRisk
      riskCall { to at outcome }
      prevent { howConcernArose indicators }
      attachments { id fileName byteSize }
    }
  }
`);

const SAVE_DRAFT = graphql(`
  mutation SaveConcernDraft($input: SaveConcernDraftInput!) {
    saveConcernDraft(input: $input) { id reference status childId draftChildName }
  }
`);

const SUBMIT = graphql(`
  mutation SubmitConcern($id: ID!) {
    submitConcern(input: { concernId: $id }) { id reference status }
  }
`);

function refusal(error: unknown): FieldError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    return refusalToError(first?.message ?? 'The concern could not be saved', first?.extensions?.field as string | undefined);
  }
  return { field: 'child-choice', message: 'Sorry, there is a problem with the service. Try again later.' };
}

/** "Report a concern": a new draft (/concerns/new) or your draft (/concerns/:concernId/edit). */
export function ReportConcernPage() {
  const { concernId } = useParams();
  const draft = useQuery(DRAFT, { variables: { id: concernId ?? '' }, skip: !concernId, fetchPolicy: 'network-only' });
  const code = errorCode(draft.error);
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT') return <NoAccessPage />;
  if (concernId && !draft.data) return <PageLayout title="Report a concern"><Loading /></PageLayout>;
  const saved = draft.data?.concern;
  if (saved && saved.status !== 'DRAFT') return <NoAccessPage />;
  return (
    <ConcernFormPage key={concernId ?? 'new'} draftId={concernId} initial={saved ? formFromDraft(saved) : EMPTY_FORM}
      savedChildName={saved?.draftChildName ?? null} savedAttachments={saved?.attachments ?? []} />
  );
}

type Draft = ConcernDraftQuery['concern'];

function formFromDraft(d: Draft): ConcernForm {
  const callAt = d.riskCall ? new Date(d.riskCall.at) : null;
  const londonCall = callAt ? callAt.toLocaleString('sv-SE', { timeZone: 'Europe/London' }) : '';
  return {
    ...EMPTY_FORM,
    childChoice: d.childId ? 'existing' : d.draftChildName ? 'saved' : '',
    childId: d.childId ?? '',
    categories: d.categories,
    account: d.account ?? '',
    occurredOn: dateParts(d.occurredOn),
    occurredTime: d.occurredTime ?? '',
    actionTaken: d.actionTaken ?? '',
    told: d.childOrFamilyTold == null ? '' : d.childOrFamilyTold ? 'yes' : 'no',
    notToldReason: d.notToldReason ?? '',
    immediateRisk: d.immediateRisk ? 'yes' : 'no',
    riskCallTo: d.riskCall?.to ?? '',
    riskCallOn: dateParts(londonCall.slice(0, 10)),
    riskCallTime: londonCall.slice(11, 16),
    riskCallOutcome: d.riskCall?.outcome ?? '',
    preventHow: d.prevent?.howConcernArose ?? '',
    preventIndicators: d.prevent?.indicators ?? '',
  };
}

type Attached = { id: string; fileName: string; byteSize: number };

function ConcernFormPage({ draftId, initial, savedChildName, savedAttachments }: {
  draftId?: string; initial: ConcernForm; savedChildName: string | null; savedAttachments: Attached[];
}) {
  const navigate = useNavigate();
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [savedAs, setSavedAs] = useState<string | null>(null);
  // A new draft keeps its id here once saved, so saving again changes it rather than starting another.
  const [concernId, setConcernId] = useState(draftId);
  const [attached, setAttached] = useState<Attached[]>(savedAttachments);
  const [staged, setStaged] = useState<StagedFile[]>([]);
  const [uploading, setUploading] = useState(false);
  const roll = useQuery(ROLL_CHILDREN);
  const [saveDraft, saving] = useMutation(SAVE_DRAFT);
  const [submitConcern, submitting] = useMutation(SUBMIT);
  const set = <K extends keyof ConcernForm>(key: K) => (value: ConcernForm[K]) => {
    setSavedAs(null);
    setForm((f) => ({ ...f, [key]: value }));
  };
  const errorFor = (id: string) => errors.find((e) => e.field === id)?.message;

  /** Saves what was typed; the draft's id, or null with the refusal in the error summary. */
  async function save(): Promise<string | null> {
    try {
      const result = await saveDraft({ variables: { input: draftInput(form, concernId) } });
      const concern = result.data!.saveConcernDraft;
      setConcernId(concern.id);
      setErrors([]);
      return (await attachStaged(concern.id)) ? concern.id : null;
    } catch (error) {
      setErrors([refusal(error)]);
      return null;
    }
  }

  /** Sends the files chosen so far; those refused stay listed, with the api's reason in the summary. */
  async function attachStaged(id: string): Promise<boolean> {
    if (!staged.length) return true;
    setUploading(true);
    const refused: string[] = [];
    const left: StagedFile[] = [];
    try {
      for (const s of staged) {
        const problem = await uploadAttachment(id, s.file);
        if (problem) {
          refused.push(problem);
          left.push(s);
        } else {
          setAttached((list) => [...list, { id: s.key, fileName: s.file.name, byteSize: s.file.size }]);
        }
      }
    } finally {
      setUploading(false);
    }
    setStaged(left);
    if (refused.length) setErrors(refused.map((message) => ({ field: 'attachments', message })));
    return !refused.length;
  }

  async function onSaveDraft() {
    const id = await save();
    if (id) setSavedAs('Your draft has been saved. Only you can see it until you submit it; it is listed in your school’s concerns.');
  }

  async function onSubmit() {
    const id = await save();
    if (!id) return;
    try {
      const result = await submitConcern({ variables: { id } });
      void navigate(`/concerns/${result.data!.submitConcern.id}`, { state: { submitted: result.data!.submitConcern.reference } });
    } catch (error) {
      setErrors([refusal(error)]);
    }
  }

  const busy = saving.loading || submitting.loading || uploading;
  const children = roll.data?.children.edges.map((e) => e.node) ?? [];
  const childOptions = [
    ...(savedChildName ? [{ value: 'saved' as const, label: `${savedChildName} (as saved in this draft)` }] : []),
    {
      value: 'existing' as const,
      label: 'A child on the register or your school’s roll',
      conditional: (
        <div className={`govuk-form-group${errorFor('child-id') ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label" htmlFor="child-id">Child</label>
          <select className="govuk-select" id="child-id" value={form.childId} onChange={(e) => set('childId')(e.target.value)}>
            <option value="">Choose a child</option>
            {children.map((c) => (
              <option key={c.id} value={c.id}>{`${c.legalFirstName} ${c.legalLastName} (born ${c.dateOfBirth})`}</option>
            ))}
          </select>
        </div>
      ),
    },
    {
      value: 'new' as const,
      label: 'A child not on the register: enter their details',
      conditional: (
        <>
          <TextField id="first-name" label="Legal first name(s)" value={form.firstName} onChange={set('firstName')} error={errorFor('first-name')} />
          <TextField id="last-name" label="Legal last name" value={form.lastName} onChange={set('lastName')} error={errorFor('last-name')} />
          <DateField id="date-of-birth" legend="Date of birth" hint="For example, 27 3 2014" value={form.dateOfBirth} onChange={set('dateOfBirth')} error={errorFor('date-of-birth-day')} />
          <Radios id="sex" legend="Sex" inline value={form.sex} onChange={set('sex')} error={errorFor('sex')}
            options={[{ value: 'FEMALE', label: 'Female' }, { value: 'MALE', label: 'Male' }, { value: 'NOT_KNOWN', label: 'Not known' }]} />
          <TextField id="postcode" label="Postcode (optional)" width="govuk-input--width-10" value={form.postcode} onChange={set('postcode')} error={errorFor('postcode')} />
        </>
      ),
    },
  ];

  return (
    <PageLayout title={errors.length ? 'Error: Report a concern' : 'Report a concern'}>
      <Link to="/concerns" className="govuk-back-link">Back to your school’s concerns</Link>
      <ErrorSummary errors={errors} />
      {savedAs && (
        <SuccessBanner id="saved" message={savedAs} />
      )}
      <PageHeading caption={concernId ? 'Draft' : undefined}>Report a safeguarding concern</PageHeading>
      <p className="govuk-body">If a child is in immediate danger, call the police on 999 now, then record the call here.</p>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void onSubmit(); }}>
        <Radios id="child-choice" legend="Which child is the concern about?" value={form.childChoice} onChange={set('childChoice')} error={errorFor('child-choice')} options={childOptions} />
        <Checkboxes<ConcernCategory> id="categories" legend="What is the concern about?" hint="Select all that apply." values={form.categories}
          onChange={set('categories')} error={errorFor('categories')} options={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))} />
        {form.categories.includes('RADICALISATION') && (
          <>
            <TextArea id="prevent-how" label="How did the Prevent concern arise?" value={form.preventHow} onChange={set('preventHow')} error={errorFor('prevent-how')} />
            <TextArea id="prevent-indicators" label="What indicators of radicalisation were seen?" value={form.preventIndicators} onChange={set('preventIndicators')} error={errorFor('prevent-indicators')} />
          </>
        )}
        <TextArea id="account" label="What was seen or heard?" hint="In your own words, or the child’s words exactly as said." rows={8}
          value={form.account} onChange={set('account')} error={errorFor('account')} />
        <DateField id="occurred-on" legend="When did it happen?" hint="For example, 21 11 2026" value={form.occurredOn} onChange={set('occurredOn')} error={errorFor('occurred-on-day')} />
        <TextField id="occurred-time" label="At what time? (optional)" hint="For example, 08:45" width="govuk-input--width-5" value={form.occurredTime} onChange={set('occurredTime')} error={errorFor('occurred-time')} />
        <TextArea id="action-taken" label="What has the school already done?" value={form.actionTaken} onChange={set('actionTaken')} error={errorFor('action-taken')} />
        <Radios id="told" legend="Has the child or their family been told about this concern?" value={form.told} onChange={set('told')} error={errorFor('told')}
          options={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No', conditional: <TextArea id="not-told-reason" label="Why have they not been told?" value={form.notToldReason} onChange={set('notToldReason')} error={errorFor('not-told-reason')} /> },
          ]} />
        <Radios id="immediate-risk" legend="Is the child at immediate risk?" value={form.immediateRisk} onChange={set('immediateRisk')} error={errorFor('immediate-risk')}
          options={[
            {
              value: 'yes', label: 'Yes',
              conditional: (
                <>
                  <TextField id="risk-call-to" label="Who did you call?" hint="For example, Police (999) or the children’s advice and support service" value={form.riskCallTo} onChange={set('riskCallTo')} error={errorFor('risk-call-to')} />
                  <DateField id="risk-call-on" legend="When did you call?" value={form.riskCallOn} onChange={set('riskCallOn')} error={errorFor('risk-call-on-day')} />
                  <TextField id="risk-call-time" label="Time of the call" hint="For example, 09:10" width="govuk-input--width-5" value={form.riskCallTime} onChange={set('riskCallTime')} />
                  <TextArea id="risk-call-outcome" label="What was said and agreed?" value={form.riskCallOutcome} onChange={set('riskCallOutcome')} error={errorFor('risk-call-outcome')} />
                </>
              ),
            },
            { value: 'no', label: 'No' },
          ]} />
        <AttachmentsField attached={attached} staged={staged} onChange={(files) => { setSavedAs(null); setStaged(files); }} error={errorFor('attachments')}
          onProblem={(message) => setErrors((list) => [...list.filter((e) => e.field !== 'attachments'), ...(message ? [{ field: 'attachments', message }] : [])])} />
        {uploading && <p className="govuk-body" role="status">Attaching files…</p>}
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={busy}>Submit to the council</button>
          <button type="button" className="govuk-button govuk-button--secondary" disabled={busy} onClick={() => void onSaveDraft()}>Save as draft</button>
        </div>
      </form>
    </PageLayout>
  );
}
