import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Authenticated, CurrentActor } from '@safeguard/policy';
import { MarkNotificationsReadInput, NotificationConnection, NotificationsArgs } from './notification.models';
import { NotificationsService } from './notifications.service';

/** A user's own notifications: anyone signed in reads and marks only theirs. */
@Resolver()
export class NotificationsResolver {
  constructor(private readonly centre: NotificationsService) {}

  @Query(() => NotificationConnection, { description: 'The caller’s notifications, newest first.' })
  @Authenticated()
  notifications(@CurrentActor() actor: Actor, @Args() args: NotificationsArgs) {
    return this.centre.list(actor, args);
  }

  @Query(() => Int, { description: 'How many of the caller’s notifications are unread.' })
  @Authenticated()
  unreadNotificationCount(@CurrentActor() actor: Actor) {
    return this.centre.unreadCount(actor);
  }

  @Mutation(() => Int, { description: 'Marks notifications read; returns how many changed.' })
  @Authenticated()
  markNotificationsRead(@CurrentActor() actor: Actor, @Args('input') input: MarkNotificationsReadInput) {
    return this.centre.markRead(actor, input);
  }
}
