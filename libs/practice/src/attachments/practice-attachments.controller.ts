import { Controller, Get, Header, Param, ParseUUIDPipe, Post, Query, Req, StreamableFile } from '@nestjs/common';
import type { Request } from 'express';
import { CommonException } from '@safeguard/platform';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { PracticeAttachmentsService } from './practice-attachments.service';

const uuid = (field: string) => new ParseUUIDPipe({ exceptionFactory: () => CommonException.invalidInput(field, 'This is not a valid identifier') });

/** Files of practice entries over REST: the request body is the file itself. */
@Controller()
export class PracticeAttachmentsController {
  constructor(private readonly attachments: PracticeAttachmentsService) {}

  @Post('practice-entries/:entryId/attachments')
  @Authorize(Permission.PublishPractice)
  async upload(
    @CurrentActor() actor: Actor,
    @Param('entryId', uuid('entryId')) entryId: string,
    @Query('fileName') fileName: unknown,
    @Req() req: Request,
  ) {
    const length = req.headers['content-length'];
    try {
      const a = await this.attachments.upload(actor, entryId, {
        fileName: typeof fileName === 'string' ? fileName : '',
        declaredType: req.headers['content-type'],
        body: req,
        declaredLength: length && /^\d+$/.test(length) ? Number(length) : undefined,
      });
      return { id: a.id, fileName: a.fileName, mediaType: a.mediaType, byteSize: a.byteSize, createdAt: a.createdAt };
    } catch (error) {
      // Drain a refused body so the client reads the refusal rather than a reset connection.
      req.resume();
      throw error;
    }
  }

  @Get('practice-attachments/:id')
  @Authorize(Permission.ReadPracticeLibrary)
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-store')
  @Header('Content-Security-Policy', "default-src 'none'; sandbox")
  async download(@CurrentActor() actor: Actor, @Param('id', uuid('id')) id: string): Promise<StreamableFile> {
    const { attachment, stream } = await this.attachments.open(actor, id);
    const encoded = encodeURIComponent(attachment.fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    return new StreamableFile(stream, { type: attachment.mediaType, disposition: `attachment; filename*=UTF-8''${encoded}`, length: attachment.byteSize });
  }
}
