import { ArgsType, Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { Connection, ConnectionArgs } from '@safeguard/platform';

@ObjectType('Notification', { description: 'Something the user should know about, linking to the record.' })
export class NotificationModel {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'Kind, e.g. `register.overdue`.' })
  kind: string;

  @Field({ description: 'Short title; never a child’s details.' })
  title: string;

  @Field({ description: 'Where in the portal the record is.' })
  link: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the user read it; null while unread.' })
  readAt: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was created.' })
  createdAt: Date;
}

@ObjectType({ description: 'A page of notifications, newest first.' })
export class NotificationConnection extends Connection(NotificationModel, 'Notification') {}

@ArgsType()
export class NotificationsArgs extends ConnectionArgs {
  @Field({ defaultValue: false, description: 'Only unread notifications.' })
  @IsBoolean()
  unreadOnly: boolean = false;
}

@InputType({ description: 'Which notifications to mark read: some by id, or all.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'These notifications.' })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Every unread notification.' })
  @IsOptional()
  @IsBoolean()
  all?: boolean;
}
