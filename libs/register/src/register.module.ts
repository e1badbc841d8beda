import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@safeguard/notifications';
import { OrganisationsModule } from '@safeguard/organisations';
import { RegisterRuleOverride } from './calendar/register-rule-override.entity';
import { RegisterSettingsResolver } from './calendar/register-settings.resolver';
import { SchoolCalendarService } from './calendar/school-calendar.service';
import { SchoolHoliday } from './calendar/school-holiday.entity';
import { ChildReads } from './children/child-reads';
import { Child } from './children/child.entity';
import { ChildrenResolver } from './children/children.resolver';
import { ChildrenService } from './children/children.service';
import { ChronologyService } from './chronology/chronology.service';
import { RegisterEvent } from './chronology/register-event.entity';
import { EntryFlagsService } from './dashboard/entry-flags.service';
import { RegisterDashboardResolver } from './dashboard/register-dashboard.resolver';
import { RegisterDashboardService } from './dashboard/register-dashboard.service';
import { RegisterExportService } from './dashboard/register-export.service';
import { DeadlinesService } from './deadlines/deadlines.service';
import { EscalationService } from './deadlines/escalation.service';
import { RegisterDeadline } from './deadlines/register-deadline.entity';
import { AuthorityTeam } from './entries/authority-team';
import { Enquiry } from './entries/enquiry.entity';
import { MissingEducationService } from './entries/missing-education.service';
import { RegisterEntriesResolver } from './entries/register-entries.resolver';
import { RegisterEntriesService } from './entries/register-entries.service';
import { RegisterEntry } from './entries/register-entry.entity';
import { Visit } from './entries/visit.entity';
import { VisitsService } from './entries/visits.service';
import { RegisterImportService } from './import/register-import.service';
import { RegisterPolicy } from './register.policy';

export const REGISTER_ENTITIES = [
  Child, RegisterEntry, Enquiry, Visit, RegisterDeadline, SchoolHoliday, RegisterRuleOverride, RegisterEvent,
];

const SERVICES = [
  RegisterPolicy, ChildReads, ChildrenService, ChronologyService, SchoolCalendarService, DeadlinesService, AuthorityTeam,
  RegisterEntriesService, MissingEducationService, VisitsService, EntryFlagsService, RegisterDashboardService,
  RegisterExportService, EscalationService, RegisterImportService,
];

/** The shared register of children out of school: services for every process. */
@Module({
  imports: [TypeOrmModule.forFeature(REGISTER_ENTITIES), NotificationsModule, OrganisationsModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class RegisterCoreModule {}

/** The api's register: GraphQL on top of the core. */
@Module({
  imports: [RegisterCoreModule],
  providers: [ChildrenResolver, RegisterEntriesResolver, RegisterSettingsResolver, RegisterDashboardResolver],
})
export class RegisterModule {}
