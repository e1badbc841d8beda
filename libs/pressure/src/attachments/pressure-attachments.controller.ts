import { Controller, Get, Header, Param, Post, Query, Req, StreamableFile } from '@nestjs/common';
import type { Request } from 'express';
import { attachmentDisposition, declaredLength, uuidParam } from '@safeguard/platform';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { PressureAttachmentsService } from './pressure-attachments.service';

/** What an upload answers with. */
export interface PressureAttachmentReceipt {
  id: string;
  fileName: string;
  mediaType: string;
  byteSize: number;
  sha256: string;
  createdAt: Date;
}

/** Evidence for reports travels as raw bytes over REST, like concerns' attachments: the request body is the file. */
@Controller()
export class PressureAttachmentsController {
  constructor(private readonly attachments: PressureAttachmentsService) {}

  @Post('pressure-reports/:reportId/attachments')
  @Authorize(Permission.ReportPressure)
  async upload(
    @CurrentActor() actor: Actor,
    @Param('reportId', uuidParam('reportId')) reportId: string,
    @Query('fileName') fileName: unknown,
    @Req() req: Request,
  ): Promise<PressureAttachmentReceipt> {
    try {
      const attachment = await this.attachments.upload(actor, reportId, {
        fileName: typeof fileName === 'string' ? fileName : '',
        declaredType: req.headers['content-type'],
        body: req,
        declaredLength: declaredLength(req),
      });
      const { id, mediaType, byteSize, sha256, createdAt } = attachment;
      return { id, fileName: attachment.fileName, mediaType, byteSize, sha256, createdAt };
    } catch (error) {
      // Discard the rest of a refused body, so that a client still sending it reads the refusal.
      req.resume();
      throw error;
    }
  }

  @Get('pressure-attachments/:id')
  @Authorize(Permission.ReadPressureReports)
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-store')
  @Header('Content-Security-Policy', "default-src 'none'; sandbox")
  async download(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<StreamableFile> {
    const { attachment, stream } = await this.attachments.open(actor, id);
    return new StreamableFile(stream, {
      type: attachment.mediaType,
      disposition: attachmentDisposition(attachment.fileName),
      length: attachment.byteSize,
    });
  }
}
