import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, Repository } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { AppConfig } from '@safeguard/config';
import { OutboxService } from '@safeguard/outbox';
import { CommonException, ConnectionShape, paginate } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { publishOnCommit, userRoom } from '@safeguard/realtime';
import { Notification } from './notification.entity';
import { MarkNotificationsReadInput, NotificationsArgs } from './notification.models';

export interface NewNotification {
  recipientId: string;
  kind: string;
  title: string;
  link: string;
  /** Also e-mail a copy through the outbox (default true). */
  email?: boolean;
}

/** The one notification centre every capability uses. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Writes a notification in the caller's transaction; it reaches the user's sockets and the
   * outbox only if that transaction commits.
   */
  async notify(manager: EntityManager, input: NewNotification): Promise<Notification> {
    const notification = await manager.save(
      manager.create(Notification, { recipientId: input.recipientId, kind: input.kind, title: input.title, link: input.link }),
    );
    await publishOnCommit(manager, {
      room: userRoom(input.recipientId),
      event: 'notification',
      payload: {
        id: notification.id,
        kind: notification.kind,
        title: notification.title,
        link: notification.link,
        createdAt: notification.createdAt.toISOString(),
      },
    });
    if (input.email !== false) {
      const [recipient] = await manager.query('SELECT email FROM users WHERE id = $1', [input.recipientId]);
      if (recipient) {
        await this.outbox.enqueueEmail(manager, {
          recipient: recipient.email,
          subject: `Safeguard Hub: ${input.title}`,
          body: `${input.title}\n\nOpen it in Safeguard Hub: ${this.config.mail.PUBLIC_URL}${input.link}`,
        });
      }
    }
    return notification;
  }

  list(actor: Actor, args: NotificationsArgs): Promise<ConnectionShape<Notification>> {
    const query = this.notifications.createQueryBuilder('n').where('n.recipientId = :me', { me: actor.userId });
    if (args.unreadOnly) query.andWhere('n.readAt IS NULL');
    return paginate(
      query,
      { columns: ['n.createdAt', 'n.id'], keyOf: (n) => [n.createdAt.toISOString(), n.id], direction: 'DESC' },
      args,
    );
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.notifications.countBy({ recipientId: actor.userId!, readAt: IsNull() });
  }

  /** Marks the caller's own notifications read; others' ids are ignored, never revealed. */
  async markRead(actor: Actor, input: MarkNotificationsReadInput): Promise<number> {
    if (!input.all && !input.ids?.length) {
      throw CommonException.invalidInput('ids', 'Give the notifications to mark, or all: true');
    }
    return this.dataSource.transaction(async (manager) => {
      const where = { recipientId: actor.userId!, readAt: IsNull(), ...(input.all ? {} : { id: In(input.ids!) }) };
      const result = await manager.update(Notification, where, { readAt: new Date() });
      await this.audit.record(manager, actor, {
        action: 'notifications.mark_read',
        entityType: 'Notification',
        details: { count: result.affected ?? 0, all: Boolean(input.all) },
      });
      return result.affected ?? 0;
    });
  }
}
