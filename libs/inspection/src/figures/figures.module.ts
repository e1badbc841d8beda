import { Module } from '@nestjs/common';
import { ConcernsCoreModule } from '@safeguard/concerns';
import { GovernanceCoreModule, PreventDutyModule } from '@safeguard/governance';
import { RegisterCoreModule } from '@safeguard/register';
import { TermlyFiguresService } from './termly-figures.service';

/**
 * The termly report's figures, read through the services that already compute them: the register's
 * school calendar, the front door's measures, governance completion, and the safeguarding returns
 * (which only PreventDutyModule provides and exports).
 */
@Module({
  imports: [RegisterCoreModule, ConcernsCoreModule, GovernanceCoreModule, PreventDutyModule],
  providers: [TermlyFiguresService],
  exports: [TermlyFiguresService],
})
export class InspectionFiguresModule {}
