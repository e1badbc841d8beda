import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../graphql/generated';
import { csvRowCount, exportFileName, type ExportState, exportStatus, saveText } from './export-file';
import { londonToday } from '../layout/london-time';

const REGISTER_EXPORT = graphql(`
  query RegisterExport {
    registerExport
  }
`);

/** The authority's register as a CSV file (each child in it is an audited read), with its progress in words. */
export function ExportRegister() {
  const client = useApolloClient();
  const [state, setState] = useState<ExportState>({ step: 'idle' });

  async function run() {
    setState({ step: 'preparing' });
    try {
      const { data } = await client.query({ query: REGISTER_EXPORT, fetchPolicy: 'no-cache' });
      const csv = data!.registerExport;
      const fileName = exportFileName(londonToday());
      saveText(csv, fileName);
      setState({ step: 'saved', rows: csvRowCount(csv), fileName });
    } catch (error) {
      setState({ step: 'failed', message: error instanceof Error ? error.message : 'try again later' });
    }
  }

  return (
    <section aria-labelledby="export-heading" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-m" id="export-heading">Export the register</h2>
      <p className="govuk-body">Every entry of your authority’s register as a spreadsheet (CSV). Each child in it is recorded as read.</p>
      <button type="button" className="govuk-button govuk-button--secondary" disabled={state.step === 'preparing'} onClick={() => void run()}>
        {state.step === 'preparing' ? 'Preparing the export…' : 'Download the register (CSV)'}
      </button>
      <p className="govuk-body" role="status" aria-live="polite">{exportStatus(state)}</p>
      {state.step === 'preparing' && <progress className="app-export-progress" aria-label="Export progress" />}
    </section>
  );
}
