import { Module } from '@nestjs/common';
import { RegisterDeadlinesWorker } from './deadlines/register-deadlines.worker';
import { RegisterCoreModule } from './register.module';

/** The worker's register jobs: deadline checks and escalation. */
@Module({
  imports: [RegisterCoreModule],
  providers: [RegisterDeadlinesWorker],
})
export class RegisterWorkerModule {}
