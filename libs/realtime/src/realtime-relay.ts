import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { REALTIME_CHANNEL, RealtimeEvent } from './realtime-event';
import { RealtimeGateway } from './realtime.gateway';

/**
 * Listens on PostgreSQL for committed realtime events and hands them to this instance's
 * sockets. One dedicated connection per api instance, reconnected when it drops.
 */
@Injectable()
export class RealtimeRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RealtimeRelay.name);
  private client?: Client;
  private stopped = false;
  private retryTimer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly gateway: RealtimeGateway,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    await this.client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const { url } = this.dataSource.options as { url: string };
    const client = new Client({ connectionString: url, application_name: 'safeguard-realtime' });
    client.on('notification', (message) => this.deliver(message.payload));
    client.on('error', (error) => {
      this.logger.warn(`Realtime listener lost its connection: ${error.message}`);
      this.scheduleReconnect();
    });
    client.on('end', () => this.scheduleReconnect());
    try {
      await client.connect();
      await client.query(`LISTEN ${REALTIME_CHANNEL}`);
      this.client = client;
    } catch (error) {
      this.logger.warn(`Realtime listener could not connect: ${String(error)}`);
      await client.end().catch(() => undefined);
      this.scheduleReconnect();
    }
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.retryTimer) return;
    this.client = undefined;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.listen();
    }, 1000);
  }

  private deliver(text: string | undefined): void {
    if (!text) return;
    try {
      const event = JSON.parse(text) as RealtimeEvent;
      this.gateway.emitLocally(event.room, event.event, event.payload);
    } catch (error) {
      this.logger.error(`Unreadable realtime event: ${String(error)}`);
    }
  }
}
