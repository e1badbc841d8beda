import { Controller, Get, Header, Param, Post, Query, Req, StreamableFile } from '@nestjs/common';
import type { Request } from 'express';
import { attachmentDisposition, declaredLength, uuidParam } from '@safeguard/platform';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { MessageAttachments } from './message-attachments.service';

/** Files sent in conversations, over REST: the request body is the file itself. */
@Controller()
export class MessageAttachmentsController {
  constructor(private readonly attachments: MessageAttachments) {}

  @Post('conversations/:conversationId/attachments')
  @Authorize(Permission.TakePartInNetworks)
  async upload(
    @CurrentActor() actor: Actor,
    @Param('conversationId', uuidParam('conversationId')) conversationId: string,
    @Query('fileName') fileName: unknown,
    @Req() req: Request,
  ) {
    try {
      const a = await this.attachments.upload(actor, conversationId, {
        fileName: typeof fileName === 'string' ? fileName : '',
        declaredType: req.headers['content-type'],
        body: req,
        declaredLength: declaredLength(req),
      });
      return { id: a.id, fileName: a.fileName, mediaType: a.mediaType, byteSize: a.byteSize };
    } catch (error) {
      // Drain a refused body so the client reads the refusal rather than a reset connection.
      req.resume();
      throw error;
    }
  }

  @Get('message-attachments/:id')
  @Authorize(Permission.ReadNetworks)
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-store')
  @Header('Content-Security-Policy', "default-src 'none'; sandbox")
  async download(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<StreamableFile> {
    const { attachment, stream } = await this.attachments.open(actor, id);
    return new StreamableFile(stream, { type: attachment.mediaType, disposition: attachmentDisposition(attachment.fileName), length: attachment.byteSize });
  }
}
