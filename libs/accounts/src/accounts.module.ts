import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationsModule } from '@safeguard/organisations';
import { AccountPolicy } from './account.policy';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { Invitation } from './invitation.entity';
import { InvitationsService } from './invitations.service';
import { Membership } from './membership.entity';
import { MembershipResolver } from './membership.resolver';
import { User } from './user.entity';

@Module({
  imports: [TypeOrmModule.forFeature([User, Membership, Invitation]), OrganisationsModule],
  providers: [AccountPolicy, AccountsService, InvitationsService, AccountsResolver, MembershipResolver],
  exports: [AccountsService, InvitationsService, TypeOrmModule],
})
export class AccountsModule {}
