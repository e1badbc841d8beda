import { Controller, Get, Header, Param, Post, Query, Req, StreamableFile } from '@nestjs/common';
import type { Request } from 'express';
import { attachmentDisposition, declaredLength, uuidParam } from '@safeguard/platform';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { ConcernAttachmentsService } from './concern-attachments.service';

/** What an upload answers with. */
export interface AttachmentReceipt {
  id: string;
  fileName: string;
  mediaType: string;
  byteSize: number;
  sha256: string;
  createdAt: Date;
}

/**
 * Files attached to concerns travel as raw bytes over REST rather than through GraphQL: the
 * request body is the file itself (no multipart, no base64), streamed to the store as it arrives.
 */
@Controller()
export class ConcernAttachmentsController {
  constructor(private readonly attachments: ConcernAttachmentsService) {}

  @Post('concerns/:concernId/attachments')
  @Authorize(Permission.AddToConcerns)
  async upload(
    @CurrentActor() actor: Actor,
    @Param('concernId', uuidParam('concernId')) concernId: string,
    @Query('fileName') fileName: unknown,
    @Req() req: Request,
  ): Promise<AttachmentReceipt> {
    try {
      const attachment = await this.attachments.upload(actor, concernId, {
        fileName: typeof fileName === 'string' ? fileName : '',
        declaredType: req.headers['content-type'],
        body: req,
        declaredLength: declaredLength(req),
      });
      const { id, mediaType, byteSize, sha256, createdAt } = attachment;
      return { id, fileName: attachment.fileName, mediaType, byteSize, sha256, createdAt };
    } catch (error) {
      // Discard the rest of a refused body, so that a client still sending it reads the refusal
      // instead of a reset connection.
      req.resume();
      throw error;
    }
  }

  @Get('concern-attachments/:id')
  @Authorize(Permission.ReadConcerns)
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
