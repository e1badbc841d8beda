import { Controller, HttpCode, HttpStatus, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { declaredLength } from '@safeguard/platform';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { GiasUploadService } from './gias-upload.service';

/**
 * ADMIN uploads a GIAS establishment export over REST: the request body is the CSV itself,
 * streamed into the database; the import then runs in the worker (202 with the run's id).
 */
@Controller()
export class GiasImportsController {
  constructor(private readonly uploads: GiasUploadService) {}

  @Post('gias-imports')
  @HttpCode(HttpStatus.ACCEPTED)
  @Authorize(Permission.ManageOrganisations)
  async upload(@CurrentActor() actor: Actor, @Query('fileName') fileName: unknown, @Req() req: Request) {
    try {
      const run = await this.uploads.upload(actor, { fileName: typeof fileName === 'string' ? fileName : '', body: req, declaredLength: declaredLength(req) });
      return { id: run.id, status: run.status, fileName: run.fileName, byteSize: run.byteSize };
    } catch (error) {
      // Drain a refused body so the client reads the refusal rather than a reset connection.
      req.resume();
      throw error;
    }
  }
}
