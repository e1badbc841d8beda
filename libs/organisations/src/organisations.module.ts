import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GiasImportService } from './gias/gias-import.service';
import { LocalAuthority } from './local-authority.entity';
import { OrganisationsResolver } from './organisations.resolver';
import { School } from './school.entity';
import { SchoolsService } from './schools.service';

@Module({
  imports: [TypeOrmModule.forFeature([LocalAuthority, School])],
  providers: [SchoolsService, GiasImportService, OrganisationsResolver],
  exports: [SchoolsService, GiasImportService],
})
export class OrganisationsModule {}
