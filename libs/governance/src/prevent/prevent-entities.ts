import { SafeguardingReturnChase } from '../returns/safeguarding-return-chase.entity';
import { SafeguardingReturn } from '../returns/safeguarding-return.entity';
import { PreventRiskAssessment } from './prevent-risk-assessment.entity';
import { PreventTrainingRecord } from './prevent-training-record.entity';

export const PREVENT_ENTITIES = [PreventRiskAssessment, PreventTrainingRecord, SafeguardingReturn, SafeguardingReturnChase];
