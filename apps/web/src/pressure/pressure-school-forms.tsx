import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { TextArea } from '../concerns/form-fields';
import { graphql } from '../graphql/generated';
import type { FieldError } from '../layout/error-summary';
import { FileField } from '../practice/attachment-list';
import { uploadFile } from '../practice/upload-file';
import { additionProblems, splitLinks } from './pressure-workflow';

const ADD = graphql(`
  mutation AddToPressureReport($input: AddToPressureReportInput!) {
    addToPressureReport(input: $input) { id }
  }
`);

interface Props {
  reportId: string;
  errors: FieldError[];
  onErrors: (errors: FieldError[]) => void;
  onDone: (notice: string) => void;
}

const errorFor = (errors: FieldError[], id: string) => errors.find((e) => e.field === id)?.message;

/** The school's side adds to its report at any time: words and links, or evidence (screenshots, PDFs). */
export function PressureSchoolForms({ reportId, errors, onErrors, onDone }: Props) {
  const [add, adding] = useMutation(ADD);
  const [text, setText] = useState('');
  const [links, setLinks] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [uploading, setUploading] = useState(false);
  const [inputKey, setInputKey] = useState(0);

  async function onAdd() {
    const problems = additionProblems(text, links);
    if (problems.length) return onErrors(problems);
    try {
      await add({ variables: { input: { reportId, text, links: splitLinks(links) } } });
      setText('');
      setLinks('');
      onDone('Your information was added to the report. The council has been told.');
    } catch (e) {
      const first = CombinedGraphQLErrors.is(e) ? e.errors[0] : undefined;
      const field = String(first?.extensions?.field ?? '').includes('links') ? 'addition-links' : 'addition-text';
      onErrors([{ field, message: first?.message ?? 'Sorry, there is a problem with the service. Try again later.' }]);
    }
  }

  async function onAttach() {
    if (!files.length) return onErrors([{ field: 'evidence', message: 'Choose a file to attach' }]);
    setUploading(true);
    try {
      for (const file of files) await uploadFile(`/pressure-reports/${reportId}/attachments`, file);
      setFiles([]);
      setInputKey((k) => k + 1);
      onDone(files.length === 1 ? `${files[0].name} was attached. The council has been told.` : `${files.length} files were attached. The council has been told.`);
    } catch (e) {
      onErrors([{ field: 'evidence', message: e instanceof Error ? e.message : 'The file could not be uploaded' }]);
    } finally {
      setUploading(false);
    }
  }

  return (
    <>
      <h2 className="govuk-heading-m">Add to this report</h2>
      <p className="govuk-body">Reports are never changed once sent, but you can add to them at any time.</p>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void onAdd(); }}>
        <TextArea id="addition-text" label="What do you want to add?" hint="For example, what has happened since, or something you found out." rows={4}
          value={text} onChange={setText} error={errorFor(errors, 'addition-text')} />
        <TextArea id="addition-links" label="Further links (optional)" hint="One full address per line, starting https:// or http://." rows={2}
          value={links} onChange={setLinks} error={errorFor(errors, 'addition-links')} />
        <button type="submit" className="govuk-button govuk-button--secondary" disabled={adding.loading}>Add information</button>
      </form>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void onAttach(); }}>
        <FileField id="evidence" label="Attach evidence" hint="Screenshots or documents: PNG, JPEG, GIF, WebP or PDF. Other schools never see them."
          multiple inputKey={inputKey} onChange={setFiles} error={errorFor(errors, 'evidence')} />
        <button type="submit" className="govuk-button govuk-button--secondary" disabled={uploading}>Attach files</button>
      </form>
    </>
  );
}
