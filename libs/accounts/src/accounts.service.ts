import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { CommonException, ConnectionShape, paginate } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { AccountPolicy } from './account.policy';
import { UsersArgs } from './account.inputs';
import { addDays, londonToday } from './london-date';
import { Membership } from './membership.entity';
import { User } from './user.entity';

/** Reading accounts and ending memberships. */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    private readonly policy: AccountPolicy,
    private readonly audit: AuditService,
  ) {}

  async requireUser(id: string): Promise<User> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw CommonException.notFound('The user');
    return user;
  }

  /** An account the actor may manage; NOT_FOUND when it does not exist or is not theirs to see. */
  async readUser(actor: Actor, id: string): Promise<User> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw CommonException.notFound('The user');
    const user = await this.policy.scopeReadableUsers(actor, this.users.createQueryBuilder('u'), 'u').andWhere('u.id = :id', { id }).getOne();
    if (!user) throw CommonException.notFound('The user');
    return user;
  }

  list(actor: Actor, args: UsersArgs): Promise<ConnectionShape<User>> {
    const query = this.policy.scopeReadableUsers(actor, this.users.createQueryBuilder('u'), 'u');
    const f = args.filter;
    if (f?.search) {
      const like = `%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('(u.email ILIKE :like OR u.displayName ILIKE :like)', { like });
    }
    if (f?.role) {
      query.andWhere('EXISTS (SELECT 1 FROM memberships rm WHERE rm.user_id = u.id AND rm.role = :role)', { role: f.role });
    }
    return paginate(query, { columns: ['u.email', 'u.id'], keyOf: (u) => [u.email, u.id] }, args);
  }

  /** Memberships in force today, for many users at once (DataLoader batches). */
  async currentMembershipsOf(userIds: readonly string[]): Promise<Membership[]> {
    const today = londonToday();
    return this.memberships
      .createQueryBuilder('m')
      .where({ userId: In([...userIds]) })
      .andWhere('(m.startsOn IS NULL OR m.startsOn <= :today)', { today })
      .andWhere('(m.endsOn IS NULL OR m.endsOn >= :today)', { today })
      .orderBy('m.createdAt', 'ASC')
      .getMany();
  }

  /** Every membership, past, present and future, for many users at once. */
  allMembershipsOf(userIds: readonly string[]): Promise<Membership[]> {
    return this.memberships.find({ where: { userId: In([...userIds]) }, order: { createdAt: 'ASC' } });
  }

  /** Ends a membership from today: it stops working at once. */
  async endMembership(actor: Actor, membershipId: string): Promise<Membership> {
    return this.dataSource.transaction(async (manager) => {
      const membership = await manager.findOne(Membership, { where: { id: membershipId }, relations: { school: true } });
      if (!membership) throw CommonException.notFound('The membership');
      const area = membership.localAuthorityId ?? membership.school?.localAuthorityId ?? null;
      this.policy.assertCanGrant(actor, { role: membership.role, localAuthorityId: area });
      if (membership.userId === actor.userId) {
        throw CommonException.invalidInput('membershipId', 'You cannot end your own membership');
      }
      const yesterday = addDays(londonToday(), -1);
      membership.endsOn = yesterday;
      if (membership.startsOn && membership.startsOn > yesterday) membership.startsOn = yesterday;
      await manager.save(membership);
      await this.audit.record(manager, actor, {
        action: 'accounts.end_membership',
        entityType: 'Membership',
        entityId: membership.id,
        localAuthorityId: area,
        details: { userId: membership.userId, role: membership.role },
      });
      return membership;
    });
  }
}
