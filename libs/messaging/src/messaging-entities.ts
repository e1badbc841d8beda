import { ConversationMember } from './conversations/conversation-member.entity';
import { Conversation } from './conversations/conversation.entity';
import { ConversationEvent } from './events/conversation-event.entity';
import { MessageAttachment } from './messages/message-attachment.entity';
import { MessageEdit } from './messages/message-edit.entity';
import { MessageReaction } from './messages/message-reaction.entity';
import { Message } from './messages/message.entity';
import { MessageReport } from './moderation/message-report.entity';

export const MESSAGING_ENTITIES = [
  Conversation, ConversationMember, Message, MessageEdit, MessageReaction, MessageAttachment, ConversationEvent, MessageReport,
];
