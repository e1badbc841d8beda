import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EncryptionModule } from '@safeguard/encryption';
import { OrganisationsModule } from '@safeguard/organisations';
import { AccountPolicy } from './account.policy';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { Invitation } from './invitation.entity';
import { InvitationsService } from './invitations.service';
import { InvitationAdminService } from './invitation-admin.service';
import { InvitationResolver } from './invitation.resolver';
import { Membership } from './membership.entity';
import { MembershipResolver } from './membership.resolver';
import { PasswordResetToken } from './password-reset-token.entity';
import { PasswordService } from './password.service';
import { RecoveryCode } from './recovery-code.entity';
import { SecondFactorResetService } from './second-factor-reset.service';
import { SecondFactorService } from './second-factor.service';
import { User } from './user.entity';

@Module({
  imports: [TypeOrmModule.forFeature([User, Membership, Invitation, RecoveryCode, PasswordResetToken]), OrganisationsModule, EncryptionModule],
  providers: [
    AccountPolicy, AccountsService, InvitationsService, InvitationAdminService, InvitationResolver, PasswordService, SecondFactorService,
    SecondFactorResetService, AccountsResolver, MembershipResolver,
  ],
  exports: [AccountsService, InvitationsService, PasswordService, SecondFactorService, TypeOrmModule],
})
export class AccountsModule {}
