import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations.module';
import { GiasImportsController } from './gias-imports.controller';
import { GiasImportsResolver } from './gias-imports.resolver';
import { GiasUploadService } from './gias-upload.service';

/** The api's side of GIAS imports: the upload route and the runs' queries (the job queue is the api's). */
@Module({
  imports: [OrganisationsModule],
  controllers: [GiasImportsController],
  providers: [GiasUploadService, GiasImportsResolver],
})
export class GiasImportsModule {}

