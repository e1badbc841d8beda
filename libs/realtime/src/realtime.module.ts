import { Module } from '@nestjs/common';
import { AuthModule } from '@safeguard/auth';
import { RealtimeRelay } from './realtime-relay';
import { RealtimeGateway } from './realtime.gateway';

/** socket.io for the api process: authenticated connections, fed by committed database events. */
@Module({
  imports: [AuthModule],
  providers: [RealtimeGateway, RealtimeRelay],
  exports: [RealtimeGateway],
})
export class RealtimeModule {}
