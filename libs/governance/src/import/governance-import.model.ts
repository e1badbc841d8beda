import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A row of the import that was not recorded, and why.' })
export class GovernanceImportRefusal {
  @Field(() => Int, { description: 'The data row, counting from 1 after the header (the spreadsheet’s row number less one).' })
  row: number;

  @Field(() => String, { nullable: true, description: 'The column at fault, e.g. "dbs_on"; null when the row as a whole was refused.' })
  field: string | null;

  @Field({ description: 'Why the row was refused.' })
  reason: string;
}

@ObjectType({ description: 'What an import of a single central record did. Rows are independent: a refused row records nothing, and the others stand.' })
export class GovernanceImportReport {
  @Field(() => Int, { description: 'Data rows read (blank rows not counted).' })
  rowsRead: number;

  @Field(() => Int, { description: 'Appointments created.' })
  appointmentsCreated: number;

  @Field(() => Int, { description: 'Checks recorded, for new appointments and for those already on record.' })
  checksRecorded: number;

  @Field(() => Int, {
    description: 'Rows whose person already holds that role at that school: left as they are, except that checks not yet on record were added.',
  })
  skipped: number;

  @Field(() => Int, { description: 'Rows refused (a row can have several reasons in `refused`).' })
  rowsRefused: number;

  @Field(() => [GovernanceImportRefusal], { description: 'Rows refused, each with its reasons (one entry per reason).' })
  refused: GovernanceImportRefusal[];

  @Field(() => [String], { description: 'Column headers the import does not read, as given (check for misspelt ones).' })
  ignoredColumns: string[];
}
