import { extname } from 'node:path';
import { ReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { AttachmentStore, attachmentTooLarge, checkedMediaType, cleanFileName, declaredMediaType, detectMediaType, StoredFile } from '@safeguard/concerns';
import { AppConfig } from '@safeguard/config';
import { CommonException } from '@safeguard/platform';
import { Actor, Role } from '@safeguard/policy';
import { PracticeEntriesService } from '../entries/practice-entries.service';
import { PracticeEntry } from '../entries/practice-entry.entity';
import { detectOfficeDocument, OFFICE_EXTENSIONS, OfficeMediaType } from './office-document';
import { PracticeAttachment } from './practice-attachment.entity';

export interface PracticeUpload {
  fileName: string;
  declaredType?: string | null;
  body: Readable;
  declaredLength?: number;
}

const refuse = (message: string) => CommonException.invalidInput('file', message);

/**
 * Lesson plans, policies and pictures attached to practice entries: PDF (without scripts), Office
 * documents (without macros) and images, typed by their content, kept in the attachment store.
 */
@Injectable()
export class PracticeAttachmentsService {
  private readonly logger = new Logger(PracticeAttachmentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly entries: PracticeEntriesService,
    private readonly store: AttachmentStore,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async upload(actor: Actor, entryId: string, upload: PracticeUpload): Promise<PracticeAttachment> {
    const entry = await this.entries.read(actor, entryId);
    this.assertMayAttach(actor, entry);
    if (entry.withdrawnAt) throw CommonException.conflict('This entry has been withdrawn');
    const { maxBytes } = this.config.attachments;
    if (upload.declaredLength !== undefined && upload.declaredLength > maxBytes) {
      throw attachmentTooLarge(maxBytes);
    }
    const fileName = cleanFileName(upload.fileName);
    const stored = await this.store.write(upload.body, maxBytes);
    try {
      const mediaType = await this.inspect(stored, fileName, upload.declaredType);
      return await this.dataSource.transaction(async (manager) => {
        const attachment = await manager.save(
          manager.create(PracticeAttachment, {
            entryId: entry.id, fileName, mediaType, byteSize: stored.byteSize, sha256: stored.sha256, storageKey: stored.key, uploadedById: actor.userId!,
          }),
        );
        await this.audit.record(manager, actor, {
          action: 'practice.attach', entityType: 'PracticeAttachment', entityId: attachment.id, localAuthorityId: entry.localAuthorityId,
          details: { entryId: entry.id, mediaType, byteSize: stored.byteSize },
        });
        return attachment;
      });
    } catch (error) {
      await this.store.remove(stored.key).catch((e: unknown) => this.logger.error(`Could not remove ${stored.key}: ${String(e)}`));
      throw error;
    }
  }

  /** The file, if its entry is visible to the caller (NOT_FOUND otherwise). */
  async open(actor: Actor, attachmentId: string): Promise<{ attachment: PracticeAttachment; stream: ReadStream }> {
    const attachment = await this.dataSource.manager.findOneBy(PracticeAttachment, { id: attachmentId });
    if (!attachment) throw CommonException.notFound('The attachment');
    const entry = await this.entries.read(actor, attachment.entryId).catch(() => null);
    if (!entry) throw CommonException.notFound('The attachment');
    return { attachment, stream: await this.store.open(attachment.storageKey) };
  }

  private assertMayAttach(actor: Actor, entry: PracticeEntry): void {
    if (entry.authorId === actor.userId) return;
    if (actor.localAuthorityIds(Role.LA_OFFICER, Role.LA_MANAGER).includes(entry.localAuthorityId)) return;
    throw CommonException.forbidden('Only the author, or the council’s officers, can add files to an entry');
  }

  private async inspect(stored: StoredFile, fileName: string, declaredType: string | null | undefined): Promise<string> {
    const notAccepted = 'Attach a PDF, a Word, Excel or PowerPoint document, or an image (PNG, JPEG, GIF or WebP)';
    // PDFs and pictures: the same checks as every attachment.
    if (stored.byteSize === 0 || detectMediaType(stored.head)) {
      return checkedMediaType(this.store, stored, { fileName, declaredType }, { refuse, notAccepted });
    }
    // Office documents are ZIPs, read from their end: the whole file (within the size limit) is needed.
    const office = detectOfficeDocument(Buffer.concat((await (await this.store.open(stored.key)).toArray()) as Buffer[]));
    if (!office) throw refuse(notAccepted);
    const declared = declaredMediaType(declaredType);
    if (!OFFICE_EXTENSIONS[office.mediaType as OfficeMediaType].includes(extname(fileName).toLowerCase()) || (declared !== null && declared !== office.mediaType)) {
      throw refuse('The file’s content is not what its name or type says');
    }
    if (office.activeContent) throw refuse('The document contains macros or other code; save it without them (e.g. as .docx) and attach that');
    return office.mediaType;
  }

}
