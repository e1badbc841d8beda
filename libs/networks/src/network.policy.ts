import { Injectable } from '@nestjs/common';
import { Brackets, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CommonException } from '@safeguard/platform';
import { Actor, Role } from '@safeguard/policy';
import { CURRENT_STATUSES, NETWORK_PARTICIPANT_ROLES, NetworkMemberStatus, NetworkRole } from './network.enums';

/** The network as the policy needs it. */
export interface NetworkRef {
  id: string;
  localAuthorityId: string;
}

/** The caller's own standing with the network, if they have a row. */
export interface OwnStanding {
  role: NetworkRole;
  status: NetworkMemberStatus;
}

/**
 * Who sees and does what with networks. Headteachers, DSLs, officers and managers find their
 * authority's networks (name, description, member count) and ask to join; people of other
 * authorities see a network only once invited or in it. The member list is for members, the
 * authority's team and its HMI. Moderators run their network, and the authority's LA managers
 * may moderate every network of the authority. HMI read, never join or act; ADMIN and
 * governance clerks read nothing (their roles lack the permissions).
 */
@Injectable()
export class NetworkPolicy {
  /** Authorities whose networks the caller may find and ask to join. */
  participantAreas(actor: Actor): string[] {
    return actor.localAuthorityIds(...NETWORK_PARTICIPANT_ROLES);
  }

  /** Authorities whose networks the caller may read: participants and the assigned HMI. */
  readerAreas(actor: Actor): string[] {
    return actor.localAuthorityIds(...NETWORK_PARTICIPANT_ROLES, Role.HMI);
  }

  /** Authorities where the caller may create networks: a manager's own, a headteacher's school's. */
  creatorAreas(actor: Actor): string[] {
    return actor.localAuthorityIds(Role.LA_MANAGER, Role.HEADTEACHER);
  }

  isAuthorityManager(actor: Actor, network: NetworkRef): boolean {
    return actor.localAuthorityIds(Role.LA_MANAGER).includes(network.localAuthorityId);
  }

  canSee(actor: Actor, network: NetworkRef, own: OwnStanding | null): boolean {
    return this.readerAreas(actor).includes(network.localAuthorityId) || (own !== null && CURRENT_STATUSES.includes(own.status));
  }

  /** Members, and the authority's officers, managers and HMI. */
  canSeeMembers(actor: Actor, network: NetworkRef, own: OwnStanding | null): boolean {
    if (own?.status === NetworkMemberStatus.ACTIVE && actor.hasRole(...NETWORK_PARTICIPANT_ROLES)) return true;
    return actor.localAuthorityIds(Role.LA_OFFICER, Role.LA_MANAGER, Role.HMI).includes(network.localAuthorityId);
  }

  /** Its active moderators, and the authority's LA managers. */
  canModerate(actor: Actor, network: NetworkRef, own: OwnStanding | null): boolean {
    if (!actor.hasRole(...NETWORK_PARTICIPANT_ROLES)) return false;
    const moderator = own?.status === NetworkMemberStatus.ACTIVE && own.role === NetworkRole.MODERATOR;
    return moderator || this.isAuthorityManager(actor, network);
  }

  assertCanModerate(actor: Actor, network: NetworkRef, own: OwnStanding | null): void {
    if (!this.canModerate(actor, network, own)) {
      throw CommonException.forbidden('Only the network’s moderators, or its authority’s managers, can do this');
    }
  }

  /** Asking to join is for eligible people of the network's own authority; others join by invitation. */
  assertCanRequest(actor: Actor, network: NetworkRef): void {
    if (!this.participantAreas(actor).includes(network.localAuthorityId)) {
      throw CommonException.forbidden('Only people of the network’s own authority can ask to join; others are invited');
    }
  }

  /** The authority to create a network in: the one given, or the caller's only one. */
  creationArea(actor: Actor, given?: string | null): string {
    const areas = this.creatorAreas(actor);
    if (given) {
      if (!areas.includes(given)) {
        throw CommonException.forbidden('LA managers create networks for their own authority, headteachers for their school’s');
      }
      return given;
    }
    if (areas.length === 1) return areas[0];
    if (!areas.length) throw CommonException.forbidden('Only LA managers and headteachers create networks');
    throw CommonException.invalidInput('localAuthorityId', 'Say which local authority the network belongs to');
  }

  /** Networks (under `alias`) the caller may see. */
  scope<T extends ObjectLiteral>(actor: Actor, query: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
    const areas = this.readerAreas(actor);
    const participates = actor.userId !== null && actor.hasRole(...NETWORK_PARTICIPANT_ROLES);
    return query.andWhere(
      new Brackets((where) => {
        where.where('false');
        if (areas.length) where.orWhere(`${alias}.local_authority_id IN (:...networkAreas)`, { networkAreas: areas });
        if (participates) {
          where.orWhere(
            `EXISTS (SELECT 1 FROM network_members own WHERE own.network_id = ${alias}.id AND own.user_id = :networkMe
               AND own.status::text IN (:...networkCurrent))`,
            { networkMe: actor.userId, networkCurrent: [...CURRENT_STATUSES] },
          );
        }
      }),
    );
  }
}
