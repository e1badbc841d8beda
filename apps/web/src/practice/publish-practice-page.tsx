import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { Checkboxes, Radios as ChoiceRadios, TextField } from '../concerns/form-fields';
import { holdsAny } from '../concerns/concern-roles';
import { graphql } from '../graphql/generated';
import type { Phase, PracticeKind, PracticeVisibility, SchoolTypeGroup } from '../graphql/generated/graphql';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { errorFor, Radios, refusalOf, TextArea } from '../register/register-form';
import { FileField } from './attachment-list';
import { splitTags } from './practice-filters';
import { PHASE_LABELS, SCHOOL_TYPE_LABELS, VISIBILITY_LABELS } from './practice-labels';
import { uploadFile } from './upload-file';

const TAGS = graphql(`
  query PracticeTags {
    practiceTags { slug label }
  }
`);

const MY_NETWORKS = graphql(`
  query PracticeMyNetworks {
    networks(first: 50, filter: { mine: true }) { edges { node { id name } } }
  }
`);

const EDITABLE = graphql(`
  query PracticeEntryToChange($id: ID!) {
    practiceEntry(id: $id) { id title summary body tags phases schoolTypes writtenByMe withdrawnAt }
  }
`);

const PUBLISH = graphql(`
  mutation PublishPracticeEntry($input: PublishPracticeEntryInput!) {
    publishPracticeEntry(input: $input) { id }
  }
`);

const UPDATE = graphql(`
  mutation UpdatePracticeEntry($input: UpdatePracticeEntryInput!) {
    updatePracticeEntry(input: $input) { id title summary body tags phases schoolTypes updatedAt }
  }
`);

/** The input's fields, which are also the form's ids, so a refusal naming one links to it. */
const FIELDS = ['kind', 'schoolId', 'title', 'summary', 'body', 'tags', 'phases', 'schoolTypes', 'visibility', 'networkId', 'anonymous'];

interface PublishForm {
  kind: PracticeKind;
  schoolId: string;
  title: string;
  summary: string;
  body: string;
  tags: string[];
  otherTags: string;
  phases: Phase[];
  schoolTypes: SchoolTypeGroup[];
  visibility: PracticeVisibility | '';
  networkId: string;
  anonymous: 'yes' | 'no';
}

const options = <T extends string>(labels: Readonly<Record<T, string>>) =>
  (Object.entries(labels) as Array<[T, string]>).map(([value, label]) => ({ value, label }));

function unanswered(form: PublishForm, schoolChoice: boolean, editing: boolean): FieldError[] {
  const missing: FieldError[] = [];
  if (schoolChoice && !form.schoolId) missing.push({ field: 'schoolId', message: 'Select which of your schools this practice is from' });
  if (!form.title.trim()) missing.push({ field: 'title', message: 'Enter a title' });
  if (!form.summary.trim()) missing.push({ field: 'summary', message: 'Enter a summary' });
  if (!form.body.trim()) missing.push({ field: 'body', message: 'Enter what you did and what worked' });
  if (!editing && !form.visibility) missing.push({ field: 'visibility', message: 'Select who may read it' });
  if (!editing && form.visibility === 'NETWORK' && !form.networkId) missing.push({ field: 'networkId', message: 'Select which of your networks may read it' });
  return missing;
}

/**
 * "Share your practice" (/practice/new): a school's practice, or for the council's team, guidance
 * too, with files attached. The same form changes your entry (/practice/:entryId/edit); who may
 * read it is fixed once published.
 */
export function PublishPracticePage() {
  const { entryId } = useParams();
  const editing = Boolean(entryId);
  const me = useMe();
  const navigate = useNavigate();
  const council = holdsAny(me, ['LA_OFFICER', 'LA_MANAGER']);
  const schools = me.memberships.filter((m) => (m.role === 'HEADTEACHER' || m.role === 'DSL') && m.school).map((m) => m.school!);
  const uniqueSchools = schools.filter((s, i) => schools.findIndex((o) => o.id === s.id) === i);
  const schoolChoice = uniqueSchools.length > 1 && !editing;
  const { data: tagData } = useQuery(TAGS);
  const { data: networkData } = useQuery(MY_NETWORKS, { skip: editing });
  const existing = useQuery(EDITABLE, { variables: { id: entryId ?? '' }, skip: !editing, fetchPolicy: 'network-only' });
  const [publish, publishing] = useMutation(PUBLISH);
  const [update, updating] = useMutation(UPDATE);
  const [form, setForm] = useState<PublishForm>({
    kind: uniqueSchools.length ? 'PRACTICE' : 'GUIDANCE', schoolId: '', title: '', summary: '', body: '', tags: [], otherTags: '',
    phases: [], schoolTypes: [], visibility: '', networkId: '', anonymous: 'no',
  });
  const [files, setFiles] = useState<File[]>([]);
  const [uploading, setUploading] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const set = <K extends keyof PublishForm>(key: K) => (value: PublishForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const fromSchool = form.kind === 'PRACTICE' && uniqueSchools.length > 0;
  const managed = tagData?.practiceTags ?? [];
  const networks = networkData?.networks.edges.map((e) => e.node) ?? [];
  const loaded = existing.data?.practiceEntry;

  // The entry as it stands fills the form once, when both it and the managed tags have arrived.
  useEffect(() => {
    if (!loaded || !tagData) return;
    const known = new Set(tagData.practiceTags.map((t) => t.slug));
    setForm((f) => ({
      ...f, title: loaded.title, summary: loaded.summary, body: loaded.body, phases: loaded.phases, schoolTypes: loaded.schoolTypes,
      tags: loaded.tags.filter((t) => known.has(t)), otherTags: loaded.tags.filter((t) => !known.has(t)).join(', '),
    }));
  }, [loaded, tagData]);

  const code = errorCode(existing.error);
  if (editing && (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT' || (loaded && (!loaded.writtenByMe || loaded.withdrawnAt)))) {
    return <NoAccessPage />;
  }
  if (editing && existing.error && !loaded) return <PageLayout title="Change your entry"><ServiceProblem message={existing.error.message} /></PageLayout>;
  if (editing && !loaded) return <PageLayout title="Change your entry"><Loading /></PageLayout>;

  async function attach(id: string): Promise<string | undefined> {
    setUploading(true);
    try {
      for (const file of files) await uploadFile(`/practice-entries/${id}/attachments`, file);
      return undefined;
    } catch (e) {
      return `Your entry is published, but a file was not attached: ${e instanceof Error ? e.message : 'try again'}`;
    } finally {
      setUploading(false);
    }
  }

  async function onSubmit() {
    const missing = unanswered(form, schoolChoice && fromSchool, editing);
    if (missing.length) {
      setErrors(missing);
      return;
    }
    const tags = [...new Set([...form.tags, ...splitTags(form.otherTags)])];
    try {
      if (editing) {
        await update({ variables: { input: { entryId: entryId!, title: form.title, summary: form.summary, body: form.body, tags, phases: form.phases, schoolTypes: form.schoolTypes } } });
        void navigate(`/practice/${entryId}`, { state: { changed: true } });
        return;
      }
      const result = await publish({
        variables: {
          input: {
            kind: form.kind, title: form.title, summary: form.summary, body: form.body,
            tags, phases: form.phases, schoolTypes: form.schoolTypes,
            visibility: form.visibility as PracticeVisibility, anonymous: fromSchool && form.anonymous === 'yes',
            ...(form.visibility === 'NETWORK' ? { networkId: form.networkId } : {}),
            ...(fromSchool && form.schoolId ? { schoolId: form.schoolId } : {}),
          },
        },
      });
      const id = result.data!.publishPracticeEntry.id;
      const attachmentProblem = files.length ? await attach(id) : undefined;
      void navigate(`/practice/${id}`, { state: { published: true, attachmentProblem } });
    } catch (failure) {
      const refusal = refusalOf(failure, 'title', FIELDS);
      // Free tags are typed into "other tags"; a refusal of tags points there.
      setErrors([refusal.field === 'tags' ? { ...refusal, field: 'otherTags' } : refusal]);
    }
  }

  const title = editing ? 'Change your entry' : 'Share your practice';
  return (
    <PageLayout title={errors.length ? `Error: ${title}` : title}>
      <Link to={editing ? `/practice/${entryId}` : '/practice'} className="govuk-back-link">{editing ? 'Back to the entry' : 'Back to the practice library'}</Link>
      <ErrorSummary errors={errors} />
      <PageHeading>{title}</PageHeading>
      {!editing && <p className="govuk-body">Tell other schools what you did against radicalisation and what worked. The council always knows who shared it.</p>}
      <form noValidate onSubmit={(e) => { e.preventDefault(); void onSubmit(); }}>
        {!editing && council && uniqueSchools.length > 0 && (
          <Radios id="kind" legend="What are you publishing?" options={{ PRACTICE: 'Your school’s practice', GUIDANCE: 'Council guidance' }}
            value={form.kind} onChange={(v) => set('kind')(v as PracticeKind)} error={errorFor(errors, 'kind')} />
        )}
        {schoolChoice && fromSchool && (
          <Radios id="schoolId" legend="Which school is it from?" options={Object.fromEntries(uniqueSchools.map((s) => [s.id, s.name]))}
            value={form.schoolId} onChange={set('schoolId')} error={errorFor(errors, 'schoolId')} />
        )}
        <TextField id="title" label="Title" hint="At least 5 characters." value={form.title} onChange={set('title')} error={errorFor(errors, 'title')} />
        <TextArea id="summary" label="Summary" hint="One or two sentences: what it is and why it worked (at least 10 characters)." rows={3}
          value={form.summary} onChange={set('summary')} error={errorFor(errors, 'summary')} />
        <TextArea id="body" label="What you did and what worked" rows={10}
          hint="You can use ## for headings, **bold**, *italics*, - for lists, > for quotes and [text](https://…) for links."
          value={form.body} onChange={set('body')} error={errorFor(errors, 'body')} />
        <Checkboxes id="tags" legend="Tags" hint="Choose all that apply, so others find it." values={form.tags}
          options={managed.map((t) => ({ value: t.slug, label: t.label }))} onChange={set('tags')} error={errorFor(errors, 'tags')} />
        <TextField id="otherTags" label="Other tags (optional)" hint="Separate tags with commas, for example: assemblies, Year 6." value={form.otherTags}
          onChange={set('otherTags')} error={errorFor(errors, 'otherTags')} />
        <Checkboxes id="phases" legend="Which phases does it suit? (optional)" values={form.phases} options={options(PHASE_LABELS)}
          onChange={set('phases')} error={errorFor(errors, 'phases')} />
        <Checkboxes id="schoolTypes" legend="Which kinds of school does it suit? (optional)" values={form.schoolTypes} options={options(SCHOOL_TYPE_LABELS)}
          onChange={set('schoolTypes')} error={errorFor(errors, 'schoolTypes')} />
        {!editing && (
          <ChoiceRadios<PracticeVisibility> id="visibility" legend="Who may read it?" hint="Your local authority’s team and HMI can always read it."
            value={form.visibility} onChange={set('visibility')} error={errorFor(errors, 'visibility')}
            options={[
              ...options(VISIBILITY_LABELS),
              ...(networks.length ? [{
                value: 'NETWORK' as const, label: 'Members of one of my networks',
                conditional: (
                  <div className={`govuk-form-group${errorFor(errors, 'networkId') ? ' govuk-form-group--error' : ''}`}>
                    <label className="govuk-label" htmlFor="networkId">Which network?</label>
                    {errorFor(errors, 'networkId') && <p id="networkId-error" className="govuk-error-message"><span className="govuk-visually-hidden">Error:</span> {errorFor(errors, 'networkId')}</p>}
                    <select className="govuk-select" id="networkId" value={form.networkId} onChange={(e) => set('networkId')(e.target.value)}
                      aria-describedby={errorFor(errors, 'networkId') ? 'networkId-error' : undefined}>
                      <option value="">Choose a network</option>
                      {networks.map((n) => <option key={n.id} value={n.id}>{n.name}</option>)}
                    </select>
                  </div>
                ),
              }] : []),
            ]} />
        )}
        {!editing && fromSchool && (
          <Radios id="anonymous" legend="Show your name and school to other schools?" options={{ no: 'Yes, show them', yes: 'No, share it anonymously' }}
            value={form.anonymous} onChange={(v) => set('anonymous')(v as 'yes' | 'no')} error={errorFor(errors, 'anonymous')} small />
        )}
        {!editing && (
          <FileField id="files" label="Attach files (optional)" multiple onChange={setFiles} error={errorFor(errors, 'files')}
            hint="Lesson plans, policies or pictures: PDF, Word, Excel or PowerPoint (without macros), PNG, JPEG, GIF or WebP." />
        )}
        {editing && <p className="govuk-body">Who may read it cannot be changed. To share it differently, withdraw it and publish it again.</p>}
        <button type="submit" className="govuk-button" disabled={publishing.loading || updating.loading || uploading}>{editing ? 'Save changes' : 'Publish'}</button>
      </form>
    </PageLayout>
  );
}
