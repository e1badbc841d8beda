import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JobQueue, QUEUES } from '@safeguard/jobs';
import { OutboxMessage } from './outbox-message.entity';

export interface OutgoingEmail {
  recipient: string;
  subject: string;
  body: string;
}

/** Queues e-mail inside the caller's transaction; the worker delivers it. */
@Injectable()
export class OutboxService {
  constructor(private readonly jobs: JobQueue) {}

  async enqueueEmail(manager: EntityManager, email: OutgoingEmail): Promise<string> {
    const message = await manager.save(OutboxMessage, manager.create(OutboxMessage, email));
    await this.jobs.send(QUEUES.outboxDelivery, { id: message.id }, manager);
    return message.id;
  }
}
