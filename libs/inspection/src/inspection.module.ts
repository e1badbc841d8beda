import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HmiAssignment } from './assignments/hmi-assignment.entity';
import { HmiAssignmentsService } from './assignments/hmi-assignments.service';
import { InspectionAdminResolver } from './assignments/inspection-admin.resolver';
import { InspectionFiguresModule } from './figures/figures.module';
import { InspectionPolicy } from './inspection.policy';
import { ReportOutputsController } from './outputs/report-outputs.controller';
import { ReportOutputsService } from './outputs/report-outputs.service';
import { TermlyReport } from './reports/termly-report.entity';
import { TermlyReportsResolver } from './reports/termly-reports.resolver';
import { TermlyReportsService } from './reports/termly-reports.service';
import { TermlyReportsWorker } from './reports/termly-reports.worker';
import { TermCalendar } from './terms/term-calendar.service';
import { TermDates } from './terms/term-dates.entity';

const SERVICES = [InspectionPolicy, TermCalendar, HmiAssignmentsService, TermlyReportsService, ReportOutputsService];

/** HMI assignment and termly reports: services for every process. */
@Module({
  imports: [TypeOrmModule.forFeature([HmiAssignment, TermDates, TermlyReport]), InspectionFiguresModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class InspectionCoreModule {}

/** The api's inspection: GraphQL and the report files. */
@Module({
  imports: [InspectionCoreModule],
  providers: [InspectionAdminResolver, TermlyReportsResolver],
  controllers: [ReportOutputsController],
})
export class InspectionModule {}

/** The worker's inspection job: drafting each authority's report when a term ends. */
@Module({
  imports: [InspectionCoreModule],
  providers: [TermlyReportsWorker],
})
export class InspectionWorkerModule {}
