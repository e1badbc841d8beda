import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { databaseFaultOf } from '@safeguard/platform';
import { Public } from '@safeguard/policy';

const READY_TIMEOUT_MS = 2000;

class ReadyTimeout extends Error {}

/** Liveness (the process answers) and readiness (the database answers), for load balancers. */
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('live')
  @Public('load balancer probe')
  live() {
    return { status: 'ok' };
  }

  /**
   * 503 with a short reason while the database cannot be reached, 200 again as soon as it can:
   * the pool drops dead connections, so each probe tries a fresh one when it must.
   */
  @Get('ready')
  @HttpCode(200)
  @Public('load balancer probe')
  async ready() {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new ReadyTimeout()), READY_TIMEOUT_MS))),
      ]);
      return { status: 'ok', database: 'up' };
    } catch (error) {
      const reason = error instanceof ReadyTimeout ? `no answer within ${READY_TIMEOUT_MS} ms` : (databaseFaultOf(error) ?? 'query failed');
      throw new ServiceUnavailableException({ status: 'unavailable', database: 'down', reason });
    } finally {
      clearTimeout(timer);
    }
  }
}
