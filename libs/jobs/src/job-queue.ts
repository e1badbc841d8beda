import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { DataSource, EntityManager } from 'typeorm';
import { APP_ROLE } from '@safeguard/database';

export const JOB_QUEUE_OPTIONS = Symbol('JOB_QUEUE_OPTIONS');

export interface JobQueueOptions {
  /** The worker runs handlers, schedules and maintenance; the api only enqueues. */
  role: 'producer' | 'worker';
}

/** Every queue the portal uses, created on start so producers never send to a missing queue. */
export const QUEUES = {
  outboxDelivery: 'outbox-delivery',
  outboxSweep: 'outbox-sweep',
  registerDeadlines: 'register-deadlines',
  concernDeadlines: 'concern-deadlines',
  governanceAlerts: 'governance-alerts',
  termlyReports: 'termly-reports',
  pressureDeadlines: 'pressure-deadlines',
  messagingRetention: 'messaging-retention',
  signInRecordsSweep: 'sign-in-records-sweep',
  giasImport: 'gias-import',
} as const;

const DEADLOCK_DETECTED = '40P01';

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Adapts a TypeORM transaction so pg-boss inserts its job in that same transaction. */
function inTransaction(manager: EntityManager): PgBoss.Db {
  return { executeSql: async (text, values) => ({ rows: await manager.query(text, values) }) };
}

/**
 * Durable jobs on PostgreSQL through pg-boss: a job sent inside a transaction exists only if
 * the transaction commits, and survives any crash after it.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private boss!: PgBoss;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(JOB_QUEUE_OPTIONS) private readonly options: JobQueueOptions,
  ) {}

  async onModuleInit(): Promise<void> {
    const { url } = this.dataSource.options as { url: string };
    const worker = this.options.role === 'worker';
    this.boss = new PgBoss({
      connectionString: url,
      schema: 'pgboss',
      max: worker ? 4 : 2,
      application_name: `safeguard-${this.options.role}`,
      supervise: worker,
      schedule: worker,
      migrate: true,
    });
    this.boss.on('error', (error) => this.logger.error(`pg-boss: ${error.message}`));
    await this.boss.start();
    for (const name of Object.values(QUEUES)) await this.createQueue(name);
    await this.grantToAppRole();
  }

  /**
   * pg-boss creates its schema itself, after the migrations: the app role (row-level security)
   * needs it to enqueue jobs inside request transactions. Under a lock, as concurrent GRANTs on
   * one object can fail with "tuple concurrently updated".
   */
  private async grantToAppRole(): Promise<void> {
    await this.boss.getDb().executeSql(
      `DO $$ BEGIN
         IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
           PERFORM pg_advisory_xact_lock(7243002);
           GRANT USAGE ON SCHEMA pgboss TO ${APP_ROLE};
           GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO ${APP_ROLE};
           GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA pgboss TO ${APP_ROLE};
         END IF;
       END $$`,
      [],
    );
  }

  /**
   * Creating a queue is idempotent, but the api and the worker start together and each creates
   * every queue; two processes attaching the same queue's partition can deadlock. PostgreSQL
   * aborts one side, which simply tries again.
   */
  private async createQueue(name: QueueName): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.boss.createQueue(name, { name, retryLimit: 8, retryDelay: 5, retryBackoff: true });
      } catch (error) {
        if ((error as { code?: string }).code !== DEADLOCK_DETECTED || attempt >= 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 100));
      }
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, timeout: 5000 }).catch(() => undefined);
  }

  /** Enqueues a job; with a manager, atomically with that transaction. */
  send(name: QueueName, data: object, manager?: EntityManager, options: PgBoss.SendOptions = {}): Promise<string | null> {
    return this.boss.send(name, data, { ...options, ...(manager ? { db: inTransaction(manager) } : {}) });
  }

  work<T>(name: QueueName, handler: (jobs: PgBoss.Job<T>[]) => Promise<unknown>, options: PgBoss.WorkOptions = {}) {
    return this.boss.work<T>(name, { pollingIntervalSeconds: 1, ...options }, handler);
  }

  schedule(name: QueueName, cron: string, data: object = {}): Promise<void> {
    return this.boss.schedule(name, cron, data, { tz: 'Europe/London' });
  }
}
