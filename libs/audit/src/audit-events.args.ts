import { ArgsType, Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '@safeguard/platform';
import { AuditOutcome } from './audit-event.entity';

@InputType({ description: 'Narrows the audit trail.' })
export class AuditEventFilter {
  @Field({ nullable: true, description: 'Exact action, e.g. `auth.login_failed`.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @Field({ nullable: true, description: 'Kind of record.' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entityType?: string;

  @Field({ nullable: true, description: 'Id of the record.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @Field(() => ID, { nullable: true, description: 'Who acted.' })
  @IsOptional()
  @IsUUID()
  actorUserId?: string;

  @Field(() => AuditOutcome, { nullable: true, description: 'How it ended.' })
  @IsOptional()
  @IsEnum(AuditOutcome)
  outcome?: AuditOutcome;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Events at or after this time.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Events before this time.' })
  @IsOptional()
  @IsDate()
  to?: Date;
}

@ArgsType()
export class AuditEventsArgs extends ConnectionArgs {
  @Field(() => AuditEventFilter, { nullable: true, description: 'Narrows the list.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditEventFilter)
  filter?: AuditEventFilter;
}
