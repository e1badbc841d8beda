import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ConnectionArgs } from '@safeguard/platform';

@InputType({ description: 'A campaign linking reports from schools of your authority. Its name and description are shown to every linked school: name no school.' })
export class CreatePressureCampaignInput {
  @Field({ description: 'A name, e.g. "Leaflets against RSE lessons, spring term".' })
  @IsString() @MinLength(3) @MaxLength(200)
  name: string;

  @Field({ description: 'What links the reports: the same group, the same online post…' })
  @IsString() @MinLength(3) @MaxLength(5_000)
  description: string;

  @Field(() => [ID], { description: 'The reports to link (at least two, none already in another campaign).' })
  @IsUUID('all', { each: true }) @ArrayMinSize(2) @ArrayMaxSize(100) @ArrayUnique()
  reportIds: string[];
}

@InputType({ description: 'Reports to add to a campaign.' })
export class LinkPressureReportsInput {
  @Field(() => ID, { description: 'The campaign.' })
  @IsUUID()
  campaignId: string;

  @Field(() => [ID], { description: 'The reports (already linked ones are left as they are).' })
  @IsUUID('all', { each: true }) @ArrayMinSize(1) @ArrayMaxSize(100) @ArrayUnique()
  reportIds: string[];
}

@InputType({ description: 'A report to take out of its campaign.' })
export class UnlinkPressureReportInput {
  @Field(() => ID, { description: 'The report.' })
  @IsUUID()
  reportId: string;
}

@ArgsType()
export class PressureCampaignsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'The local authority (defaults to yours).' })
  @IsOptional() @IsUUID()
  localAuthorityId?: string;
}
