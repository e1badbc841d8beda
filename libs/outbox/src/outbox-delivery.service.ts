import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MailTransport } from './mail-transport';
import { OutboxMessage } from './outbox-message.entity';

/**
 * Delivers outbox messages. The row lock (SKIP LOCKED) keeps two workers from sending the
 * same message; a crash between sending and marking it sent can repeat one e-mail, never lose it.
 */
@Injectable()
export class OutboxDeliveryService {
  private readonly logger = new Logger(OutboxDeliveryService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
  ) {}

  /** Sends one message if it is still pending; throws so the job retries when sending fails. */
  async deliver(id: string): Promise<'sent' | 'already-sent'> {
    return this.dataSource.transaction(async (manager) => {
      const message = await manager
        .createQueryBuilder(OutboxMessage, 'm')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where('m.id = :id AND m.sentAt IS NULL', { id })
        .getOne();
      if (!message) return 'already-sent';
      try {
        await this.transport.send(message);
      } catch (error) {
        await this.dataSource.query(
          'UPDATE outbox_messages SET attempts = attempts + 1, last_error = $2 WHERE id = $1',
          [id, String(error).slice(0, 2000)],
        );
        throw error;
      }
      await manager.update(OutboxMessage, { id }, { sentAt: new Date(), attempts: message.attempts + 1, lastError: null });
      return 'sent';
    });
  }

  /** Ids of messages pending for longer than a job's retries should take: a safety net. */
  async stalled(olderThanMinutes = 30, limit = 100): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM outbox_messages WHERE sent_at IS NULL AND created_at < now() - make_interval(mins => $1)
       ORDER BY created_at LIMIT $2`,
      [olderThanMinutes, limit],
    );
    if (rows.length) this.logger.warn(`${rows.length} outbox messages stalled; retrying`);
    return rows.map((r) => r.id);
  }
}
