import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsISO8601, Max, Min } from 'class-validator';
import { TermName } from '@safeguard/calendar';

@InputType({ description: 'A reporting term’s dates for one academic year.' })
export class SetTermDatesInput {
  @Field(() => Int, { description: 'The calendar year the academic year starts in (2026 for 2026/27).' })
  @IsInt() @Min(2000) @Max(2100)
  academicYear: number;

  @Field(() => TermName, { description: 'Which term.' })
  @IsEnum(TermName)
  term: TermName;

  @Field({ description: 'First day.' })
  @IsISO8601({ strict: true }, { message: 'startsOn must be a date (YYYY-MM-DD)' })
  startsOn: string;

  @Field({ description: 'Last day.' })
  @IsISO8601({ strict: true }, { message: 'endsOn must be a date (YYYY-MM-DD)' })
  endsOn: string;
}
