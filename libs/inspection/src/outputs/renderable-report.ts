import { ReportFigures } from '../figures/report-figures';

export type ProgressJudgement = 'INADEQUATE' | 'SOME_PROGRESS' | 'GOOD_PROGRESS' | 'NOT_JUDGED';

/** The HMI's words on one section. */
export interface SectionNarrative {
  sectionKey: string;
  narrative: string;
  judgement: ProgressJudgement;
}

/** Everything a report's outputs (PDF, CSV) show: its figures and its words. */
export interface RenderableReport {
  figures: ReportFigures;
  termLabel: string;
  version: number;
  status: 'DRAFT' | 'SUBMITTED';
  hmiName: string | null;
  narratives: SectionNarrative[];
  recommendations: string | null;
  laResponse: string | null;
  submittedAt: string | null;
  recipients: string[];
  /** SHA-256 of the frozen content, once submitted. */
  contentHash: string | null;
}
