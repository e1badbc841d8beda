import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { Actor } from '@safeguard/policy';
import { TermlyFiguresService } from '../figures/termly-figures.service';
import { InspectionPolicy } from '../inspection.policy';
import { TermlyReport } from '../reports/termly-report.entity';
import { TermlyReportsService } from '../reports/termly-reports.service';
import { renderChildListCsv } from './child-list-csv';
import { RenderableReport } from './renderable-report';
import { renderReportCsv } from './report-csv';
import { renderReportPdf } from './report-pdf';

/** A report's PDF and CSV for its readers, and the child-level list for the assigned HMI (audited). */
@Injectable()
export class ReportOutputsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: TermlyReportsService,
    private readonly figures: TermlyFiguresService,
    private readonly policy: InspectionPolicy,
    private readonly audit: AuditService,
  ) {}

  async pdf(actor: Actor, reportId: string): Promise<{ report: TermlyReport; pdf: Buffer }> {
    const report = await this.reports.read(actor, reportId);
    return { report, pdf: await renderReportPdf(await this.renderable(report)) };
  }

  async csv(actor: Actor, reportId: string): Promise<{ report: TermlyReport; csv: string }> {
    const report = await this.reports.read(actor, reportId);
    return { report, csv: renderReportCsv(await this.renderable(report)) };
  }

  /** Every child behind the report's register figures, for the HMI only; each export is audited. */
  async childList(actor: Actor, reportId: string): Promise<{ report: TermlyReport; csv: string }> {
    const report = await this.reports.read(actor, reportId);
    this.policy.assertAssignedHmi(actor, report.localAuthorityId);
    const rows = await this.figures.childList(this.dataSource.manager, report.localAuthorityId, {
      label: report.termLabel, startsOn: report.termStartsOn, endsOn: report.termEndsOn,
    });
    await this.audit.recordDetached(actor, {
      action: 'inspection.export_child_list', entityType: 'TermlyReport', entityId: report.id, localAuthorityId: report.localAuthorityId,
      details: { rows: rows.length },
    });
    const columns = rows.length ? Object.keys(rows[0]) : ['childId'];
    return { report, csv: renderChildListCsv(rows as Array<Record<string, string | number | boolean | null>>, columns) };
  }

  private async renderable(report: TermlyReport): Promise<RenderableReport> {
    const [hmi] = report.hmiUserId ? await this.dataSource.query('SELECT display_name FROM users WHERE id = $1', [report.hmiUserId]) : [];
    return {
      figures: report.figures,
      termLabel: report.termLabel,
      version: report.version,
      status: report.status,
      hmiName: hmi?.display_name ?? null,
      narratives: report.narratives,
      recommendations: report.recommendations,
      laResponse: report.laResponse,
      submittedAt: report.submittedAt?.toISOString() ?? null,
      recipients: report.recipients ?? [],
      contentHash: report.contentHash,
    };
  }
}
