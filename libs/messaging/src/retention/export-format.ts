import { registerEnumType } from '@nestjs/graphql';

/** The shape of a conversation export. */
export enum ExportFormat {
  JSON = 'JSON',
  CSV = 'CSV',
}

registerEnumType(ExportFormat, {
  name: 'ConversationExportFormat',
  description: 'The shape of a conversation export.',
  valuesMap: {
    JSON: { description: 'One JSON document: the conversation and every message with its edits and reactions.' },
    CSV: { description: 'One line per message version (current text, then each earlier text), for a spreadsheet.' },
  },
});
