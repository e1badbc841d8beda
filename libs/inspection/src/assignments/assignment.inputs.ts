import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AssignmentReason } from '../inspection.enums';

@InputType({ description: 'Assigns an HMI to a local authority for a period.' })
export class AssignHmiInput {
  @Field(() => ID, { description: 'The inspector’s user account.' })
  @IsUUID()
  userId: string;

  @Field(() => ID, { description: 'The local authority.' })
  @IsUUID()
  localAuthorityId: string;

  @Field({ description: 'First day of the assignment.' })
  @IsISO8601({ strict: true }, { message: 'startsOn must be a date (YYYY-MM-DD)' })
  startsOn: string;

  @Field({ description: 'Last day of the assignment.' })
  @IsISO8601({ strict: true }, { message: 'endsOn must be a date (YYYY-MM-DD)' })
  endsOn: string;

  @Field(() => AssignmentReason, { description: 'Why.' })
  @IsEnum(AssignmentReason)
  reason: AssignmentReason;

  @Field(() => String, { nullable: true, description: 'More about why (required for OTHER).' })
  @IsOptional() @IsString() @MaxLength(2000)
  reasonNote?: string;
}

@InputType({ description: 'Ends an assignment early.' })
export class EndHmiAssignmentInput {
  @Field(() => ID, { description: 'The assignment.' })
  @IsUUID()
  assignmentId: string;

  @Field(() => String, { nullable: true, description: 'Its last day; defaults to yesterday, ending access at once.' })
  @IsOptional() @IsISO8601({ strict: true }, { message: 'endsOn must be a date (YYYY-MM-DD)' })
  endsOn?: string;
}
