import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { Network, NetworkMembership, participant } from '@safeguard/networks';
import { CommonException } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { appendEvents, ConversationEventView, NewConversationEvent } from '../events/conversation-log';
import { ConversationBroadcast } from '../gateway/conversation-broadcast';
import { ChannelVisibility, ConversationEventType, ConversationKind, ConversationMemberStatus } from '../messaging.enums';
import { MessagingException, MessagingRefusal } from '../messaging.exception';
import { AccessChanges } from './access-changes';
import { ConversationAccess } from './conversation-access';
import { AddConversationMembersInput, ConversationRefInput, CreateChannelInput, StartDirectConversationInput } from './conversation.inputs';
import { Conversation } from './conversation.entity';

/** Creating conversations and changing who is in them; every change is logged, audited and broadcast. */
@Injectable()
export class ConversationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
    private readonly networks: NetworkMembership,
    private readonly broadcast: ConversationBroadcast,
    private readonly accessChanges: AccessChanges,
    private readonly audit: AuditService,
  ) {}

  /** A channel in a network the caller is an active member of; the caller joins it, with anyone named. */
  async createChannel(actor: Actor, input: CreateChannelInput): Promise<Conversation> {
    return this.run(async (manager) => {
      const network = await manager.findOne(Network, { where: { id: input.networkId }, lock: { mode: 'pessimistic_write' } });
      if (!network || !(await this.networks.isActiveMember(network.id, actor.userId!, manager))) {
        throw CommonException.notFound('The network (you must be an active member to add a channel)');
      }
      const [taken] = await manager.query(`SELECT 1 FROM conversations WHERE network_id = $1 AND lower(name) = lower($2)`, [network.id, input.name]);
      if (taken) throw new MessagingException(MessagingRefusal.NAME_TAKEN, 'The network already has a channel of that name', 'name');
      const others = [...new Set(input.memberUserIds ?? [])].filter((id) => id !== actor.userId);
      const members = await this.networks.activeMemberUserIds(network.id, manager);
      if (others.some((id) => !members.includes(id))) {
        throw CommonException.invalidInput('memberUserIds', 'Add only active members of the network');
      }
      const conversation = await manager.save(
        manager.create(Conversation, {
          kind: ConversationKind.CHANNEL,
          networkId: network.id,
          localAuthorityId: network.localAuthorityId,
          name: input.name,
          topic: input.topic ?? null,
          visibility: input.visibility,
          createdById: actor.userId!,
        }),
      );
      const events = await this.admit(manager, actor, conversation, [actor.userId!, ...others]);
      await this.record(manager, actor, conversation, 'messaging.create_channel', { name: conversation.name, visibility: conversation.visibility, members: others.length + 1 });
      return { result: conversation, events };
    });
  }

  /**
   * The direct conversation between the caller and these people, created the first time. Each
   * must be able to take part and share a network or a local authority with the caller.
   */
  async startDirect(actor: Actor, input: StartDirectConversationInput): Promise<Conversation> {
    const people = [...new Set([actor.userId!, ...input.userIds])].sort();
    if (people.length < 2) throw CommonException.invalidInput('userIds', 'Name at least one other person');
    const directKey = people.join(',');
    return this.run(async (manager) => {
      const existing = await manager.findOneBy(Conversation, { directKey });
      if (existing) {
        const events = await this.admit(manager, actor, existing, [actor.userId!]);
        return { result: existing, events };
      }
      const localAuthorityId = await this.sharedAuthority(manager, actor, people);
      const conversation = await manager.save(
        manager.create(Conversation, { kind: ConversationKind.DIRECT, directKey, localAuthorityId, createdById: actor.userId! }),
      );
      const events = await this.admit(manager, actor, conversation, people);
      await this.record(manager, actor, conversation, 'messaging.start_direct', { participants: people.length });
      return { result: conversation, events };
    }).catch(async (error: unknown) => {
      // Two people starting the same conversation at once: the loser finds the winner's.
      const existing = await this.dataSource.manager.findOneBy(Conversation, { directKey });
      if (existing && (error as { driverError?: { constraint?: string } }).driverError?.constraint === 'conversations_direct_key') return existing;
      throw error;
    });
  }

  /** Joins a public channel of a network the caller is in (or rejoins one they left). */
  async join(actor: Actor, input: ConversationRefInput): Promise<Conversation> {
    return this.run(async (manager) => {
      const standing = await this.access.readable(actor, input.conversationId, manager);
      const { conversation } = standing;
      const publicChannel = conversation.kind === ConversationKind.CHANNEL && conversation.visibility === ChannelVisibility.PUBLIC;
      const inNetwork = conversation.networkId !== null && (await this.networks.isActiveMember(conversation.networkId, actor.userId!, manager));
      if (!standing.participant && !(publicChannel && inNetwork)) {
        throw new MessagingException(MessagingRefusal.NOT_A_MEMBER, 'Only members of the network can join its public channels; private ones are by invitation', 'conversationId');
      }
      const [removed] = await manager.query(
        `SELECT 1 FROM conversation_members WHERE conversation_id = $1 AND user_id = $2 AND status = 'REMOVED'`,
        [conversation.id, actor.userId],
      );
      if (removed) throw new MessagingException(MessagingRefusal.NOT_A_MEMBER, 'A moderator removed you from this channel; ask them to add you again', 'conversationId');
      const events = await this.admit(manager, actor, conversation, [actor.userId!]);
      if (events.length) await this.record(manager, actor, conversation, 'messaging.join', {});
      return { result: conversation, events };
    });
  }

  /** Leaves a conversation; the caller stops receiving its events at once. */
  async leave(actor: Actor, input: ConversationRefInput): Promise<Conversation> {
    return this.run(async (manager) => {
      const { conversation, participant: isIn } = await this.access.standing(actor, input.conversationId, manager);
      if (!isIn) return { result: conversation, events: [] };
      const events = await this.depart(manager, conversation, [actor.userId!], ConversationMemberStatus.LEFT, actor.userId);
      await this.record(manager, actor, conversation, 'messaging.leave', {});
      return { result: conversation, events };
    });
  }

  /** Adds network members to a channel: its participants may add to a public or private channel; moderators to any. */
  async addMembers(actor: Actor, input: AddConversationMembersInput): Promise<Conversation> {
    return this.run(async (manager) => {
      const standing = await this.access.standing(actor, input.conversationId, manager);
      const { conversation } = standing;
      if (conversation.kind !== ConversationKind.CHANNEL) {
        throw CommonException.invalidInput('conversationId', 'People are added to channels; start a new direct conversation to talk to others');
      }
      if (!standing.participant && !standing.canModerate) throw CommonException.forbidden('Only the channel’s members and moderators can add people');
      const members = await this.networks.activeMemberUserIds(conversation.networkId!, manager);
      const people = [...new Set(input.userIds)];
      if (people.some((id) => !members.includes(id))) throw CommonException.invalidInput('userIds', 'Add only active members of the network');
      const events = await this.admit(manager, actor, conversation, people);
      await this.record(manager, actor, conversation, 'messaging.add_members', { userIds: people });
      return { result: conversation, events };
    });
  }

  /**
   * Makes people ACTIVE members (new rows, or back from LEFT; REMOVED people only when a
   * moderator or member adds them), logging MEMBER_JOINED for each who was not in.
   */
  async admit(manager: EntityManager, actor: Actor, conversation: Conversation, userIds: string[]): Promise<ConversationEventView[]> {
    const joined: Array<{ user_id: string }> = await manager.query(
      `INSERT INTO conversation_members (conversation_id, user_id, status, read_up_to)
       SELECT $1, u, 'ACTIVE', c.last_message_sequence FROM unnest($2::uuid[]) u, conversations c WHERE c.id = $1
       ON CONFLICT (conversation_id, user_id) DO UPDATE SET status = 'ACTIVE', updated_at = now()
         WHERE conversation_members.status <> 'ACTIVE'
       RETURNING user_id`,
      [conversation.id, userIds],
    );
    return appendEvents(manager, conversation.id, joined.map((r) => ({
      type: ConversationEventType.MEMBER_JOINED, actorId: actor.userId, payload: { userId: r.user_id },
    })));
  }

  /** Takes people out (LEFT or REMOVED), logging an event for each who was in. */
  async depart(
    manager: EntityManager, conversation: Conversation, userIds: string[], status: ConversationMemberStatus, actorId: string | null,
  ): Promise<ConversationEventView[]> {
    const [gone]: [Array<{ user_id: string }>, number] = await manager.query(
      `UPDATE conversation_members SET status = $3::conversation_member_status, updated_at = now()
        WHERE conversation_id = $1 AND user_id = ANY($2::uuid[]) AND status = 'ACTIVE' RETURNING user_id`,
      [conversation.id, userIds, status],
    );
    const type = status === ConversationMemberStatus.LEFT ? ConversationEventType.MEMBER_LEFT : ConversationEventType.MEMBER_REMOVED;
    const events: NewConversationEvent[] = gone.map((r) => ({ type, actorId, payload: { userId: r.user_id } }));
    await this.accessChanges.publish(manager, gone.map((r) => r.user_id));
    return appendEvents(manager, conversation.id, events);
  }

  /** The authority the people share (the caller's first in common), else the authority of a network they all share. */
  private async sharedAuthority(manager: EntityManager, actor: Actor, people: string[]): Promise<string> {
    const everyone = await Promise.all(people.map((id) => participant(manager, id)));
    if (everyone.some((p) => p === null)) {
      throw new MessagingException(MessagingRefusal.NOT_REACHABLE, 'Everyone in a direct conversation must be a headteacher, DSL, LA officer or manager in post', 'userIds');
    }
    const [mine, ...others] = [everyone.find((p) => p!.userId === actor.userId)!, ...everyone.filter((p) => p!.userId !== actor.userId)];
    const common = mine.localAuthorityIds.find((la) => others.every((p) => p!.localAuthorityIds.includes(la)));
    if (common) return common;
    const [shared]: Array<{ local_authority_id: string }> = await manager.query(
      `SELECT n.local_authority_id FROM networks n
        WHERE (SELECT count(*) FROM network_members nm WHERE nm.network_id = n.id AND nm.status = 'ACTIVE' AND nm.user_id = ANY($1::uuid[])) = $2
        ORDER BY n.created_at LIMIT 1`,
      [people, people.length],
    );
    if (!shared) {
      throw new MessagingException(MessagingRefusal.NOT_REACHABLE, 'You can message directly only people who share a network or a local authority with you', 'userIds');
    }
    return shared.local_authority_id;
  }

  private async record(manager: EntityManager, actor: Actor, conversation: Conversation, action: string, details: Record<string, unknown>): Promise<void> {
    await this.audit.record(manager, actor, {
      action, entityType: 'Conversation', entityId: conversation.id, localAuthorityId: conversation.localAuthorityId, details,
    });
  }

  /** Runs a change in a transaction, then tells the conversation's sockets what it logged. */
  private async run<T>(work: (manager: EntityManager) => Promise<{ result: T; events: ConversationEventView[] }>): Promise<T> {
    const { result, events } = await this.dataSource.transaction(work);
    await this.broadcast.deliver(events);
    return result;
  }
}
