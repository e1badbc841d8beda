import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@safeguard/platform';
import {
  DeadlineKind, EducationSuitability, EnquiryKind, EntryReason, EntryStatus, RegisterKind, SenStatus, Sex, VisitKind,
  WhereaboutsKind,
} from './register.enums';

export enum EntryFlag {
  OVERDUE = 'OVERDUE',
  NOT_SEEN_IN_PERIOD = 'NOT_SEEN_IN_PERIOD',
  NEVER_SEEN = 'NEVER_SEEN',
  PRIORITY = 'PRIORITY',
  NEVER_VISITED = 'NEVER_VISITED',
  VISIT_OVERDUE = 'VISIT_OVERDUE',
  NO_SAFETY_CHECK_IN_TIME = 'NO_SAFETY_CHECK_IN_TIME',
}

registerEnumType(EntryFlag, {
  name: 'EntryFlag',
  description: 'Why an entry needs attention.',
  valuesMap: {
    OVERDUE: { description: 'A deadline has passed.' },
    NOT_SEEN_IN_PERIOD: { description: 'Home-educated and not seen within the authority’s period (default 12 months).' },
    NEVER_SEEN: { description: 'Home-educated and never seen by the council.' },
    PRIORITY: { description: 'Home-educated with an EHC plan, a child protection plan or a child in need plan.' },
    NEVER_VISITED: { description: 'EHC plan without full-time education, never visited.' },
    VISIT_OVERDUE: { description: 'EHC plan without full-time education, not visited within the authority’s period.' },
    NO_SAFETY_CHECK_IN_TIME: { description: 'Excluded, and no safety check recorded within the authority’s period.' },
  },
});

@ObjectType('Carer', { description: 'A parent or carer.' })
export class CarerModel {
  @Field({ description: 'Full name.' }) name: string;
  @Field(() => String, { nullable: true, description: 'Relationship to the child.' }) relationship: string | null;
  @Field(() => String, { nullable: true, description: 'Telephone number.' }) phone: string | null;
  @Field(() => String, { nullable: true, description: 'E-mail address.' }) email: string | null;
  @Field(() => String, { nullable: true, description: 'Address, when not the child’s.' }) address: string | null;
}

@ObjectType('Child', { description: 'A child known to a local authority’s register. Every read is audited.' })
export class ChildModel {
  @Field(() => ID, { description: 'Identifier.' }) id: string;
  @Field(() => ID, { description: 'The local authority whose register holds the child.' }) localAuthorityId: string;
  @Field({ description: 'Legal first name(s).' }) legalFirstName: string;
  @Field({ description: 'Legal last name.' }) legalLastName: string;
  @Field(() => [String], { description: 'Other names the child is known by.' }) otherNames: string[];
  @Field({ description: 'Date of birth.' }) dateOfBirth: string;
  @Field(() => Sex, { description: 'Sex.' }) sex: Sex;
  @Field(() => String, { nullable: true, description: 'Unique pupil number.' }) upn: string | null;
  @Field(() => String, { nullable: true, description: 'Home address.' }) address: string | null;
  @Field(() => String, { nullable: true, description: 'Postcode.' }) postcode: string | null;
  @Field(() => [CarerModel], { description: 'Parents or carers.' }) carers: CarerModel[];
  @Field(() => ID, { nullable: true, description: 'The school whose roll the child is on.' }) schoolId: string | null;
  @Field(() => SenStatus, { description: 'Special educational needs provision.' }) senStatus: SenStatus;
  @Field({ description: 'Has an education, health and care plan.' }) hasEhcPlan: boolean;
  @Field({ description: 'On a child protection plan.' }) childProtectionPlan: boolean;
  @Field({ description: 'On a child in need plan.' }) childInNeedPlan: boolean;
  @Field(() => ID, { nullable: true, description: 'When merged: the record this one was merged into.' }) mergedIntoId: string | null;
}

@ObjectType({ description: 'A page of children.' })
export class ChildConnection extends Connection(ChildModel, 'Child') {}

@ObjectType('PossibleDuplicate', { description: 'A record that may be the same child.' })
export class PossibleDuplicateModel {
  @Field(() => ChildModel, { description: 'The other record.' }) child: ChildModel;
  @Field({ description: 'Why it may be the same child, e.g. "same UPN" or "same date of birth, similar name".' }) why: string;
}

@ObjectType('AddChildResult', { description: 'A child added, with records that may be the same child.' })
export class AddChildResultModel {
  @Field(() => ChildModel, { description: 'The new record.' }) child: ChildModel;
  @Field(() => [PossibleDuplicateModel], { description: 'Records that may be the same child; an LA manager can merge them.' })
  possibleDuplicates: PossibleDuplicateModel[];
}

@ObjectType('Whereabouts', { description: 'Where a child missing education was found.' })
export class WhereaboutsModel {
  @Field(() => WhereaboutsKind, { description: 'What kind of whereabouts.' }) kind: WhereaboutsKind;
  @Field(() => ID, { nullable: true, description: 'The school, for SCHOOL.' }) schoolId: string | null;
  @Field(() => String, { nullable: true, description: 'The authority code, for OTHER_LOCAL_AUTHORITY.' }) localAuthorityCode: string | null;
  @Field(() => String, { nullable: true, description: 'The country, for ABROAD.' }) country: string | null;
  @Field(() => String, { nullable: true, description: 'The evidence recorded.' }) evidence: string | null;
  @Field({ description: 'When located.' }) locatedOn: string;
}

@ObjectType('Enquiry', { description: 'A reasonable enquiry made for a child missing education.' })
export class EnquiryModel {
  @Field(() => ID, { description: 'Identifier.' }) id: string;
  @Field(() => EnquiryKind, { description: 'Which enquiry.' }) kind: EnquiryKind;
  @Field({ description: 'When it was made.' }) madeOn: string;
  @Field({ description: 'What was done and found.' }) outcome: string;
  @Field(() => ID, { nullable: true, description: 'Who recorded it.' }) recordedById: string | null;
}

@ObjectType('Visit', { description: 'A contact, visit or safety check, with its safeguarding section.' })
export class VisitModel {
  @Field(() => ID, { description: 'Identifier.' }) id: string;
  @Field(() => VisitKind, { description: 'What kind of contact.' }) kind: VisitKind;
  @Field({ description: 'When it happened.' }) occurredOn: string;
  @Field(() => Boolean, { nullable: true, description: 'Was the child seen?' }) childSeen: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Was the child seen alone?' }) childSeenAlone: boolean | null;
  @Field(() => String, { nullable: true, description: 'The child’s views.' }) childViews: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Was there a safeguarding concern?' }) safeguardingConcern: boolean | null;
  @Field(() => String, { nullable: true, description: 'The concern.' }) concernDetails: string | null;
  @Field(() => EducationSuitability, { nullable: true, description: 'Suitability of the education seen.' })
  educationSuitability: EducationSuitability | null;
  @Field(() => Float, { nullable: true, description: 'Hours of education a week, for EHCP.' }) hoursPerWeek: number | null;
  @Field({ description: 'Notes.' }) notes: string;
  @Field(() => ID, { nullable: true, description: 'Who recorded it.' }) recordedById: string | null;
}

@ObjectType('RegisterDeadline', { description: 'Something that must be done for an entry by a date.' })
export class DeadlineModel {
  @Field(() => ID, { description: 'Identifier.' }) id: string;
  @Field(() => DeadlineKind, { description: 'What must be done.' }) kind: DeadlineKind;
  @Field({ description: 'Due date (counted in school days where the rule says so).' }) dueOn: string;
  @Field({ description: 'When, if still not done, LA managers are told.' }) escalateOn: string;
  @Field(() => String, { nullable: true, description: 'When it was met.' }) metOn: string | null;
  @Field(() => String, { nullable: true, description: 'When it stopped applying.' }) cancelledOn: string | null;
  @Field({ description: 'Open and past its due date.' }) overdue: boolean;
}

@ObjectType('RegisterEntry', { description: 'One entry on a local authority’s register of children out of school.' })
export class RegisterEntryModel {
  @Field(() => ID, { description: 'Identifier.' }) id: string;
  @Field(() => ID, { description: 'The child (see `child`).' }) childId: string;
  @Field(() => ID, { description: 'The local authority.' }) localAuthorityId: string;
  @Field(() => RegisterKind, { description: 'Which register.' }) kind: RegisterKind;
  @Field(() => EntryStatus, { description: 'Where it is in its lifecycle.' }) status: EntryStatus;
  @Field(() => EntryReason, { description: 'Why it was opened.' }) reason: EntryReason;
  @Field({ description: 'When it was reported.' }) reportedOn: string;
  @Field(() => ID, { nullable: true, description: 'The school that reported it.' }) reportedBySchoolId: string | null;
  @Field(() => String, { nullable: true, description: 'The team or list it came from.' }) source: string | null;
  @Field(() => String, { nullable: true, description: 'What the reporter knew.' }) summary: string | null;
  @Field(() => ID, { nullable: true, description: 'The officer working it.' }) assignedOfficerId: string | null;
  @Field({ description: 'CME: believed to have gone abroad.' }) believedAbroad: boolean;
  @Field(() => String, { nullable: true, description: 'When closed.' }) closedOn: string | null;
  @Field(() => String, { nullable: true, description: 'Why closed.' }) closureReason: string | null;
  @Field({ description: 'CME: closed without the child’s whereabouts being found (signed off by a manager).' })
  closedWithoutWhereabouts: boolean;
  @Field(() => ID, { nullable: true, description: 'Who proposed a closure without whereabouts.' }) closureProposedById: string | null;
  @Field(() => ID, { nullable: true, description: 'The manager who signed the closure off.' }) signedOffById: string | null;
  @Field(() => String, { nullable: true, description: 'The manager’s reason.' }) signOffReason: string | null;
  @Field(() => String, { nullable: true, description: 'EHE: date of the notice.' }) noticeReceivedOn: string | null;
  @Field(() => String, { nullable: true, description: 'EHE: when the child was last seen.' }) lastSeenOn: string | null;
  @Field(() => EducationSuitability, { nullable: true, description: 'EHE: suitability at the last visit.' })
  educationSuitability: EducationSuitability | null;
  @Field(() => ID, { nullable: true, description: 'EXCLUDED: the excluding school.' }) excludingSchoolId: string | null;
  @Field(() => String, { nullable: true, description: 'EXCLUDED: first day.' }) exclusionStartsOn: string | null;
  @Field(() => String, { nullable: true, description: 'EXCLUDED: last day of a suspension.' }) exclusionEndsOn: string | null;
  @Field(() => String, { nullable: true, description: 'EXCLUDED: date of the safety check.' }) safetyCheckOn: string | null;
  @Field(() => String, { nullable: true, description: 'EXCLUDED: first day of provision.' }) provisionFrom: string | null;
  @Field(() => String, { nullable: true, description: 'EXCLUDED: the provision.' }) provisionDescription: string | null;
  @Field(() => Float, { nullable: true, description: 'EHCP: hours of education a week.' }) hoursPerWeek: number | null;
  @Field(() => String, { nullable: true, description: 'EHCP: date full-time education stopped.' }) fullTimeStoppedOn: string | null;
  @Field(() => String, { nullable: true, description: 'EHCP: date of the last visit.' }) lastVisitOn: string | null;
  @Field(() => Int, { nullable: true, description: 'CME: school days from report to located.' }) schoolDaysToLocate: number | null;
}

@ObjectType({ description: 'A page of register entries.' })
export class RegisterEntryConnection extends Connection(RegisterEntryModel, 'RegisterEntry') {}

@ObjectType('ChronologyEvent', { description: 'One line of a child’s chronology.' })
export class ChronologyEventModel {
  @Field(() => ID, { description: 'Identifier.' }) id: string;
  @Field(() => ID, { nullable: true, description: 'The entry it belongs to.' }) entryId: string | null;
  @Field(() => ID, { description: 'The record it was first written against (differs after a merge).' }) originalChildId: string;
  @Field({ description: 'What happened, e.g. "cme.enquiry".' }) kind: string;
  @Field({ description: 'A short account.' }) summary: string;
  @Field({ description: 'The day it happened.' }) occurredOn: string;
  @Field({ description: 'When it was recorded.' }) occurredAt: Date;
  @Field(() => ID, { nullable: true, description: 'Who recorded it.' }) actorUserId: string | null;
}

@ObjectType({ description: 'A page of a chronology.' })
export class ChronologyEventConnection extends Connection(ChronologyEventModel, 'ChronologyEvent') {}

@ObjectType('SchoolHoliday', { description: 'A school holiday in an authority’s calendar; not a school day.' })
export class SchoolHolidayModel {
  @Field(() => ID, { description: 'Identifier.' }) id: string;
  @Field(() => ID, { description: 'The local authority.' }) localAuthorityId: string;
  @Field({ description: 'Name, e.g. "Autumn half-term".' }) name: string;
  @Field({ description: 'First day.' }) startsOn: string;
  @Field({ description: 'Last day.' }) endsOn: string;
}

@ObjectType('RegisterRules', { description: 'The statutory and policy numbers the register uses in one authority.' })
export class RegisterRulesModel {
  @Field(() => Int, { description: 'School days of unexplained absence before a school reports a child missing education.' }) cmeAbsenceSchoolDays: number;
  @Field(() => Int, { description: 'School days from a CME report to the first enquiry.' }) cmeFirstEnquirySchoolDays: number;
  @Field(() => Int, { description: 'School days from a CME report to the child being located.' }) cmeLocateSchoolDays: number;
  @Field(() => Int, { description: 'School days for a manager to sign off a closure without whereabouts.' }) closureSignOffSchoolDays: number;
  @Field(() => Int, { description: 'School days from a home-education notice to first contact.' }) eheFirstContactSchoolDays: number;
  @Field(() => Int, { description: 'Months after which a home-educated child not seen is flagged.' }) eheNotSeenMonths: number;
  @Field(() => Int, { description: 'School days from an exclusion’s first day to a safety check.' }) exclusionSafetyCheckSchoolDays: number;
  @Field(() => Int, { description: 'School day of an exclusion from which provision must be in place.' }) exclusionProvisionFromSchoolDay: number;
  @Field(() => Int, { description: 'School days between visits to a child with an EHC plan out of full-time education.' }) ehcpVisitSchoolDays: number;
  @Field(() => Int, { description: 'School days an overdue item waits with the officer before managers are told.' }) escalationGraceSchoolDays: number;
}
