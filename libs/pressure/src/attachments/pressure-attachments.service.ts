import { ReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditOutcome, AuditService } from '@safeguard/audit';
import { AttachmentStore, attachmentTooLarge } from '@safeguard/concerns';
import { AppConfig } from '@safeguard/config';
import { CommonException } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { PressureException, PressureRefusal } from '../pressure.exception';
import { PressurePolicy } from '../pressure.policy';
import { PressureNotices } from '../reports/pressure-notices';
import { PressureReadsService } from '../reports/pressure-reads.service';
import { pressureReference } from '../reports/pressure-reference';
import { PressureReport } from '../reports/pressure-report.entity';
import { PressureAttachment } from './pressure-attachment.entity';
import { checkedMediaType, cleanFileName } from '@safeguard/concerns';

export interface PressureUpload {
  /** The name the uploader gave; kept for display only. */
  fileName: string;
  /** The Content-Type the client sent, if any. */
  declaredType?: string | null;
  body: Readable;
  /** The Content-Length the client sent, if any; checked before reading a byte. */
  declaredLength?: number;
}

const refuse = (message: string) => new PressureException(PressureRefusal.ATTACHMENT_REFUSED, message, 'file');

/**
 * Evidence attached to reports: screenshots and documents, images and PDFs only, stored and
 * checked exactly as concerns' attachments are. The school's side attaches; whoever reads the
 * report in full downloads; the anonymised form never shows them.
 */
@Injectable()
export class PressureAttachmentsService {
  private readonly logger = new Logger(PressureAttachmentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PressurePolicy,
    private readonly reads: PressureReadsService,
    private readonly store: AttachmentStore,
    private readonly notices: PressureNotices,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async upload(actor: Actor, reportId: string, upload: PressureUpload): Promise<PressureAttachment> {
    await this.schoolSideReport(actor, reportId);
    const { maxBytes } = this.config.attachments;
    if (upload.declaredLength !== undefined && upload.declaredLength > maxBytes) throw attachmentTooLarge(maxBytes);
    const fileName = cleanFileName(upload.fileName);

    const stored = await this.store.write(upload.body, maxBytes);
    try {
      const mediaType = await checkedMediaType(this.store, stored, { fileName, declaredType: upload.declaredType }, { refuse, notAccepted: 'Attach a screenshot or a PDF (PNG, JPEG, GIF, WebP or PDF)' });
      return await this.dataSource.transaction(async (manager) => {
        const access = await this.policy.access(manager, actor);
        // The delegate may have been removed while the file was arriving.
        const report = await this.reads.readableForUpdate(manager, access, reportId);
        this.policy.assertIsSchoolSide(access, report);
        const attachment = await manager.save(
          manager.create(PressureAttachment, {
            reportId, fileName, mediaType, byteSize: stored.byteSize, sha256: stored.sha256, storageKey: stored.key, uploadedById: actor.userId!,
          }),
        );
        // No file name in the trail: it may name a person, and the trail is read more widely.
        await this.audit.record(manager, actor, {
          action: 'pressure.attach',
          entityType: 'PressureAttachment',
          entityId: attachment.id,
          localAuthorityId: report.localAuthorityId,
          details: { reportId, mediaType, byteSize: stored.byteSize, sha256: stored.sha256 },
        });
        await this.notices.toCouncil(manager, report, 'pressure.added_to', `The school attached evidence to report ${pressureReference(report.seq)}`, report.acknowledgedById);
        return attachment;
      });
    } catch (error) {
      await this.store.remove(stored.key).catch((e: unknown) => this.logger.error(`Could not remove ${stored.key}: ${String(e)}`));
      throw error;
    }
  }

  /** The attachment and its bytes, if the caller reads its report in full; the read is audited first. */
  async open(actor: Actor, attachmentId: string): Promise<{ attachment: PressureAttachment; stream: ReadStream }> {
    const access = await this.policy.access(this.dataSource.manager, actor);
    const attachment = await this.policy
      .scope(
        access,
        this.dataSource.getRepository(PressureAttachment).createQueryBuilder('a').innerJoin('a.report', 'r').addSelect(['r.id', 'r.localAuthorityId']),
        'r',
      )
      .andWhere('a.id = :attachmentId', { attachmentId })
      .getOne();
    if (!attachment) {
      const [owner] = await this.dataSource.query(
        'SELECT r.local_authority_id FROM pressure_attachments a JOIN pressure_reports r ON r.id = a.report_id WHERE a.id = $1',
        [attachmentId],
      );
      await this.audit.recordDetached(actor, {
        action: 'pressure.read_attachment',
        entityType: 'PressureAttachment',
        entityId: attachmentId,
        localAuthorityId: owner?.local_authority_id ?? null,
        outcome: AuditOutcome.DENIED,
      });
      throw CommonException.notFound('The attachment');
    }
    const stream = await this.store.open(attachment.storageKey);
    try {
      await this.audit.record(null, actor, {
        action: 'pressure.read_attachment',
        entityType: 'PressureAttachment',
        entityId: attachment.id,
        localAuthorityId: attachment.report?.localAuthorityId ?? null,
        details: { reportId: attachment.reportId },
      });
    } catch (error) {
      stream.destroy();
      throw error;
    }
    return { attachment, stream };
  }

  /** Checked before a byte is read: NOT_FOUND unless readable, FORBIDDEN unless the school's side; a refusal is audited. */
  private async schoolSideReport(actor: Actor, reportId: string): Promise<PressureReport> {
    const access = await this.policy.access(this.dataSource.manager, actor);
    const report = await this.dataSource.getRepository(PressureReport).findOneBy({ id: reportId });
    if (report && this.policy.canRead(access, report)) {
      this.policy.assertIsSchoolSide(access, report);
      return report;
    }
    await this.audit.recordDetached(actor, {
      action: 'pressure.attach',
      entityType: 'PressureReport',
      entityId: reportId,
      localAuthorityId: report?.localAuthorityId ?? null,
      outcome: AuditOutcome.DENIED,
    });
    throw CommonException.notFound('The report');
  }

}
