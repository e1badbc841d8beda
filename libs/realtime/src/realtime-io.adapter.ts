import { INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import { Server, ServerOptions } from 'socket.io';

/**
 * socket.io on the api's own port. With REDIS_URL, instances share rooms and broadcasts
 * through the Redis Streams adapter (which keeps connection-state recovery working);
 * without it, one instance uses the in-memory adapter.
 */
export class RealtimeIoAdapter extends IoAdapter {
  private readonly adapterLogger = new Logger(RealtimeIoAdapter.name);
  private adapterFactory?: ReturnType<typeof createAdapter>;
  private redis?: ReturnType<typeof createClient>;

  constructor(app: INestApplicationContext, private readonly redisUrl?: string, private readonly streamName?: string) {
    super(app);
  }

  async connectToRedis(): Promise<void> {
    if (!this.redisUrl) return;
    this.redis = createClient({ url: this.redisUrl });
    this.redis.on('error', (error) => this.adapterLogger.error(`Redis: ${error.message}`));
    await this.redis.connect();
    this.adapterFactory = createAdapter(this.redis, { streamName: this.streamName });
    this.adapterLogger.log('socket.io shares traffic through Redis Streams');
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, {
      ...(options as ServerOptions),
      maxHttpBufferSize: 256 * 1024,
      connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: false },
    });
    if (this.adapterFactory) server.adapter(this.adapterFactory);
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await this.redis?.quit().catch(() => undefined);
  }
}
