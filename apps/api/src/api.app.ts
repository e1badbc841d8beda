import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@safeguard/config';
import { securityHeaders } from '@safeguard/platform';
import { RealtimeIoAdapter } from '@safeguard/realtime';
import { ApiModule } from './api.module';
import { serveWebApp } from './web-app';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Builds the api application (used by main.ts and by the end-to-end tests alike). */
export async function createApiApp(): Promise<INestApplication> {
  const level = (process.env.LOG_LEVEL ?? 'log') as LogLevel;
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, {
    logger: LEVELS.slice(0, Math.max(LEVELS.indexOf(level), 1) + 1),
  });
  const config = app.get(AppConfig);
  app.disable('x-powered-by');
  // Client addresses (rate limits, audit) come from X-Forwarded-For only through this many trusted proxies.
  if (config.http.TRUST_PROXY_HOPS > 0) app.set('trust proxy', config.http.TRUST_PROXY_HOPS);
  app.use(securityHeaders({ production: config.isProduction }));
  // A school's single central record arrives as CSV inside one GraphQL request (up to 2 MB of text).
  app.useBodyParser('json', { limit: '3mb' });
  const adapter = new RealtimeIoAdapter(app, config.redis.REDIS_URL);
  await adapter.connectToRedis();
  app.useWebSocketAdapter(adapter);
  serveWebApp(app);
  app.enableShutdownHooks();
  return app;
}
