import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '@safeguard/platform';
import { SchoolTypeGroup } from './school-type-group';

@InputType({ description: 'Narrows the list of schools.' })
export class SchoolFilter {
  @Field({ nullable: true, description: '3-digit local authority code, e.g. 330.' })
  @IsOptional()
  @Matches(/^\d{3}$/, { message: 'localAuthorityCode must be three digits' })
  localAuthorityCode?: string;

  @Field(() => SchoolTypeGroup, { nullable: true, description: 'Broad kind of school.' })
  @IsOptional()
  @IsEnum(SchoolTypeGroup)
  typeGroup?: SchoolTypeGroup;

  @Field({ nullable: true, description: 'Part of the name, any case.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;
}

@ArgsType()
export class SchoolsArgs extends ConnectionArgs {
  @Field(() => SchoolFilter, { nullable: true, description: 'Narrows the list.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SchoolFilter)
  filter?: SchoolFilter;
}
