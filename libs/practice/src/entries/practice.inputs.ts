import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayUnique, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested,
} from 'class-validator';
import { SchoolTypeGroup } from '@safeguard/organisations';
import { ConnectionArgs } from '@safeguard/platform';
import { CommentKind, Phase, PracticeKind, PracticeSort, PracticeVisibility } from '../practice.enums';

@InputType({ description: 'A practice entry to publish.' })
export class PublishPracticeEntryInput {
  @Field(() => PracticeKind, { nullable: true, defaultValue: PracticeKind.PRACTICE, description: 'PRACTICE, or GUIDANCE (the council’s officers only).' })
  @IsOptional() @IsEnum(PracticeKind)
  kind?: PracticeKind;

  @Field({ description: 'Title.' })
  @IsString() @MinLength(5) @MaxLength(200)
  title: string;

  @Field({ description: 'One or two sentences: what it is and why it worked.' })
  @IsString() @MinLength(10) @MaxLength(1000)
  summary: string;

  @Field({ description: 'The body, in the Markdown subset (headings, emphasis, lists, quotes, links).' })
  @IsString() @MinLength(10) @MaxLength(50_000)
  body: string;

  @Field(() => [String], { description: 'Tags: from the managed list (practiceTags) and free ones.' })
  @IsString({ each: true }) @MaxLength(40, { each: true }) @ArrayMaxSize(15) @ArrayUnique()
  tags: string[];

  @Field(() => [Phase], { description: 'Phases it suits.' })
  @IsEnum(Phase, { each: true }) @ArrayUnique()
  phases: Phase[];

  @Field(() => [SchoolTypeGroup], { description: 'Kinds of school it suits.' })
  @IsEnum(SchoolTypeGroup, { each: true }) @ArrayUnique()
  schoolTypes: SchoolTypeGroup[];

  @Field(() => PracticeVisibility, { description: 'Who may read it.' })
  @IsEnum(PracticeVisibility)
  visibility: PracticeVisibility;

  @Field(() => ID, { nullable: true, description: 'For NETWORK: one of your networks.' })
  @IsOptional() @IsUUID()
  networkId?: string;

  @Field({ nullable: true, defaultValue: false, description: 'Hide your name and school from other schools (the council still knows).' })
  @IsOptional() @IsBoolean()
  anonymous?: boolean;

  @Field(() => ID, { nullable: true, description: 'For someone in several schools: which school’s practice it is.' })
  @IsOptional() @IsUUID()
  schoolId?: string;
}

@InputType({ description: 'Changes to your entry. Omitted fields stay as they are.' })
export class UpdatePracticeEntryInput {
  @Field(() => ID, { description: 'The entry.' })
  @IsUUID()
  entryId: string;

  @Field(() => String, { nullable: true, description: 'Title.' })
  @IsOptional() @IsString() @MinLength(5) @MaxLength(200)
  title?: string;

  @Field(() => String, { nullable: true, description: 'Summary.' })
  @IsOptional() @IsString() @MinLength(10) @MaxLength(1000)
  summary?: string;

  @Field(() => String, { nullable: true, description: 'Body.' })
  @IsOptional() @IsString() @MinLength(10) @MaxLength(50_000)
  body?: string;

  @Field(() => [String], { nullable: true, description: 'Tags.' })
  @IsOptional() @IsString({ each: true }) @MaxLength(40, { each: true }) @ArrayMaxSize(15) @ArrayUnique()
  tags?: string[];

  @Field(() => [Phase], { nullable: true, description: 'Phases.' })
  @IsOptional() @IsEnum(Phase, { each: true }) @ArrayUnique()
  phases?: Phase[];

  @Field(() => [SchoolTypeGroup], { nullable: true, description: 'Kinds of school.' })
  @IsOptional() @IsEnum(SchoolTypeGroup, { each: true }) @ArrayUnique()
  schoolTypes?: SchoolTypeGroup[];
}

@InputType({ description: 'Which entries to list.' })
export class PracticeFilter {
  @Field(() => [String], { nullable: true, description: 'Entries carrying every one of these tags.' })
  @IsOptional() @IsString({ each: true }) @ArrayMaxSize(10)
  tags?: string[];

  @Field(() => Phase, { nullable: true, description: 'Suiting this phase.' })
  @IsOptional() @IsEnum(Phase)
  phase?: Phase;

  @Field(() => SchoolTypeGroup, { nullable: true, description: 'Suiting this kind of school.' })
  @IsOptional() @IsEnum(SchoolTypeGroup)
  schoolType?: SchoolTypeGroup;

  @Field(() => PracticeKind, { nullable: true, description: 'Practice or guidance.' })
  @IsOptional() @IsEnum(PracticeKind)
  kind?: PracticeKind;

  @Field(() => Boolean, { nullable: true, description: 'Only featured entries.' })
  @IsOptional() @IsBoolean()
  featured?: boolean;
}

@ArgsType()
export class PracticeEntriesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Words to search for (web-search syntax: "quoted phrases", -exclude, or).' })
  @IsOptional() @IsString() @MaxLength(200)
  search?: string;

  @Field(() => PracticeFilter, { nullable: true, description: 'Filters.' })
  @IsOptional() @ValidateNested() @Type(() => PracticeFilter)
  filter?: PracticeFilter;

  @Field(() => PracticeSort, { nullable: true, defaultValue: PracticeSort.RELEVANCE, description: 'Order.' })
  @IsOptional() @IsEnum(PracticeSort)
  sort?: PracticeSort;
}

@InputType({ description: 'A comment, a question to the author, or the author’s answer.' })
export class CommentOnPracticeEntryInput {
  @Field(() => ID, { description: 'The entry.' })
  @IsUUID()
  entryId: string;

  @Field(() => CommentKind, { description: 'What it is.' })
  @IsEnum(CommentKind)
  kind: CommentKind;

  @Field(() => ID, { nullable: true, description: 'For an ANSWER: the question.' })
  @IsOptional() @IsUUID()
  parentId?: string;

  @Field({ description: 'The text (Markdown subset).' })
  @IsString() @MinLength(2) @MaxLength(10_000)
  body: string;
}

@InputType({ description: 'An endorsement: "used this in my school".' })
export class EndorsePracticeEntryInput {
  @Field(() => ID, { description: 'The entry.' })
  @IsUUID()
  entryId: string;

  @Field(() => String, { nullable: true, description: 'How it went.' })
  @IsOptional() @IsString() @MaxLength(1000)
  note?: string;
}
