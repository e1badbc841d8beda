import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { SchoolTypeGroup } from '@safeguard/organisations';
import { Connection } from '@safeguard/platform';
import { CommentKind, Phase, PracticeKind, PracticeVisibility } from './practice.enums';

@ObjectType('PracticeAuthor', { description: 'Who wrote something: hidden from other schools when the entry is anonymous.' })
export class PracticeAuthorModel {
  @Field(() => ID, { description: 'The user.' })
  id: string;

  @Field({ description: 'Their name.' })
  displayName: string;
}

@ObjectType('PracticeSchool', { description: 'The author’s school.' })
export class PracticeSchoolModel {
  @Field(() => ID, { description: 'The school.' })
  id: string;

  @Field({ description: 'Its name.' })
  name: string;

  @Field(() => SchoolTypeGroup, { description: 'Its kind.' })
  typeGroup: SchoolTypeGroup;
}

@ObjectType('PracticeTag', { description: 'A tag of the managed list.' })
export class PracticeTagModel {
  @Field({ description: 'As stored and filtered on.' })
  slug: string;

  @Field({ description: 'As shown.' })
  label: string;
}

@ObjectType('PracticeComment', { description: 'A comment, question or answer on a practice entry.' })
export class PracticeCommentModel {
  @Field(() => ID, { description: 'The comment.' })
  id: string;

  @Field(() => CommentKind, { description: 'What it is.' })
  kind: CommentKind;

  @Field(() => ID, { nullable: true, description: 'For an answer: the question.' })
  parentId: string | null;

  @Field({ description: 'The text, as written.' })
  body: string;

  @Field({ description: 'When.' })
  createdAt: Date;
}

@ObjectType('PracticeAttachment', { description: 'A file attached to an entry; GET `downloadPath` with your access token.' })
export class PracticeAttachmentModel {
  @Field(() => ID, { description: 'The attachment.' })
  id: string;

  @Field({ description: 'Its name.' })
  fileName: string;

  @Field({ description: 'Its type, read from the content.' })
  mediaType: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  byteSize: number;

  @Field({ description: 'When it was added.' })
  createdAt: Date;

  @Field({ description: 'Where to download it.' })
  downloadPath: string;
}

@ObjectType('PracticeEntry', { description: 'Prevent practice a school shares, or the council’s guidance.' })
export class PracticeEntryModel {
  @Field(() => ID, { description: 'The entry.' })
  id: string;

  @Field(() => PracticeKind, { description: 'Practice or guidance.' })
  kind: PracticeKind;

  @Field({ description: 'Title.' })
  title: string;

  @Field({ description: 'Summary.' })
  summary: string;

  @Field({ description: 'The body as written (Markdown subset); show bodyHtml.' })
  body: string;

  @Field(() => [String], { description: 'Tags (slugs).' })
  tags: string[];

  @Field(() => [Phase], { description: 'Phases it suits.' })
  phases: Phase[];

  @Field(() => [SchoolTypeGroup], { description: 'Kinds of school it suits.' })
  schoolTypes: SchoolTypeGroup[];

  @Field(() => PracticeVisibility, { description: 'Who may read it.' })
  visibility: PracticeVisibility;

  @Field(() => ID, { nullable: true, description: 'For NETWORK visibility: the network.' })
  networkId: string | null;

  @Field({ description: 'Whether the author hid their name and school from other schools.' })
  anonymous: boolean;

  @Field(() => ID, { description: 'The local authority it belongs to.' })
  localAuthorityId: string;

  @Field(() => Int, { description: 'How many have used it in their school.' })
  endorsementCount: number;

  @Field(() => Date, { nullable: true, description: 'When the council featured it.' })
  featuredAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was withdrawn (seen only by its author and the council).' })
  withdrawnAt: Date | null;

  @Field({ description: 'When it was published.' })
  createdAt: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt: Date;
}

@ObjectType('PracticeSearchResult', { description: 'An entry found, with its relevance to the search.' })
export class PracticeSearchResultModel {
  @Field(() => PracticeEntryModel, { description: 'The entry.' })
  entry: PracticeEntryModel;

  @Field(() => Float, { nullable: true, description: 'Relevance to the search words (higher is better); null without a search.' })
  rank: number | null;
}

@ObjectType()
export class PracticeSearchConnection extends Connection(PracticeSearchResultModel, 'PracticeSearchResult') {}
