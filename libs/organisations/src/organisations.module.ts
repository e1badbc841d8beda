import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GiasImportService } from './gias/gias-import.service';
import { GiasImportChunk } from './gias/gias-import-chunk.entity';
import { GiasImportRun } from './gias/gias-import-run.entity';
import { GiasImportRunsService } from './gias/gias-import-runs.service';
import { LocalAuthority } from './local-authority.entity';
import { OrganisationsResolver } from './organisations.resolver';
import { School } from './school.entity';
import { SchoolsService } from './schools.service';

@Module({
  imports: [TypeOrmModule.forFeature([LocalAuthority, School, GiasImportRun, GiasImportChunk])],
  providers: [SchoolsService, GiasImportService, GiasImportRunsService, OrganisationsResolver],
  exports: [SchoolsService, GiasImportService, GiasImportRunsService],
})
export class OrganisationsModule {}
