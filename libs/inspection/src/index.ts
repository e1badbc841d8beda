export * from './figures/report-figures';
export * from './inspection.enums';
export * from './inspection.module';
export * from './reports/termly-report.entity';
export * from './reports/termly-reports.service';
export * from './reports/termly-reports.worker';
export * from './terms/term-calendar.service';
