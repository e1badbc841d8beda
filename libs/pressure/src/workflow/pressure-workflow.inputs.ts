import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { PressureActionKind } from '../pressure.enums';

const LONG_TEXT = 20_000;

@InputType({ description: 'The council acknowledges a report (due within two working days of it being sent).' })
export class AcknowledgePressureReportInput {
  @Field(() => ID, { description: 'The report.' })
  @IsUUID()
  reportId: string;

  @Field(() => String, { nullable: true, description: 'A note to the school: who will contact them, and when.' })
  @IsOptional() @IsString() @MaxLength(LONG_TEXT)
  note?: string | null;
}

@InputType({ description: 'Something the council did about an acknowledged report.' })
export class RecordPressureActionInput {
  @Field(() => ID, { description: 'The report.' })
  @IsUUID()
  reportId: string;

  @Field(() => PressureActionKind, { description: 'What kind of action.' })
  @IsEnum(PressureActionKind)
  kind: PressureActionKind;

  @Field({ description: 'When it was taken (YYYY-MM-DD); not in the future.' })
  @IsISO8601({ strict: true }, { message: 'takenOn must be a date (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'takenOn must be a date (YYYY-MM-DD)' })
  takenOn: string;

  @Field({ description: 'What was done, and with whom. The school sees it.' })
  @IsString() @MinLength(3) @MaxLength(LONG_TEXT)
  note: string;
}

@InputType({ description: 'The council closes a report on which it has acted.' })
export class ResolvePressureReportInput {
  @Field(() => ID, { description: 'The report.' })
  @IsUUID()
  reportId: string;

  @Field({ description: 'What came of it. The school sees it.' })
  @IsString() @MaxLength(LONG_TEXT)
  outcomeSummary: string;
}
