import { registerEnumType } from '@nestjs/graphql';
import { TermName } from '@safeguard/calendar';

export enum AssignmentReason {
  JUDGED_INADEQUATE = 'JUDGED_INADEQUATE',
  RISK_OF_RADICALISATION = 'RISK_OF_RADICALISATION',
  POOR_SAFEGUARDING_PRACTICE = 'POOR_SAFEGUARDING_PRACTICE',
  OTHER = 'OTHER',
}

registerEnumType(AssignmentReason, {
  name: 'AssignmentReason',
  description: 'Why an HMI is assigned to a local authority.',
  valuesMap: {
    JUDGED_INADEQUATE: { description: 'Children’s services judged inadequate.' },
    RISK_OF_RADICALISATION: { description: 'Children at greater risk of radicalisation.' },
    POOR_SAFEGUARDING_PRACTICE: { description: 'Poor safeguarding practice found.' },
    OTHER: { description: 'Another reason, given in the note.' },
  },
});

registerEnumType(TermName, { name: 'TermName', description: 'A school term for reporting: autumn, spring or summer.' });

export enum ReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}

registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  description: 'A termly report’s state.',
  valuesMap: {
    DRAFT: { description: 'Being written; rebuilding replaces its figures.' },
    SUBMITTED: { description: 'Submitted and frozen: figures and text are an immutable snapshot.' },
  },
});

export enum ProgressJudgementValue {
  INADEQUATE = 'INADEQUATE',
  SOME_PROGRESS = 'SOME_PROGRESS',
  GOOD_PROGRESS = 'GOOD_PROGRESS',
  NOT_JUDGED = 'NOT_JUDGED',
}

registerEnumType(ProgressJudgementValue, { name: 'ProgressJudgement', description: 'The HMI’s judgement of the council’s progress in one area.' });

/** The recipients of every submitted report, recorded on it. */
export const REPORT_RECIPIENTS = ['Secretary of State for Education', 'His Majesty’s Chief Inspector'] as const;
