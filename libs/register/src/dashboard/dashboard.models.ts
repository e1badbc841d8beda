import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { SchoolTypeGroup } from '@safeguard/organisations';
import { EntryStatus, RegisterKind } from '../register.enums';

@InputType({ description: 'Which part of the register to count.' })
export class RegisterDashboardFilter {
  @Field(() => ID, { nullable: true, description: 'The local authority; defaults to the caller’s only one.' })
  @IsOptional()
  @IsUUID()
  localAuthorityId?: string;

  @Field(() => SchoolTypeGroup, { nullable: true, description: 'Only entries whose school is of this type.' })
  @IsOptional()
  @IsEnum(SchoolTypeGroup)
  schoolTypeGroup?: SchoolTypeGroup;
}

@ObjectType({ description: 'How many entries of one kind are in one status.' })
export class KindStatusCount {
  @Field(() => RegisterKind, { description: 'Kind.' }) kind: RegisterKind;
  @Field(() => EntryStatus, { description: 'Status.' }) status: EntryStatus;
  @Field(() => Int, { description: 'Entries.' }) count: number;
}

@ObjectType({ description: 'How many entries of one kind.' })
export class KindCount {
  @Field(() => RegisterKind, { description: 'Kind.' }) kind: RegisterKind;
  @Field(() => Int, { description: 'Entries.' }) count: number;
}

@ObjectType({ description: 'A count for one reporting term.' })
export class TermCount {
  @Field({ description: 'The term, e.g. "Autumn 2026/27".' }) term: string;
  @Field({ description: 'First day of the term.' }) startsOn: string;
  @Field({ description: 'Last day of the term.' }) endsOn: string;
  @Field(() => Int, { description: 'The count.' }) count: number;
}

@ObjectType('RegisterDashboard', { description: 'One authority’s register at a glance.' })
export class RegisterDashboardModel {
  @Field(() => ID, { description: 'The local authority.' }) localAuthorityId: string;
  @Field({ description: 'The day the figures are for.' }) asOf: string;
  @Field(() => SchoolTypeGroup, { nullable: true, description: 'The school type filter applied, if any.' }) schoolTypeGroup: SchoolTypeGroup | null;
  @Field(() => [KindStatusCount], { description: 'Entries by kind and status.' }) counts: KindStatusCount[];
  @Field(() => [KindCount], { description: 'Open entries with an overdue deadline, by kind.' }) overdue: KindCount[];
  @Field(() => Float, { nullable: true, description: 'Median school days from report to located (CME), over all located entries.' })
  medianSchoolDaysToLocate: number | null;
  @Field(() => [TermCount], { description: 'CME closures without whereabouts (signed off), this term and the three before.' })
  closuresWithoutWhereabouts: TermCount[];
  @Field(() => Int, { description: 'Open EHE entries never seen plus open EHCP entries never visited.' }) childrenNeverSeen: number;
  @Field(() => Int, { description: 'Home-educated children not seen within the authority’s period.' }) eheNotSeenInPeriod: number;
  @Field(() => Int, { description: 'Home-educated children with an EHC plan, a child protection plan or a child in need plan.' })
  ehePriority: number;
  @Field(() => Int, { description: 'Excluded children without a safety check in time.' }) excludedWithoutSafetyCheckInTime: number;
}
