import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@safeguard/platform';
import { GiasImportStatus } from './gias-import-run.entity';

registerEnumType(GiasImportStatus, {
  name: 'GiasImportStatus',
  description: 'Where a GIAS import run is.',
  valuesMap: {
    RUNNING: { description: 'Waiting for the worker or reading the file.' },
    SUCCEEDED: { description: 'Finished: every readable row was imported or skipped.' },
    FAILED: { description: 'Stopped by an error; schools already written stay. Upload the file again.' },
  },
});

@ObjectType('RefusedGiasRow', { description: 'A row of the GIAS file the import could not read.' })
export class RefusedGiasRowModel {
  @Field(() => Int, { description: 'Its data row in the file (1 is the first row after the header).' })
  row: number;

  @Field({ description: 'Why it was refused, e.g. "URN \\"ABC\\" is not a number".' })
  reason: string;
}

@ObjectType('GiasImport', { description: 'One run of the GIAS import (an administrator’s upload or the command line), with its counts.' })
export class GiasImportModel {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => GiasImportStatus, { description: 'Running, succeeded or failed.' })
  status: GiasImportStatus;

  @Field({ description: 'The name of the file imported.' })
  fileName: string;

  @Field(() => ID, { nullable: true, description: 'The administrator who uploaded it; null for the command line.' })
  startedById: string | null;

  @Field({ description: 'Who started it, as shown to people.' })
  startedByName: string;

  @Field({ description: 'When it was started (uploaded, or begun on the command line).' })
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it finished or failed; null while running.' })
  finishedAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'The file’s size in bytes, when known.' })
  byteSize: number | null;

  @Field(() => Int, { description: 'Data rows read so far.' })
  rowsRead: number;

  @Field(() => Int, { description: 'Schools new to the portal.' })
  created: number;

  @Field(() => Int, { description: 'Schools whose facts changed.' })
  updated: number;

  @Field(() => Int, { description: 'Schools already up to date.' })
  unchanged: number;

  @Field(() => Int, { description: 'Rows of schools GIAS lists as closed (not imported).' })
  closed: number;

  @Field(() => Int, { description: 'Rows left out on purpose: not a school the portal follows, or outside the chosen authorities.' })
  skipped: number;

  @Field(() => Int, { description: 'Rows that could not be read.' })
  refused: number;

  @Field(() => [RefusedGiasRowModel], { description: 'The first refused rows (up to 20), with reasons.' })
  refusedRows: RefusedGiasRowModel[];

  @Field(() => String, { nullable: true, description: 'Why the run failed, for a FAILED run.' })
  failureMessage: string | null;
}

@ObjectType({ description: 'A page of GIAS import runs, newest first.' })
export class GiasImportConnection extends Connection(GiasImportModel, 'GiasImport') {}
