import { Controller, Get, Header, Param, ParseUUIDPipe, StreamableFile } from '@nestjs/common';
import { CommonException } from '@safeguard/platform';
import { Actor, Authorize, CurrentActor, Permission } from '@safeguard/policy';
import { ReportOutputsService } from './report-outputs.service';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => CommonException.invalidInput('id', 'This is not a valid identifier') });
const fileName = (termLabel: string, version: number, ext: string) => `termly-report-${termLabel.replace(/\W+/g, '-').toLowerCase()}-v${version}.${ext}`;

/** A termly report's files, for those who may read it. */
@Controller('termly-reports')
export class ReportOutputsController {
  constructor(private readonly outputs: ReportOutputsService) {}

  @Get(':id/report.pdf')
  @Authorize(Permission.ReadTermlyReports)
  @Header('Cache-Control', 'no-store')
  @Header('X-Content-Type-Options', 'nosniff')
  async pdf(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<StreamableFile> {
    const { report, pdf } = await this.outputs.pdf(actor, id);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `attachment; filename="${fileName(report.termLabel, report.version, 'pdf')}"` });
  }

  @Get(':id/measures.csv')
  @Authorize(Permission.ReadTermlyReports)
  @Header('Cache-Control', 'no-store')
  async csv(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<StreamableFile> {
    const { report, csv } = await this.outputs.csv(actor, id);
    return new StreamableFile(Buffer.from(csv), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${fileName(report.termLabel, report.version, 'csv')}"` });
  }

  @Get(':id/children.csv')
  @Authorize(Permission.WriteTermlyReports)
  @Header('Cache-Control', 'no-store')
  async children(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<StreamableFile> {
    const { report, csv } = await this.outputs.childList(actor, id);
    return new StreamableFile(Buffer.from(csv), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="children-${fileName(report.termLabel, report.version, 'csv')}"` });
  }
}
