import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@safeguard/platform';
import { SchoolTypeGroup } from './school-type-group';

@ObjectType('LocalAuthority', { description: 'An English local authority.' })
export class LocalAuthorityModel {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'The 3-digit LA code, e.g. 330 for Birmingham.' })
  code: string;

  @Field({ description: 'Name, e.g. Birmingham.' })
  name: string;
}

@ObjectType('School', { description: 'A school, as published in Get Information About Schools.' })
export class SchoolModel {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => Int, { description: 'Unique reference number from GIAS.' })
  urn: number;

  @Field({ description: 'Establishment name.' })
  name: string;

  @Field(() => ID, { description: 'The local authority the school is in.' })
  localAuthorityId: string;

  @Field({ description: 'GIAS establishment type, e.g. "Community school".' })
  establishmentType: string;

  @Field(() => SchoolTypeGroup, { description: 'Broad kind of school.' })
  typeGroup: SchoolTypeGroup;

  @Field(() => String, { nullable: true, description: 'Phase of education, e.g. Primary.' })
  phase: string | null;

  @Field({ description: 'GIAS status, e.g. Open.' })
  status: string;

  @Field(() => String, { nullable: true, description: 'Postcode.' })
  postcode: string | null;
}

@ObjectType({ description: 'A page of schools.' })
export class SchoolConnection extends Connection(SchoolModel, 'School') {}
