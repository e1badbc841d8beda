import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { AppConfig } from '@safeguard/config';
import { SchoolsService } from '@safeguard/organisations';
import { OutboxService } from '@safeguard/outbox';
import { CommonException } from '@safeguard/platform';
import { Actor, LOCAL_AUTHORITY_ROLES, Role, SCHOOL_ROLES } from '@safeguard/policy';
import { AccountPolicy } from './account.policy';
import { InviteUserInput } from './account.inputs';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { assertAcceptablePassword, hashPassword, normaliseEmail, verifyPassword } from './password';
import { User, UserStatus } from './user.entity';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

interface ResolvedOrganisation {
  schoolId: string | null;
  localAuthorityId: string | null;
  /** The authority the membership belongs to, for policy and audit. */
  area: string | null;
  label: string;
}

/** Inviting people by e-mail and turning an accepted invitation into a membership. */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly organisations: SchoolsService,
    private readonly outbox: OutboxService,
    private readonly policy: AccountPolicy,
    private readonly audit: AuditService,
  ) {}

  async invite(actor: Actor, input: InviteUserInput): Promise<Invitation> {
    const organisation = await this.resolveOrganisation(input);
    this.policy.assertCanGrant(actor, { role: input.role, schoolId: organisation.schoolId, localAuthorityId: organisation.area });
    this.assertPeriod(input);
    const email = normaliseEmail(input.email);
    const token = randomBytes(32).toString('base64url');
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(User, { email });
      if (existing?.status === UserStatus.DISABLED) {
        throw CommonException.conflict('This account is disabled; an administrator must re-enable it first');
      }
      if (!existing) {
        await manager.insert(User, { email, displayName: input.displayName.trim(), status: UserStatus.INVITED });
      }
      const invitation = await manager.save(
        manager.create(Invitation, {
          email,
          displayName: input.displayName.trim(),
          role: input.role,
          schoolId: organisation.schoolId,
          localAuthorityId: organisation.localAuthorityId,
          unqualified: input.role === Role.LA_OFFICER && Boolean(input.unqualified),
          startsOn: input.startsOn ?? null,
          endsOn: input.endsOn ?? null,
          tokenHash: hashToken(token),
          expiresAt: new Date(Date.now() + this.config.auth.INVITATION_TTL_HOURS * 3_600_000),
          invitedById: actor.userId,
        }),
      );
      await this.outbox.enqueueEmail(manager, {
        recipient: email,
        subject: 'You are invited to Safeguard Hub',
        body: [
          `You have been invited to Safeguard Hub as ${input.role} (${organisation.label}).`,
          `Set your password here within ${this.config.auth.INVITATION_TTL_HOURS} hours:`,
          `${this.config.mail.PUBLIC_URL}/invitations/accept?token=${token}`,
          'If you did not expect this, ignore this e-mail.',
        ].join('\n\n'),
      });
      await this.audit.record(manager, actor, {
        action: 'accounts.invite',
        entityType: 'Invitation',
        entityId: invitation.id,
        localAuthorityId: organisation.area,
        details: { role: input.role, schoolId: organisation.schoolId, invitee: email },
      });
      return invitation;
    });
  }

  /** Accepts an invitation with its one-time token; returns the user now holding the membership. */
  async accept(token: string, password: string, requestId: string): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager
        .createQueryBuilder(Invitation, 'i')
        .setLock('pessimistic_write')
        .where('i.tokenHash = :hash', { hash: hashToken(token) })
        .getOne();
      if (!invitation || invitation.acceptedAt || invitation.revokedAt) {
        throw CommonException.invalidInput('token', 'This invitation link is not valid or has already been used');
      }
      if (invitation.expiresAt.getTime() < Date.now()) {
        throw CommonException.invalidInput('token', 'This invitation has expired; ask for a new one');
      }
      const user = await this.activateUser(manager, invitation, password);
      const membership = await manager.save(
        manager.create(Membership, {
          userId: user.id,
          role: invitation.role,
          schoolId: invitation.schoolId,
          localAuthorityId: invitation.localAuthorityId,
          unqualified: invitation.unqualified,
          startsOn: invitation.startsOn,
          endsOn: invitation.endsOn,
        }),
      );
      await manager.update(Invitation, { id: invitation.id }, { acceptedAt: new Date() });
      const area = invitation.localAuthorityId ?? (await this.schoolArea(invitation.schoolId));
      await this.audit.record(manager, new Actor(user.id, [], requestId), {
        action: 'accounts.accept_invitation',
        entityType: 'Membership',
        entityId: membership.id,
        localAuthorityId: area,
        membershipId: membership.id,
        details: { invitationId: invitation.id, role: invitation.role },
      });
      return user;
    });
  }

  private async activateUser(manager: EntityManager, invitation: Invitation, password: string): Promise<User> {
    const user = await manager
      .createQueryBuilder(User, 'u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: invitation.email })
      .getOne();
    if (!user || user.status === UserStatus.DISABLED) {
      throw CommonException.forbidden('This account cannot accept invitations');
    }
    if (user.passwordHash) {
      // An existing account proves it is theirs with their current password.
      if (!(await verifyPassword(user.passwordHash, password))) {
        throw CommonException.invalidInput('password', 'Enter your current password to accept this invitation');
      }
      return user;
    }
    assertAcceptablePassword(password);
    await manager.update(User, { id: user.id }, {
      passwordHash: await hashPassword(password),
      status: UserStatus.ACTIVE,
      displayName: invitation.displayName,
    });
    return { ...user, status: UserStatus.ACTIVE, displayName: invitation.displayName };
  }

  private async schoolArea(schoolId: string | null): Promise<string | null> {
    return schoolId ? ((await this.organisations.findById(schoolId))?.localAuthorityId ?? null) : null;
  }

  private async resolveOrganisation(input: InviteUserInput): Promise<ResolvedOrganisation> {
    if (SCHOOL_ROLES.has(input.role)) {
      if (!input.schoolId) throw CommonException.invalidInput('schoolId', `A ${input.role} belongs to a school`);
      const school = await this.organisations.findById(input.schoolId);
      if (!school) throw CommonException.invalidInput('schoolId', 'No school has this id');
      return { schoolId: school.id, localAuthorityId: null, area: school.localAuthorityId, label: school.name };
    }
    if (LOCAL_AUTHORITY_ROLES.has(input.role)) {
      if (!input.localAuthorityCode) {
        throw CommonException.invalidInput('localAuthorityCode', `A ${input.role} belongs to a local authority`);
      }
      const la = await this.organisations.findLocalAuthorityByCode(input.localAuthorityCode);
      if (!la) throw CommonException.invalidInput('localAuthorityCode', 'No local authority has this code');
      return { schoolId: null, localAuthorityId: la.id, area: la.id, label: la.name };
    }
    if (input.schoolId || input.localAuthorityCode) {
      throw CommonException.invalidInput('role', 'ADMIN belongs to no school or local authority');
    }
    return { schoolId: null, localAuthorityId: null, area: null, label: 'platform' };
  }

  private assertPeriod(input: InviteUserInput): void {
    if (input.role === Role.HMI && (!input.startsOn || !input.endsOn)) {
      throw CommonException.invalidInput('startsOn', 'An HMI assignment needs a first and a last day');
    }
    if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) {
      throw CommonException.invalidInput('endsOn', 'The last day cannot be before the first');
    }
  }
}
