/** The export's file name: the register and the London date it was taken. */
export function exportFileName(today: string): string {
  return `register-of-children-out-of-school-${today}.csv`;
}

/** How many entries the CSV lists: its records less the header. A line break inside quotes is part of a cell. */
export function csvRowCount(csv: string): number {
  let records = 0;
  let quoted = false;
  let empty = true;
  for (const ch of csv) {
    if (ch === '"') quoted = !quoted;
    if (ch === '\n' && !quoted) {
      if (!empty) records++;
      empty = true;
    } else if (ch !== '\r') empty = false;
  }
  if (!empty) records++;
  return Math.max(records - 1, 0);
}

/** Where an export is, in words for a status region. */
export type ExportState = { step: 'idle' } | { step: 'preparing' } | { step: 'saved'; rows: number; fileName: string } | { step: 'failed'; message: string };

export function exportStatus(state: ExportState): string {
  switch (state.step) {
    case 'idle':
      return '';
    case 'preparing':
      return 'Preparing the export. A large register can take a minute; you can keep working on this page.';
    case 'saved':
      return `Export ready: ${state.rows} ${state.rows === 1 ? 'entry' : 'entries'} saved as ${state.fileName}`;
    case 'failed':
      return `The export could not be made: ${state.message}`;
  }
}

/** Hands the browser a file to save. */
export function saveText(text: string, fileName: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
