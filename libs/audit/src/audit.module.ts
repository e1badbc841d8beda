import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEvent } from './audit-event.entity';
import { AuditTrailService } from './audit-trail.service';
import { AuditPolicy } from './audit.policy';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEvent])],
  providers: [AuditService, AuditTrailService, AuditPolicy, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
