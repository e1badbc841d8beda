import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { AppConfig } from '@safeguard/config';
import { School } from '@safeguard/organisations';
import { OutboxService } from '@safeguard/outbox';
import { CommonException, ConnectionArgs, ConnectionShape, paginate } from '@safeguard/platform';
import { Actor, Role } from '@safeguard/policy';
import { AccountPolicy } from './account.policy';
import { Invitation } from './invitation.entity';
import { hashToken } from './invitations.service';

/**
 * Invitations not yet taken up: listed for those who manage accounts, sent again with a new link,
 * or withdrawn so the link stops working.
 */
@Injectable()
export class InvitationAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly policy: AccountPolicy,
    private readonly audit: AuditService,
  ) {}

  /** Pending (neither accepted nor withdrawn, expired ones included), by e-mail address: all for ADMIN, their authority's for an LA manager. */
  listPending(actor: Actor, args: ConnectionArgs): Promise<ConnectionShape<Invitation>> {
    const query = this.dataSource.manager
      .createQueryBuilder(Invitation, 'i')
      .where('i.acceptedAt IS NULL AND i.revokedAt IS NULL');
    if (!actor.hasRole(Role.ADMIN)) {
      const areas = actor.localAuthorityIds(Role.LA_MANAGER);
      query.andWhere(
        new Brackets((where) => {
          where.where('false');
          if (areas.length) {
            where
              .orWhere('i.localAuthorityId IN (:...areas)', { areas })
              .orWhere('EXISTS (SELECT 1 FROM schools s WHERE s.id = i.school_id AND s.local_authority_id IN (:...areas))', { areas });
          }
        }),
      );
    }
    return paginate(query, { columns: ['i.email', 'i.id'], keyOf: (i) => [i.email, i.id] }, args);
  }

  /** A new link with a new expiry, e-mailed again; the old link stops working. */
  async resend(actor: Actor, invitationId: string): Promise<Invitation> {
    return this.dataSource.transaction(async (manager) => {
      const { invitation, area } = await this.pending(manager, actor, invitationId);
      const token = randomBytes(32).toString('base64url');
      invitation.expiresAt = new Date(Date.now() + this.config.auth.INVITATION_TTL_HOURS * 3_600_000);
      await manager.update(Invitation, { id: invitation.id }, { tokenHash: hashToken(token), expiresAt: invitation.expiresAt });
      await this.outbox.enqueueEmail(manager, {
        recipient: invitation.email,
        subject: 'Your invitation to Safeguard Hub',
        body: [
          `You have been invited to Safeguard Hub as ${invitation.role}. This is a new link; any earlier one no longer works.`,
          `Set your password here within ${this.config.auth.INVITATION_TTL_HOURS} hours:`,
          `${this.config.mail.PUBLIC_URL}/invitations/accept?token=${token}`,
          'If you did not expect this, ignore this e-mail.',
        ].join('\n\n'),
      });
      await this.audit.record(manager, actor, {
        action: 'accounts.resend_invitation', entityType: 'Invitation', entityId: invitation.id, localAuthorityId: area,
        details: { role: invitation.role, invitee: invitation.email },
      });
      return invitation;
    });
  }

  /** The link stops working at once; the person can be invited again later. */
  async withdraw(actor: Actor, invitationId: string): Promise<Invitation> {
    return this.dataSource.transaction(async (manager) => {
      const { invitation, area } = await this.pending(manager, actor, invitationId);
      invitation.revokedAt = new Date();
      await manager.update(Invitation, { id: invitation.id }, { revokedAt: invitation.revokedAt });
      await this.audit.record(manager, actor, {
        action: 'accounts.withdraw_invitation', entityType: 'Invitation', entityId: invitation.id, localAuthorityId: area,
        details: { role: invitation.role, invitee: invitation.email },
      });
      return invitation;
    });
  }

  /** The invitation, locked, if the actor could have sent it and it is still pending. */
  private async pending(manager: EntityManager, actor: Actor, invitationId: string): Promise<{ invitation: Invitation; area: string | null }> {
    const invitation = await manager.findOne(Invitation, { where: { id: invitationId }, lock: { mode: 'pessimistic_write' } });
    if (!invitation) throw CommonException.notFound('The invitation');
    const school = invitation.schoolId ? await manager.findOneBy(School, { id: invitation.schoolId }) : null;
    const area = invitation.localAuthorityId ?? school?.localAuthorityId ?? null;
    this.policy.assertCanGrant(actor, { role: invitation.role, schoolId: invitation.schoolId, localAuthorityId: area });
    if (invitation.acceptedAt) throw CommonException.conflict('This invitation has already been accepted');
    if (invitation.revokedAt) throw CommonException.conflict('This invitation has already been withdrawn');
    return { invitation, area };
  }
}
