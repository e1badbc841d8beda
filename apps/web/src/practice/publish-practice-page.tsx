import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../auth/require-session';
import { Checkboxes, TextField } from '../concerns/form-fields';
import { holdsAny } from '../concerns/concern-roles';
import { graphql } from '../graphql/generated';
import type { Phase, PracticeKind, PracticeVisibility, SchoolTypeGroup } from '../graphql/generated/graphql';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { errorFor, Radios, refusalOf, TextArea } from '../register/register-form';
import { PHASE_LABELS, SCHOOL_TYPE_LABELS, VISIBILITY_LABELS } from './practice-labels';

const TAGS = graphql(`
  query PracticeTags {
    practiceTags { slug label }
  }
`);

const PUBLISH = graphql(`
  mutation PublishPracticeEntry($input: PublishPracticeEntryInput!) {
    publishPracticeEntry(input: $input) { id }
  }
`);

/** The input's fields, which are also the form's ids, so a refusal naming one links to it. */
const FIELDS = ['kind', 'schoolId', 'title', 'summary', 'body', 'tags', 'phases', 'schoolTypes', 'visibility', 'anonymous'];

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
  anonymous: 'yes' | 'no';
}

const options = <T extends string>(labels: Readonly<Record<T, string>>) =>
  (Object.entries(labels) as Array<[T, string]>).map(([value, label]) => ({ value, label }));

function unanswered(form: PublishForm, schoolChoice: boolean): FieldError[] {
  const missing: FieldError[] = [];
  if (schoolChoice && !form.schoolId) missing.push({ field: 'schoolId', message: 'Select which of your schools this practice is from' });
  if (!form.title.trim()) missing.push({ field: 'title', message: 'Enter a title' });
  if (!form.summary.trim()) missing.push({ field: 'summary', message: 'Enter a summary' });
  if (!form.body.trim()) missing.push({ field: 'body', message: 'Enter what you did and what worked' });
  if (!form.visibility) missing.push({ field: 'visibility', message: 'Select who may read it' });
  return missing;
}

/** "Share your practice" (/practice/new): a school's practice, or for the council's team, guidance too. */
export function PublishPracticePage() {
  const me = useMe();
  const navigate = useNavigate();
  const council = holdsAny(me, ['LA_OFFICER', 'LA_MANAGER']);
  const schools = me.memberships.filter((m) => (m.role === 'HEADTEACHER' || m.role === 'DSL') && m.school).map((m) => m.school!);
  const uniqueSchools = schools.filter((s, i) => schools.findIndex((o) => o.id === s.id) === i);
  const schoolChoice = uniqueSchools.length > 1;
  const { data: tagData } = useQuery(TAGS);
  const [publish, publishing] = useMutation(PUBLISH);
  const [form, setForm] = useState<PublishForm>({
    kind: uniqueSchools.length ? 'PRACTICE' : 'GUIDANCE', schoolId: '', title: '', summary: '', body: '', tags: [], otherTags: '',
    phases: [], schoolTypes: [], visibility: '', anonymous: 'no',
  });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const set = <K extends keyof PublishForm>(key: K) => (value: PublishForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const fromSchool = form.kind === 'PRACTICE' && uniqueSchools.length > 0;

  async function onSubmit() {
    const missing = unanswered(form, schoolChoice && fromSchool);
    if (missing.length) {
      setErrors(missing);
      return;
    }
    const otherTags = form.otherTags.split(',').map((t) => t.trim()).filter(Boolean);
    try {
      const result = await publish({
        variables: {
          input: {
            kind: form.kind, title: form.title, summary: form.summary, body: form.body,
            tags: [...new Set([...form.tags, ...otherTags])], phases: form.phases, schoolTypes: form.schoolTypes,
            visibility: form.visibility as PracticeVisibility, anonymous: fromSchool && form.anonymous === 'yes',
            ...(fromSchool && form.schoolId ? { schoolId: form.schoolId } : {}),
          },
        },
      });
      void navigate(`/practice/${result.data!.publishPracticeEntry.id}`, { state: { published: true } });
    } catch (failure) {
      const refusal = refusalOf(failure, 'title', FIELDS);
      // Free tags are typed into "other tags"; a refusal of tags points there.
      setErrors([refusal.field === 'tags' ? { ...refusal, field: 'otherTags' } : refusal]);
    }
  }

  const title = 'Share your practice';
  return (
    <PageLayout title={errors.length ? `Error: ${title}` : title}>
      <Link to="/practice" className="govuk-back-link">Back to the practice library</Link>
      <ErrorSummary errors={errors} />
      <PageHeading>{title}</PageHeading>
      <p className="govuk-body">Tell other schools what you did against radicalisation and what worked. The council always knows who shared it.</p>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void onSubmit(); }}>
        {council && uniqueSchools.length > 0 && (
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
          options={(tagData?.practiceTags ?? []).map((t) => ({ value: t.slug, label: t.label }))} onChange={set('tags')} error={errorFor(errors, 'tags')} />
        <TextField id="otherTags" label="Other tags (optional)" hint="Separate tags with commas, for example: assemblies, Year 6." value={form.otherTags}
          onChange={set('otherTags')} error={errorFor(errors, 'otherTags')} />
        <Checkboxes id="phases" legend="Which phases does it suit? (optional)" values={form.phases} options={options(PHASE_LABELS)}
          onChange={set('phases')} error={errorFor(errors, 'phases')} />
        <Checkboxes id="schoolTypes" legend="Which kinds of school does it suit? (optional)" values={form.schoolTypes} options={options(SCHOOL_TYPE_LABELS)}
          onChange={set('schoolTypes')} error={errorFor(errors, 'schoolTypes')} />
        <Radios id="visibility" legend="Who may read it?" hint="Your local authority’s team and HMI can always read it." options={VISIBILITY_LABELS}
          value={form.visibility} onChange={(v) => set('visibility')(v as PracticeVisibility)} error={errorFor(errors, 'visibility')} />
        {fromSchool && (
          <Radios id="anonymous" legend="Show your name and school to other schools?" options={{ no: 'Yes, show them', yes: 'No, share it anonymously' }}
            value={form.anonymous} onChange={(v) => set('anonymous')(v as 'yes' | 'no')} error={errorFor(errors, 'anonymous')} small />
        )}
        <button type="submit" className="govuk-button" disabled={publishing.loading}>Publish</button>
      </form>
    </PageLayout>
  );
}
