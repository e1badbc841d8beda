import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SchoolTypeGroup } from '@safeguard/organisations';
import { Connection } from '@safeguard/platform';
import { Role } from '@safeguard/policy';
import { CurriculumArea, PressureActionKind, PressureCategory, PressureReportStatus } from './pressure.enums';

@ObjectType('PressureReport', { description: 'A school’s report of intimidation or pressure, in full: for the school’s headteacher and named delegates, and the authority’s team and HMI.' })
export class PressureReportModel {
  @Field(() => ID, { description: 'The report.' })
  id: string;

  @Field(() => PressureReportStatus, { description: 'Where it is with the council.' })
  status: PressureReportStatus;

  @Field(() => ID, { description: 'The local authority it went to.' })
  localAuthorityId: string;

  @Field(() => ID, { description: 'The reporting school (the council always knows it).' })
  schoolId: string;

  @Field(() => ID, { description: 'Who reported it.' })
  reporterId: string;

  @Field(() => PressureCategory, { description: 'What kind of intimidation or pressure.' })
  category: PressureCategory;

  @Field(() => CurriculumArea, { nullable: true, description: 'The curriculum area it is about, if any.' })
  curriculumArea: CurriculumArea | null;

  @Field({ description: 'What happened, in the reporter’s words.' })
  account: string;

  @Field({ description: 'When it happened (YYYY-MM-DD).' })
  occurredOn: string;

  @Field(() => String, { nullable: true, description: 'At what time, if known (HH:MM).' })
  occurredTime: string | null;

  @Field({ description: 'Where it happened.' })
  location: string;

  @Field({ description: 'Who was involved: individuals or a named group.' })
  involved: string;

  @Field(() => [String], { description: 'Links to posts, videos or petitions.' })
  links: string[];

  @Field({ description: 'Whether staff were harmed.' })
  harmToStaff: boolean;

  @Field({ description: 'Whether pupils were harmed.' })
  harmToPupils: boolean;

  @Field(() => String, { nullable: true, description: 'What the harm was.' })
  harmDescription: string | null;

  @Field({ description: 'Whether the police were told.' })
  policeTold: boolean;

  @Field(() => String, { nullable: true, description: 'The police reference, when they were told.' })
  policeReference: string | null;

  @Field({ description: 'Whether other schools may see it, anonymised.' })
  shareAnonymously: boolean;

  @Field(() => String, { nullable: true, description: 'The short summary other schools see when it is shared.' })
  shareableSummary: string | null;

  @Field({ description: 'When it was sent.' })
  submittedAt: Date;

  @Field({ description: 'When the council’s acknowledgement is due (two working days).' })
  acknowledgementDueAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the council acknowledged it.' })
  acknowledgedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who acknowledged it.' })
  acknowledgedById: string | null;

  @Field(() => String, { nullable: true, description: 'The council’s note to the school on acknowledging.' })
  acknowledgementNote: string | null;

  @Field(() => Date, { nullable: true, description: 'When the council recorded its first action.' })
  actionStartedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the council resolved it.' })
  resolvedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who resolved it.' })
  resolvedById: string | null;

  @Field(() => String, { nullable: true, description: 'What came of it, once resolved.' })
  outcomeSummary: string | null;

  @Field(() => ID, { nullable: true, description: 'The campaign the council linked it to, if any.' })
  campaignId: string | null;
}

@ObjectType({ description: 'A page of reports read in full.' })
export class PressureReportConnection extends Connection(PressureReportModel, 'PressureReport') {}

@ObjectType('PressureAddition', { description: 'Information added to a report after it was sent (reports are never edited).' })
export class PressureAdditionModel {
  @Field(() => ID, { description: 'The addition.' })
  id: string;

  @Field(() => ID, { description: 'The report.' })
  reportId: string;

  @Field(() => ID, { description: 'Who added it.' })
  authorId: string;

  @Field({ description: 'What was added.' })
  text: string;

  @Field(() => [String], { description: 'Further links.' })
  links: string[];

  @Field({ description: 'When.' })
  createdAt: Date;
}

@ObjectType('PressureAction', { description: 'Something the council did about a report.' })
export class PressureActionModel {
  @Field(() => ID, { description: 'The action.' })
  id: string;

  @Field(() => ID, { description: 'The report.' })
  reportId: string;

  @Field(() => PressureActionKind, { description: 'What kind of action.' })
  kind: PressureActionKind;

  @Field({ description: 'When it was taken (YYYY-MM-DD).' })
  takenOn: string;

  @Field({ description: 'What was done, and with whom.' })
  note: string;

  @Field(() => ID, { description: 'The officer or manager who recorded it.' })
  recordedById: string;

  @Field({ description: 'When it was recorded.' })
  createdAt: Date;
}

@ObjectType('PressureAttachment', { description: 'Evidence attached to a report (PDF or image), downloaded from `downloadPath` with your access token.' })
export class PressureAttachmentModel {
  @Field(() => ID, { description: 'The attachment.' })
  id: string;

  @Field({ description: 'The name it was uploaded with.' })
  fileName: string;

  @Field({ description: 'Its type, read from the content.' })
  mediaType: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  byteSize: number;

  @Field({ description: 'SHA-256 of the content, hex.' })
  sha256: string;

  @Field({ description: 'When it was uploaded.' })
  createdAt: Date;

  @Field({ description: 'Where to GET the bytes (with the Authorization header).' })
  downloadPath: string;
}

@ObjectType('SharedPressureReport', {
  description: 'A report another school chose to share, anonymised: no school, no names, no links or attachments, and only the month.',
})
export class SharedPressureReportModel {
  @Field(() => ID, { description: 'An identifier of the shared form only; it leads to nothing else.' })
  shareKey: string;

  @Field(() => PressureCategory, { description: 'What kind of intimidation or pressure.' })
  category: PressureCategory;

  @Field(() => CurriculumArea, { nullable: true, description: 'The curriculum area, if any.' })
  curriculumArea: CurriculumArea | null;

  @Field({ description: 'The month it happened (YYYY-MM).' })
  month: string;

  @Field(() => SchoolTypeGroup, { description: 'The broad kind of school that reported it.' })
  schoolTypeGroup: SchoolTypeGroup;

  @Field({ description: 'The short summary the reporter wrote for other schools.' })
  summary: string;
}

@ObjectType({ description: 'A page of anonymised shared reports.' })
export class SharedPressureReportConnection extends Connection(SharedPressureReportModel, 'SharedPressureReport') {}

@ObjectType('PressureCampaign', {
  description: 'Reports from schools of one authority that the council linked as one campaign. Each linked school sees it, and how many schools it affects, but not which.',
})
export class PressureCampaignModel {
  @Field(() => ID, { description: 'The campaign.' })
  id: string;

  @Field(() => ID, { description: 'The local authority.' })
  localAuthorityId: string;

  @Field({ description: 'Its name, as the council wrote it for the linked schools.' })
  name: string;

  @Field({ description: 'What links the reports (the same group, the same online post…), as the council wrote it for the linked schools.' })
  description: string;

  @Field({ description: 'When the council created it.' })
  createdAt: Date;
}

@ObjectType({ description: 'A page of campaigns.' })
export class PressureCampaignConnection extends Connection(PressureCampaignModel, 'PressureCampaign') {}

@ObjectType('PressureDelegate', { description: 'A DSL or governance clerk of the school, and whether the headteacher named them to report intimidation and pressure.' })
export class PressureDelegateModel {
  @Field(() => ID, { description: 'The person.' })
  userId: string;

  @Field({ description: 'Their name.' })
  displayName: string;

  @Field(() => [Role], { description: 'Their roles at the school (DSL, governance clerk).' })
  roles: Role[];

  @Field({ description: 'Whether they are named: they then report for the school and read its reports.' })
  named: boolean;

  @Field(() => Date, { nullable: true, description: 'When they were named.' })
  namedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The headteacher who named them.' })
  namedById: string | null;
}
