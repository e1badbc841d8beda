import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@safeguard/notifications';
import { OrganisationsModule } from '@safeguard/organisations';
import { SafeguardingReturnResolver } from '../returns/safeguarding-return.resolver';
import { SafeguardingReturnsResolver } from '../returns/safeguarding-returns.resolver';
import { SafeguardingReturnsService } from '../returns/safeguarding-returns.service';
import { PREVENT_ENTITIES } from './prevent-entities';
import { PreventDutyResolver } from './prevent-duty.resolver';
import { PreventDutyService } from './prevent-duty.service';
import { PreventRecordingService } from './prevent-recording.service';
import { PreventPolicy } from './prevent.policy';

/** What the HMI termly report and other capabilities read. */
const SERVICES = [PreventPolicy, PreventDutyService, SafeguardingReturnsService];

/** Each school's Prevent duty record (risk assessment, staff training, referrals) and its termly safeguarding return. */
@Module({
  imports: [TypeOrmModule.forFeature(PREVENT_ENTITIES), NotificationsModule, OrganisationsModule],
  providers: [...SERVICES, PreventRecordingService, PreventDutyResolver, SafeguardingReturnsResolver, SafeguardingReturnResolver],
  exports: SERVICES,
})
export class PreventDutyModule {}
