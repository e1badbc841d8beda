import { Module } from '@nestjs/common';
import { AuditModule } from '@safeguard/audit';
import { AuthWorkerModule } from '@safeguard/auth';
import { ConcernsWorkerModule } from '@safeguard/concerns';
import { EncryptionModule } from '@safeguard/encryption';
import { GovernanceWorkerModule } from '@safeguard/governance';
import { InspectionWorkerModule } from '@safeguard/inspection';
import { ConfigModule } from '@safeguard/config';
import { SystemDatabaseModule } from '@safeguard/database';
import { JobsModule } from '@safeguard/jobs';
import { MessagingWorkerModule } from '@safeguard/messaging';
import { GiasImportWorkerModule } from '@safeguard/organisations';
import { OutboxModule, OutboxWorkerModule } from '@safeguard/outbox';
import { PressureWorkerModule } from '@safeguard/pressure';
import { RegisterWorkerModule } from '@safeguard/register';

/** The worker process: durable jobs and schedules on PostgreSQL (pg-boss): e-mail delivery, register deadlines, front-door escalation, governance reminders, pressure-report acknowledgement escalation, the messaging retention purge, uploaded GIAS imports and the sweep of ended sign-in records. */
@Module({
  imports: [
    ConfigModule,
    SystemDatabaseModule,
    JobsModule.forRoot({ role: 'worker' }),
    AuditModule,
    OutboxModule,
    OutboxWorkerModule,
    RegisterWorkerModule,
    ConcernsWorkerModule,
    EncryptionModule,
    GovernanceWorkerModule,
    InspectionWorkerModule,
    PressureWorkerModule,
    MessagingWorkerModule,
    AuthWorkerModule,
    GiasImportWorkerModule,
  ],
})
export class WorkerModule {}
