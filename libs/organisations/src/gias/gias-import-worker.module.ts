import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations.module';
import { GiasImportWorker } from './gias-import.worker';

/** The worker's side of GIAS imports: runs queued uploads. */
@Module({ imports: [OrganisationsModule], providers: [GiasImportWorker] })
export class GiasImportWorkerModule {}
