import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSONObject } from './json.scalar';
import { Connection } from '@safeguard/platform';
import { AuditOutcome } from './audit-event.entity';

registerEnumType(AuditOutcome, { name: 'AuditOutcome', description: 'How an audited action ended.' });

@ObjectType('AuditEvent', { description: 'One entry of the append-only audit trail.' })
export class AuditEventModel {
  @Field(() => ID, { description: 'Position in the chain.' })
  id: string;

  @Field(() => GraphQLISODateTime, { description: 'When it happened.' })
  occurredAt: Date;

  @Field(() => ID, { nullable: true, description: 'Who acted; null for the system.' })
  actorUserId: string | null;

  @Field(() => ID, { nullable: true, description: 'The membership through which they acted.' })
  actorMembershipId: string | null;

  @Field({ description: 'What was done, e.g. `auth.login` or `accounts.invite`.' })
  action: string;

  @Field({ description: 'The kind of record acted on.' })
  entityType: string;

  @Field(() => String, { nullable: true, description: 'The id of the record acted on.' })
  entityId: string | null;

  @Field(() => ID, { nullable: true, description: 'The local authority the record belongs to.' })
  localAuthorityId: string | null;

  @Field({ description: 'Correlates all events of one request.' })
  requestId: string;

  @Field(() => AuditOutcome, { description: 'How it ended.' })
  outcome: AuditOutcome;

  @Field(() => GraphQLJSONObject, { description: 'Extra facts recorded with the event (never a child’s details).' })
  details: Record<string, unknown>;

  @Field({ description: 'SHA-256 of this row and its predecessor’s hash.' })
  hash: string;
}

@ObjectType({ description: 'A page of audit events, newest first.' })
export class AuditEventConnection extends Connection(AuditEventModel, 'AuditEvent') {}
