import { ReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditOutcome, AuditService } from '@safeguard/audit';
import { AttachmentStore, attachmentTooLarge, checkedMediaType, cleanFileName } from '@safeguard/concerns';
import { AppConfig } from '@safeguard/config';
import { CommonException } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { ConversationAccess } from '../conversations/conversation-access';
import { MessageAttachment } from '../messages/message-attachment.entity';
import { Message } from '../messages/message.entity';

export interface MessageUpload {
  fileName: string;
  declaredType?: string | null;
  body: Readable;
  declaredLength?: number;
}

const refuse = (message: string) => CommonException.invalidInput('file', message);

/**
 * Files sent in conversations, under the same rules as concern attachments (PDF without scripts,
 * or a picture, typed by content). A file is uploaded first, seen only by its uploader, then
 * sent with a message (SendMessageInput.attachmentIds); readers of the conversation may then
 * download it, and once its message is deleted or hidden only moderators may. Every upload and
 * download is audited.
 */
@Injectable()
export class MessageAttachments {
  private readonly logger = new Logger(MessageAttachments.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
    private readonly store: AttachmentStore,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async upload(actor: Actor, conversationId: string, upload: MessageUpload): Promise<MessageAttachment> {
    const { conversation } = await this.access.postable(actor, conversationId);
    const { maxBytes } = this.config.attachments;
    if (upload.declaredLength !== undefined && upload.declaredLength > maxBytes) {
      throw attachmentTooLarge(maxBytes);
    }
    const fileName = cleanFileName(upload.fileName);
    const stored = await this.store.write(upload.body, maxBytes);
    try {
      const mediaType = await checkedMediaType(this.store, stored, { fileName, declaredType: upload.declaredType }, {
        refuse, notAccepted: 'Attach a PDF or an image (PNG, JPEG, GIF or WebP)',
      });
      return await this.dataSource.transaction(async (manager) => {
        const attachment = await manager.save(manager.create(MessageAttachment, {
          conversationId: conversation.id, messageId: null, uploadedById: actor.userId!, fileName, mediaType,
          byteSize: stored.byteSize, sha256: stored.sha256, storageKey: stored.key,
        }));
        await this.audit.record(manager, actor, {
          action: 'messaging.upload_attachment', entityType: 'MessageAttachment', entityId: attachment.id, localAuthorityId: conversation.localAuthorityId,
          details: { conversationId: conversation.id, mediaType, byteSize: stored.byteSize },
        });
        return attachment;
      });
    } catch (error) {
      await this.store.remove(stored.key).catch((e: unknown) => this.logger.error(`Could not remove ${stored.key}: ${String(error)} / ${String(e)}`));
      throw error;
    }
  }

  /** The file, if the caller may see it; NOT_FOUND otherwise (and the refusal is audited). */
  async open(actor: Actor, attachmentId: string): Promise<{ attachment: MessageAttachment; stream: ReadStream }> {
    const attachment = await this.dataSource.manager.findOneBy(MessageAttachment, { id: attachmentId });
    const allowed = attachment ? await this.mayRead(actor, attachment) : null;
    if (!attachment || !allowed) {
      await this.audit.recordDetached(actor, {
        action: 'messaging.read_attachment', entityType: 'MessageAttachment', entityId: attachmentId,
        localAuthorityId: allowed === null ? null : await this.authorityOf(attachment!.conversationId), outcome: AuditOutcome.DENIED,
      });
      throw CommonException.notFound('The attachment');
    }
    const stream = await this.store.open(attachment.storageKey);
    try {
      await this.audit.record(null, actor, {
        action: 'messaging.read_attachment', entityType: 'MessageAttachment', entityId: attachment.id, localAuthorityId: allowed.localAuthorityId,
        details: { conversationId: attachment.conversationId, messageId: attachment.messageId },
      });
    } catch (error) {
      stream.destroy();
      throw error;
    }
    return { attachment, stream };
  }

  /** An unsent upload is its uploader's alone; a sent one is for readers, or moderators once its message is gone. */
  private async mayRead(actor: Actor, attachment: MessageAttachment): Promise<{ localAuthorityId: string } | false> {
    const standing = await this.access.standing(actor, attachment.conversationId).catch(() => null);
    if (!standing) return false;
    const { localAuthorityId } = standing.conversation;
    if (!attachment.messageId) return attachment.uploadedById === actor.userId ? { localAuthorityId } : false;
    const message = await this.dataSource.manager.findOneBy(Message, { id: attachment.messageId });
    if (!message) return false;
    const gone = message.deletedAt !== null || message.hiddenAt !== null;
    return (gone ? standing.canModerate : standing.canRead) ? { localAuthorityId } : false;
  }

  private async authorityOf(conversationId: string): Promise<string | null> {
    const [row] = await this.dataSource.query('SELECT local_authority_id FROM conversations WHERE id = $1', [conversationId]);
    return row?.local_authority_id ?? null;
  }
}
