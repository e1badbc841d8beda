import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../graphql/generated';
import type { FieldError } from '../layout/error-summary';
import { refusalOf } from '../register/register-form';
import { FileField } from './attachment-list';
import { uploadFile } from './upload-file';

const WITHDRAW = graphql(`
  mutation WithdrawPracticeEntry($id: ID!) {
    withdrawPracticeEntry(id: $id) { id withdrawnAt }
  }
`);

const FEATURE = graphql(`
  mutation FeaturePracticeEntry($id: ID!, $featured: Boolean!) {
    featurePracticeEntry(id: $id, featured: $featured) { id featuredAt }
  }
`);

interface Props {
  entry: { id: string; title: string; featuredAt?: string | null; writtenByMe: boolean };
  /** The council's officers and managers: they feature, withdraw and add files to any entry of their authority. */
  curator: boolean;
  errors: FieldError[];
  onErrors: (errors: FieldError[]) => void;
  onDone: (notice: string) => void;
}

/** What the author and the council do to an entry: add files, change it, feature it, withdraw it. */
export function PracticeEntryActions({ entry, curator, errors, onErrors, onDone }: Props) {
  const [withdraw, withdrawing] = useMutation(WITHDRAW);
  const [feature, featuring] = useMutation(FEATURE);
  const [confirming, setConfirming] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [uploading, setUploading] = useState(false);
  const [inputKey, setInputKey] = useState(0);

  async function onWithdraw() {
    try {
      await withdraw({ variables: { id: entry.id } });
      setConfirming(false);
      onDone('The entry was withdrawn. Nobody else can find or read it now.');
    } catch (e) {
      onErrors([refusalOf(e, 'withdraw')]);
    }
  }

  async function onFeature(featured: boolean) {
    try {
      await feature({ variables: { id: entry.id, featured } });
      onDone(featured ? 'The entry is featured: it is marked as featured in the library.' : 'The entry is no longer featured.');
    } catch (e) {
      onErrors([refusalOf(e, 'feature')]);
    }
  }

  async function onAttach() {
    if (!files.length) return onErrors([{ field: 'more-files', message: 'Choose a file to attach' }]);
    setUploading(true);
    try {
      for (const file of files) await uploadFile(`/practice-entries/${entry.id}/attachments`, file);
      setFiles([]);
      setInputKey((k) => k + 1);
      onDone(files.length === 1 ? `${files[0].name} was attached.` : `${files.length} files were attached.`);
    } catch (e) {
      onErrors([{ field: 'more-files', message: e instanceof Error ? e.message : 'The file could not be uploaded' }]);
    } finally {
      setUploading(false);
    }
  }

  if (confirming) {
    return (
      <div className="govuk-!-margin-bottom-6">
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
          <strong className="govuk-warning-text__text"><span className="govuk-visually-hidden">Warning</span>{`Withdraw “${entry.title}”? Nobody else will find or read it. This cannot be undone.`}</strong>
        </div>
        <div className="govuk-button-group">
          <button type="button" id="withdraw" className="govuk-button govuk-button--warning" disabled={withdrawing.loading} onClick={() => void onWithdraw()}>Yes, withdraw it</button>
          <button type="button" className="govuk-link app-link-button" onClick={() => setConfirming(false)}>No, keep it</button>
        </div>
      </div>
    );
  }
  return (
    <>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void onAttach(); }}>
        <FileField id="more-files" label="Add files" hint="PDF, Word, Excel or PowerPoint (without macros), or an image." multiple inputKey={inputKey}
          onChange={setFiles} error={errors.find((e) => e.field === 'more-files')?.message} />
        <button type="submit" className="govuk-button govuk-button--secondary" disabled={uploading}>Attach files</button>
      </form>
      <div className="govuk-button-group">
        {entry.writtenByMe && <Link to={`/practice/${entry.id}/edit`} className="govuk-button govuk-button--secondary" role="button" draggable={false}>Change this entry</Link>}
        {curator && (
          <button type="button" id="feature" className="govuk-button govuk-button--secondary" disabled={featuring.loading} onClick={() => void onFeature(!entry.featuredAt)}>
            {entry.featuredAt ? 'Stop featuring' : 'Feature this entry'}
          </button>
        )}
        <button type="button" className="govuk-button govuk-button--warning" onClick={() => setConfirming(true)}>Withdraw this entry</button>
      </div>
    </>
  );
}
