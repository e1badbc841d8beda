import { Module } from '@nestjs/common';
import { GovernanceCoreModule } from '../governance-core.module';
import { GovernanceImportResolver } from './governance-import.resolver';
import { GovernanceImportService } from './governance-import.service';

/** Importing a school's single central record (governors' rows) from a spreadsheet. */
@Module({
  imports: [GovernanceCoreModule],
  providers: [GovernanceImportService, GovernanceImportResolver],
})
export class GovernanceImportModule {}
