import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { SchoolTypeGroup } from '@safeguard/organisations';
import { CheckKind, CheckOutcome, CheckState, GoverningRole, GovernorCategory, Rag } from './governance.enums';

@ObjectType('GovernancePerson', { description: 'Someone who governs one or more schools.' })
export class GovernancePersonModel {
  @Field(() => ID, { description: 'The person.' })
  id: string;

  @Field({ description: 'Full name.' })
  fullName: string;

  @Field(() => String, { nullable: true, description: 'Date of birth.' })
  dateOfBirth: string | null;

  @Field({ description: 'Has lived or worked outside the UK.' })
  livedOrWorkedAbroad: boolean;
}

@ObjectType('RequiredCheck', { description: 'A check the rules require of an appointment, and where it stands today.' })
export class RequiredCheckModel {
  @Field(() => CheckKind, { description: 'Which check.' })
  check: CheckKind;

  @Field(() => CheckState, { description: 'Done, due, overdue or refused.' })
  state: CheckState;

  @Field(() => String, { nullable: true, description: 'The deadline that applies now (to do it, or to renew it).' })
  dueOn: string | null;

  @Field(() => String, { nullable: true, description: 'When it was last done.' })
  doneOn: string | null;

  @Field({ description: 'The guidance requiring it.' })
  source: string;
}

@ObjectType('SuitabilityCheck', { description: 'A check as recorded in the single central record.' })
export class SuitabilityCheckModel {
  @Field(() => ID, { description: 'The record.' })
  id: string;

  @Field(() => CheckKind, { description: 'Which check.' })
  kind: CheckKind;

  @Field(() => String, { nullable: true, description: 'For DBS: when it was applied for.' })
  appliedOn: string | null;

  @Field({ description: 'When it was done.' })
  doneOn: string;

  @Field({ description: 'Who carried it out.' })
  checkedBy: string;

  @Field(() => CheckOutcome, { description: 'What it found.' })
  outcome: CheckOutcome;

  @Field(() => String, { nullable: true, description: 'When it is to be renewed.' })
  renewalDueOn: string | null;

  @Field(() => String, { nullable: true, description: 'The risk assessment, when information was disclosed.' })
  notes: string | null;

  @Field({ description: 'Whether a certificate number is on record.' })
  hasReference: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The DBS certificate number: for the school and the authority’s managers only; null for everyone else.',
  })
  reference: string | null;

  @Field({ description: 'When it was recorded.' })
  createdAt: Date;
}

@ObjectType('GovernanceAppointment', { description: 'One person’s place on a school’s governance, with the checks it needs.' })
export class AppointmentModel {
  @Field(() => ID, { description: 'The appointment.' })
  id: string;

  @Field(() => ID, { description: 'The school.' })
  schoolId: string;

  @Field(() => GovernancePersonModel, { description: 'Who.' })
  person: GovernancePersonModel;

  @Field(() => GoverningRole, { description: 'The role.' })
  role: GoverningRole;

  @Field(() => GovernorCategory, { nullable: true, description: 'A maintained-school governor’s category.' })
  governorCategory: GovernorCategory | null;

  @Field(() => String, { nullable: true, description: 'The academy trust, for trust roles.' })
  trustName: string | null;

  @Field({ description: 'Chair of their body.' })
  isChair: boolean;

  @Field({ description: 'In regulated activity.' })
  inRegulatedActivity: boolean;

  @Field({ description: 'Date of appointment.' })
  appointedOn: string;

  @Field(() => String, { nullable: true, description: 'When the term of office ends.' })
  termEndsOn: string | null;

  @Field(() => String, { nullable: true, description: 'When they stopped governing.' })
  endedOn: string | null;

  @Field(() => Rag, { nullable: true, description: 'Red, amber or green (null once ended).' })
  rag: Rag | null;

  @Field(() => [RequiredCheckModel], { description: 'What the rules require and where each stands (empty once ended).' })
  requiredChecks: RequiredCheckModel[];

  @Field(() => [SuitabilityCheckModel], { description: 'Checks on record, oldest first.' })
  records: SuitabilityCheckModel[];
}

@ObjectType('CheckTally', { description: 'Required checks by state.' })
export class CheckTallyModel {
  @Field(() => Int, { description: 'Checks required.' })
  required: number;

  @Field(() => Int, { description: 'Done and current.' })
  done: number;

  @Field(() => Int, { description: 'Not done, still within the deadline.' })
  due: number;

  @Field(() => Int, { description: 'Not done (or renewed) by the deadline.' })
  overdue: number;

  @Field(() => Int, { description: 'Refused by the person.' })
  refused: number;
}

@ObjectType('SchoolGovernance', { description: 'Who governs a school and whether each required check is done.' })
export class SchoolGovernanceModel {
  @Field(() => ID, { description: 'The school.' })
  schoolId: string;

  @Field({ description: 'Its name.' })
  schoolName: string;

  @Field(() => SchoolTypeGroup, { description: 'Its kind.' })
  schoolTypeGroup: SchoolTypeGroup;

  @Field(() => Rag, { description: 'The school’s rating: its worst appointment.' })
  rag: Rag;

  @Field(() => CheckTallyModel, { description: 'Required checks of appointments in force, by state.' })
  tally: CheckTallyModel;

  @Field(() => [AppointmentModel], { description: 'Appointments in force (and, if asked, ended ones).' })
  appointments: AppointmentModel[];
}

@ObjectType('CompletionByType', { description: 'Completion of required checks for one kind of school.' })
export class CompletionByTypeModel {
  @Field(() => SchoolTypeGroup, { description: 'The kind of school.' })
  schoolTypeGroup: SchoolTypeGroup;

  @Field(() => Int, { description: 'Schools of this kind in the authority.' })
  schools: number;

  @Field(() => Int, { description: 'Of them, with nobody on record.' })
  schoolsWithNoRecord: number;

  @Field(() => Int, { description: 'Appointments in force.' })
  appointments: number;

  @Field(() => CheckTallyModel, { description: 'Required checks by state.' })
  tally: CheckTallyModel;

  @Field(() => Float, { nullable: true, description: 'Done as a percentage of required (one decimal); null when none required.' })
  percentDone: number | null;
}

@ObjectType('CompletionByCheck', { description: 'Completion of one kind of check across the authority.' })
export class CompletionByCheckModel {
  @Field(() => CheckKind, { description: 'The check.' })
  check: CheckKind;

  @Field(() => CheckTallyModel, { description: 'Required by state.' })
  tally: CheckTallyModel;
}

@ObjectType('SchoolOverdue', { description: 'A school with someone unchecked past the deadline.' })
export class SchoolOverdueModel {
  @Field(() => ID, { description: 'The school.' })
  schoolId: string;

  @Field({ description: 'Its name.' })
  schoolName: string;

  @Field(() => Int, { description: 'Its URN.' })
  urn: number;

  @Field(() => SchoolTypeGroup, { description: 'Its kind.' })
  schoolTypeGroup: SchoolTypeGroup;

  @Field(() => Int, { description: 'People with a check overdue or refused.' })
  people: number;

  @Field(() => Int, { description: 'Checks overdue or refused.' })
  checks: number;

  @Field(() => String, { nullable: true, description: 'The oldest missed deadline.' })
  oldestDueOn: string | null;
}

@ObjectType('CompletionTrendPoint', { description: 'Completion of one kind of school at the end of a term (or now, for the current term).' })
export class CompletionTrendPointModel {
  @Field({ description: 'The term.' })
  termLabel: string;

  @Field({ description: 'Its first day.' })
  termStartsOn: string;

  @Field(() => SchoolTypeGroup, { description: 'The kind of school.' })
  schoolTypeGroup: SchoolTypeGroup;

  @Field(() => Int, { description: 'Checks required.' })
  required: number;

  @Field(() => Int, { description: 'Done.' })
  done: number;

  @Field(() => Int, { description: 'Overdue or refused.' })
  overdue: number;
}

@ObjectType('GovernanceCompletion', { description: 'An authority’s suitability checks, by type of school and by check, for the council and HMI.' })
export class GovernanceCompletionModel {
  @Field(() => ID, { description: 'The local authority.' })
  localAuthorityId: string;

  @Field({ description: 'The day these figures are for.' })
  asOf: string;

  @Field(() => CheckTallyModel, { description: 'Every required check in the authority, by state (the sum of byType).' })
  total: CheckTallyModel;

  @Field(() => [CompletionByTypeModel], { description: 'By kind of school.' })
  byType: CompletionByTypeModel[];

  @Field(() => [CompletionByCheckModel], { description: 'By check.' })
  byCheck: CompletionByCheckModel[];

  @Field(() => [SchoolOverdueModel], { description: 'Schools with anyone unchecked past the deadline, most overdue checks first.' })
  schoolsOverdue: SchoolOverdueModel[];

  @Field(() => [CompletionTrendPointModel], { description: 'Completion by term, oldest first.' })
  trend: CompletionTrendPointModel[];
}
