import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { TermName } from '@safeguard/calendar';
import { AssignmentReason, ProgressJudgementValue, ReportStatus } from './inspection.enums';

@ObjectType('HmiAssignment', { description: 'An HMI assigned to a local authority for a period.' })
export class HmiAssignmentModel {
  @Field(() => ID, { description: 'The assignment.' }) id: string;
  @Field(() => ID, { description: 'The inspector.' }) userId: string;
  @Field(() => ID, { description: 'The local authority.' }) localAuthorityId: string;
  @Field({ description: 'First day.' }) startsOn: string;
  @Field({ description: 'Last day.' }) endsOn: string;
  @Field(() => AssignmentReason, { description: 'Why.' }) reason: AssignmentReason;
  @Field(() => String, { nullable: true, description: 'More about why.' }) reasonNote: string | null;
}

@ObjectType('TermDates', { description: 'A reporting term’s dates set for an academic year.' })
export class TermDatesModel {
  @Field(() => Int, { description: 'The calendar year the academic year starts in.' }) academicYear: number;
  @Field(() => TermName, { description: 'Which term.' }) term: TermName;
  @Field({ description: 'First day.' }) startsOn: string;
  @Field({ description: 'Last day.' }) endsOn: string;
}

@ObjectType('ReportTerm', { description: 'A term a report shows.' })
export class ReportTermModel {
  @Field({ description: 'e.g. Autumn 2026/27.' }) label: string;
  @Field({ description: 'First day.' }) startsOn: string;
  @Field({ description: 'Last day.' }) endsOn: string;
}

@ObjectType('ReportMeasure', { description: 'One measure across the report’s terms (oldest first; the report’s term last).' })
export class MeasureModel {
  @Field({ description: 'Stable key, as in the CSV.' }) key: string;
  @Field({ description: 'What it measures.' }) label: string;
  @Field({ description: 'count, percent, days, hours or schoolDays.' }) unit: string;
  @Field(() => [Float], { nullable: 'items', description: 'One value per term; null when not known for that term.' }) values: Array<number | null>;
  @Field(() => String, { nullable: true, description: 'The query that lists the records behind it.' }) link?: string;
}

@ObjectType('ReportBreakdownRow', { description: 'A row of a breakdown table.' })
export class BreakdownRowModel {
  @Field({ description: 'The row.' }) label: string;
  @Field(() => [String], { nullable: 'items', description: 'Its values, as text, one per column.' }) values: Array<string | null>;
}

@ObjectType('ReportBreakdown', { description: 'A breakdown for the report’s term, e.g. by type of school.' })
export class BreakdownModel {
  @Field({ description: 'Stable key.' }) key: string;
  @Field({ description: 'Title.' }) label: string;
  @Field(() => [String], { description: 'Column headings.' }) columns: string[];
  @Field(() => [BreakdownRowModel], { description: 'Rows.' }) rows: BreakdownRowModel[];
}

@ObjectType('ReportSection', { description: 'One section of a termly report.' })
export class ReportSectionModel {
  @Field({ description: 'Key: cme, ehe, notFullTime, concerns, governance, prevent, pressure.' }) key: string;
  @Field(() => Int, { description: 'Its number.' }) number: number;
  @Field({ description: 'Its title.' }) title: string;
  @Field({ description: 'False when the capability it reads does not exist yet (never zeros instead).' }) available: boolean;
  @Field(() => String, { nullable: true, description: 'Why it is not available.' }) unavailableReason?: string;
  @Field(() => [MeasureModel], { description: 'Its measures.' }) measures: MeasureModel[];
  @Field(() => [BreakdownModel], { description: 'Its breakdowns.' }) breakdowns: BreakdownModel[];
}

@ObjectType('SectionNarrative', { description: 'The HMI’s words on a section.' })
export class SectionNarrativeModel {
  @Field({ description: 'The section.' }) sectionKey: string;
  @Field({ description: 'The narrative.' }) narrative: string;
  @Field(() => ProgressJudgementValue, { description: 'The judgement of progress.' }) judgement: ProgressJudgementValue;
}

@ObjectType('TermlyReport', { description: 'One version of an authority’s termly report by its assigned HMI.' })
export class TermlyReportModel {
  @Field(() => ID, { description: 'The report.' }) id: string;
  @Field(() => ID, { description: 'The local authority.' }) localAuthorityId: string;
  @Field({ description: 'The term.' }) termLabel: string;
  @Field({ description: 'The term’s first day.' }) termStartsOn: string;
  @Field({ description: 'The term’s last day.' }) termEndsOn: string;
  @Field(() => Int, { description: 'Version: a correction is a new one.' }) version: number;
  @Field(() => ID, { nullable: true, description: 'The submitted version this one corrects.' }) correctsReportId: string | null;
  @Field(() => ReportStatus, { description: 'Draft or submitted.' }) status: ReportStatus;
  @Field(() => [SectionNarrativeModel], { description: 'The HMI’s narrative and judgement per section.' }) narratives: SectionNarrativeModel[];
  @Field(() => String, { nullable: true, description: 'Recommendations.' }) recommendations: string | null;
  @Field(() => String, { nullable: true, description: 'The local authority’s response.' }) laResponse: string | null;
  @Field({ description: 'When its figures were built.' }) builtAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it was submitted.' }) submittedAt: Date | null;
  @Field(() => [String], { nullable: true, description: 'Who it was submitted to.' }) recipients: string[] | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the frozen content.' }) contentHash: string | null;
}
