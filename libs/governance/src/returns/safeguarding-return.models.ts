import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { SchoolTypeGroup } from '@safeguard/organisations';
import { Connection } from '@safeguard/platform';

@ObjectType('SafeguardingReturn', { description: 'A school’s termly safeguarding return to its council, as submitted.' })
export class SafeguardingReturnModel {
  @Field(() => ID, { description: 'The return.' })
  id: string;

  @Field(() => ID, { description: 'The school.' })
  schoolId: string;

  @Field(() => String, { description: 'The first day of the term it is for.' })
  termStartsOn: string;

  @Field({ description: 'The term, e.g. "Autumn 2026/27".' })
  termLabel: string;

  @Field(() => ID, { nullable: true, description: 'Who submitted it.' })
  submittedById: string | null;

  @Field({ description: 'When it was submitted.' })
  submittedAt: Date;

  @Field({ description: 'Suitability checks complete for everyone on the governing or proprietor body.' })
  governanceChecksComplete: boolean;

  @Field(() => Int, { description: 'Staff at the school.' })
  staffHeadcount: number;

  @Field(() => Int, { description: 'Of those, staff with Prevent awareness training.' })
  staffPreventTrained: number;

  @Field(() => Int, { description: 'Pupils deleted from the roll this term.' })
  deletionsFromRoll: number;

  @Field(() => Int, { description: 'Of those, pupils whose destination is known.' })
  deletionsWithKnownDestination: number;

  @Field(() => Int, { description: 'Prevent referrals the school made this term.' })
  preventReferrals: number;

  @Field(() => String, { nullable: true, description: 'Anything the school added.' })
  notes: string | null;
}

@ObjectType('SchoolReturn', { description: 'Whether one school has made its return for the term.' })
export class SchoolReturnModel {
  @Field(() => ID, { description: 'The school.' })
  schoolId: string;

  @Field(() => Int, { description: 'Its URN.' })
  urn: number;

  @Field({ description: 'Its name.' })
  schoolName: string;

  @Field(() => SchoolTypeGroup, { description: 'Its kind (every kind returns, independent schools included).' })
  typeGroup: SchoolTypeGroup;

  @Field({ description: 'Whether it has returned.' })
  returned: boolean;

  @Field(() => Date, { nullable: true, description: 'When it returned.' })
  submittedAt: Date | null;

  @Field(() => Int, { description: 'How often the council chased it this term.' })
  timesChased: number;

  @Field(() => Date, { nullable: true, description: 'When the council last chased it this term.' })
  lastChasedAt: Date | null;

  @Field(() => SafeguardingReturnModel, { nullable: true, description: 'The return and its figures, once made.' })
  safeguardingReturn: SafeguardingReturnModel | null;
}

@ObjectType()
export class SchoolReturnConnection extends Connection(SchoolReturnModel, 'SchoolReturn') {}

@ObjectType('SafeguardingReturnTotals', { description: 'The figures of the returns made, added up.' })
export class SafeguardingReturnTotalsModel {
  @Field(() => Int, { description: 'Schools reporting their governance checks complete.' })
  governanceChecksComplete: number;

  @Field(() => Int, { description: 'Staff at the schools that returned.' })
  staffHeadcount: number;

  @Field(() => Int, { description: 'Of those, staff with Prevent training.' })
  staffPreventTrained: number;

  @Field(() => Float, { nullable: true, description: 'Staff trained ÷ staff headcount (0 to 1); null when no staff were reported.' })
  shareOfStaffTrained: number | null;

  @Field(() => Int, { description: 'Pupils deleted from rolls.' })
  deletionsFromRoll: number;

  @Field(() => Int, { description: 'Of those, pupils whose destination is known.' })
  deletionsWithKnownDestination: number;

  @Field(() => Int, { description: 'Prevent referrals.' })
  preventReferrals: number;
}

@ObjectType('SafeguardingReturnsByType', { description: 'Returns made by one kind of school.' })
export class SafeguardingReturnsByTypeModel {
  @Field(() => SchoolTypeGroup, { description: 'The kind of school.' })
  typeGroup: SchoolTypeGroup;

  @Field(() => Int, { description: 'Schools of that kind.' })
  schools: number;

  @Field(() => Int, { description: 'Of those, how many returned.' })
  returned: number;
}

@ObjectType('SafeguardingReturns', { description: 'An authority’s termly safeguarding returns: who has returned, who has not, and the figures.' })
export class SafeguardingReturnsModel {
  @Field(() => ID, { description: 'The local authority.' })
  localAuthorityId: string;

  @Field(() => String, { description: 'The first day of the term.' })
  termStartsOn: string;

  @Field(() => String, { description: 'The last day of the term.' })
  termEndsOn: string;

  @Field({ description: 'The term, e.g. "Autumn 2026/27".' })
  termLabel: string;

  @Field(() => Int, { description: 'Open schools of the authority, of every kind.' })
  schoolCount: number;

  @Field(() => Int, { description: 'Schools that have returned.' })
  returned: number;

  @Field(() => Int, { description: 'Schools that have not.' })
  missing: number;

  @Field(() => [SafeguardingReturnsByTypeModel], { description: 'Returned and missing by kind of school.' })
  byType: SafeguardingReturnsByTypeModel[];

  @Field(() => SafeguardingReturnTotalsModel, { description: 'The returns’ figures added up.' })
  totals: SafeguardingReturnTotalsModel;
}

@ObjectType('SafeguardingReturnChase', { description: 'A chase of a school’s missing return.' })
export class SafeguardingReturnChaseModel {
  @Field(() => ID, { description: 'The chase.' })
  id: string;

  @Field(() => ID, { description: 'The school chased.' })
  schoolId: string;

  @Field(() => String, { description: 'The first day of the term chased for.' })
  termStartsOn: string;

  @Field(() => Int, { description: 'How many of the school’s headteachers, DSLs and governance clerks were notified (0 when it has none on the portal).' })
  recipients: number;

  @Field({ description: 'When.' })
  chasedAt: Date;
}
