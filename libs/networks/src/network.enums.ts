import { registerEnumType } from '@nestjs/graphql';
import { Role } from '@safeguard/policy';

/** What a person does in a network. */
export enum NetworkRole {
  /** Invites, decides requests, removes members and names other moderators. */
  MODERATOR = 'MODERATOR',
  MEMBER = 'MEMBER',
}

registerEnumType(NetworkRole, {
  name: 'NetworkRole',
  description: 'What a person does in a network.',
  valuesMap: {
    MODERATOR: { description: 'Invites people, decides requests to join, removes members and names other moderators.' },
    MEMBER: { description: 'Takes part in the network.' },
  },
});

/** Where a person stands with a network; one row per person and network, kept when they go. */
export enum NetworkMemberStatus {
  /** A moderator invited them; they have not answered. */
  INVITED = 'INVITED',
  /** They asked to join; no moderator has decided. */
  REQUESTED = 'REQUESTED',
  ACTIVE = 'ACTIVE',
  LEFT = 'LEFT',
  REMOVED = 'REMOVED',
  /** An invitation declined by the invitee, or a request refused by a moderator (`decidedById` says who). */
  REFUSED = 'REFUSED',
}

registerEnumType(NetworkMemberStatus, {
  name: 'NetworkMemberStatus',
  description: 'Where a person stands with a network.',
  valuesMap: {
    INVITED: { description: 'Invited by a moderator; has not answered yet.' },
    REQUESTED: { description: 'Asked to join; waiting for a moderator.' },
    ACTIVE: { description: 'A member.' },
    LEFT: { description: 'Left the network.' },
    REMOVED: { description: 'Removed by a moderator or the authority’s manager.' },
    REFUSED: { description: 'Declined the invitation, or their request was refused (`decidedById` says who).' },
  },
});

/** The roles whose holders may take part in networks (TakePartInNetworks); HMI read, never join. */
export const NETWORK_PARTICIPANT_ROLES: readonly Role[] = [Role.HEADTEACHER, Role.DSL, Role.LA_OFFICER, Role.LA_MANAGER];

/** A person still in, or on their way into, a network: they may see it whatever their authority. */
export const CURRENT_STATUSES: readonly NetworkMemberStatus[] = [
  NetworkMemberStatus.ACTIVE, NetworkMemberStatus.INVITED, NetworkMemberStatus.REQUESTED,
];
