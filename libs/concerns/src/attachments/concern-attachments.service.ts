import { ReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AuditOutcome, AuditService } from '@safeguard/audit';
import { AppConfig } from '@safeguard/config';
import { CommonException } from '@safeguard/platform';
import { Actor, Role } from '@safeguard/policy';
import { ConcernStatus } from '../concern.enums';
import { ConcernException, ConcernRefusal } from '../concern.exception';
import { ConcernPolicy } from '../concern.policy';
import { Concern } from '../filing/concern.entity';
import { attachmentTooLarge, AttachmentStore } from './attachment-store';
import { ConcernAttachment } from './concern-attachment.entity';
import { checkedMediaType } from './upload-check';
import { cleanFileName } from './upload-names';

export interface AttachmentUpload {
  /** The name the uploader gave; kept for display only. */
  fileName: string;
  /** The Content-Type the client sent, if any. */
  declaredType?: string | null;
  body: Readable;
  /** The Content-Length the client sent, if any; checked before reading a byte. */
  declaredLength?: number;
}

const refuse = (message: string, field = 'file') => new ConcernException(ConcernRefusal.ATTACHMENT_REFUSED, message, field);

/**
 * Files attached to concerns: the uploader's words for a file are checked against its bytes,
 * and every upload and download is audited. Anyone who may not read a concern is told it does
 * not exist.
 */
@Injectable()
export class ConcernAttachmentsService {
  private readonly logger = new Logger(ConcernAttachmentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: ConcernPolicy,
    private readonly store: AttachmentStore,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async upload(actor: Actor, concernId: string, upload: AttachmentUpload): Promise<ConcernAttachment> {
    const concern = await this.readableConcern(actor, concernId);
    this.assertMayAttach(actor, concern);
    const { maxBytes } = this.config.attachments;
    if (upload.declaredLength !== undefined && upload.declaredLength > maxBytes) throw attachmentTooLarge(maxBytes);
    const fileName = cleanFileName(upload.fileName);

    const stored = await this.store.write(upload.body, maxBytes);
    try {
      const mediaType = await checkedMediaType(this.store, stored, { fileName, declaredType: upload.declaredType }, { refuse, notAccepted: 'Attach a PDF or an image (PNG, JPEG, GIF or WebP)' });
      return await this.dataSource.transaction(async (manager) => {
        const locked = await manager.findOne(Concern, { where: { id: concernId }, lock: { mode: 'pessimistic_write' } });
        if (!locked) throw CommonException.notFound('The concern');
        // It may have been submitted while the file was arriving.
        this.assertMayAttach(actor, locked);
        const attachment = await manager.save(
          manager.create(ConcernAttachment, {
            concernId,
            fileName,
            mediaType,
            byteSize: stored.byteSize,
            sha256: stored.sha256,
            storageKey: stored.key,
            uploadedById: actor.userId!,
            addedAfterSubmission: locked.status !== ConcernStatus.DRAFT,
          }),
        );
        // No file name in the trail: it may name the child, and the trail is read more widely.
        await this.audit.record(manager, actor, {
          action: 'concerns.attach',
          entityType: 'ConcernAttachment',
          entityId: attachment.id,
          localAuthorityId: locked.localAuthorityId,
          details: {
            concernId,
            mediaType,
            byteSize: stored.byteSize,
            sha256: stored.sha256,
            addedAfterSubmission: attachment.addedAfterSubmission,
          },
        });
        return attachment;
      });
    } catch (error) {
      await this.store.remove(stored.key).catch((e: unknown) => this.logger.error(`Could not remove ${stored.key}: ${String(e)}`));
      throw error;
    }
  }

  /** The attachment and its bytes, if the caller may read its concern; the read is audited first. */
  async open(actor: Actor, attachmentId: string): Promise<{ attachment: ConcernAttachment; stream: ReadStream }> {
    const attachment = await this.policy
      .scope(
        actor,
        this.dataSource
          .getRepository(ConcernAttachment)
          .createQueryBuilder('a')
          .innerJoin('a.concern', 'c')
          .addSelect(['c.id', 'c.localAuthorityId']),
        'c',
      )
      .andWhere('a.id = :attachmentId', { attachmentId })
      .getOne();
    if (!attachment) {
      const [owner] = await this.dataSource.query(
        'SELECT c.local_authority_id FROM concern_attachments a JOIN concerns c ON c.id = a.concern_id WHERE a.id = $1',
        [attachmentId],
      );
      await this.audit.recordDetached(actor, {
        action: 'concerns.read_attachment',
        entityType: 'ConcernAttachment',
        entityId: attachmentId,
        localAuthorityId: owner?.local_authority_id ?? null,
        outcome: AuditOutcome.DENIED,
      });
      throw CommonException.notFound('The attachment');
    }
    const stream = await this.store.open(attachment.storageKey);
    try {
      await this.audit.record(null, actor, {
        action: 'concerns.read_attachment',
        entityType: 'ConcernAttachment',
        entityId: attachment.id,
        localAuthorityId: attachment.concern?.localAuthorityId ?? null,
        details: { concernId: attachment.concernId },
      });
    } catch (error) {
      stream.destroy();
      throw error;
    }
    return { attachment, stream };
  }

  /**
   * Attachments of concerns, oldest first, for a DataLoader. It applies no policy: pass only
   * concerns the caller has already been allowed to read.
   */
  async listFor(concernIds: readonly string[]): Promise<ConcernAttachment[]> {
    if (!concernIds.length) return [];
    return this.dataSource.getRepository(ConcernAttachment).find({
      where: { concernId: In([...concernIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The concern if the caller may read it; otherwise NOT_FOUND, never confirming it exists. */
  private async readableConcern(actor: Actor, concernId: string): Promise<Concern> {
    const concern = await this.policy
      .scope(actor, this.dataSource.getRepository(Concern).createQueryBuilder('c'), 'c')
      .andWhere('c.id = :concernId', { concernId })
      .getOne();
    if (concern) return concern;
    const [owner] = await this.dataSource.query('SELECT local_authority_id FROM concerns WHERE id = $1', [concernId]);
    await this.audit.recordDetached(actor, {
      action: 'concerns.attach',
      entityType: 'Concern',
      entityId: concernId,
      localAuthorityId: owner?.local_authority_id ?? null,
      outcome: AuditOutcome.DENIED,
    });
    throw CommonException.notFound('The concern');
  }

  /**
   * A draft is its author's alone; once submitted, the filing school's headteacher and DSLs and
   * the authority's officers and managers add to it. An HMI only reads.
   */
  private assertMayAttach(actor: Actor, concern: Concern): void {
    if (concern.status === ConcernStatus.DRAFT) {
      if (actor.userId !== null && concern.authorId === actor.userId) return;
      throw CommonException.forbidden('Only its author can add files to a draft concern');
    }
    if (
      actor.schoolIds(Role.HEADTEACHER, Role.DSL).includes(concern.schoolId) ||
      actor.localAuthorityIds(Role.LA_OFFICER, Role.LA_MANAGER).includes(concern.localAuthorityId)
    ) {
      return;
    }
    throw CommonException.forbidden(
      'Only the filing school’s headteacher and DSLs, or the local authority’s officers and managers, can add files to this concern',
    );
  }

}
