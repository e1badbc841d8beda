import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailTransport } from './mail-transport';
import { OutboxDeliveryService } from './outbox-delivery.service';
import { OutboxMessage } from './outbox-message.entity';
import { OutboxService } from './outbox.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessage])],
  providers: [OutboxService, OutboxDeliveryService, MailTransport],
  exports: [OutboxService, OutboxDeliveryService],
})
export class OutboxModule {}
