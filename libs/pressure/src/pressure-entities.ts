import { PressureAttachment } from './attachments/pressure-attachment.entity';
import { PressureCampaign } from './campaigns/pressure-campaign.entity';
import { PressureDeadline } from './deadlines/pressure-deadline.entity';
import { PressureDelegation } from './delegates/pressure-delegation.entity';
import { PressureAddition } from './reports/pressure-addition.entity';
import { PressureReport } from './reports/pressure-report.entity';
import { PressureAction } from './workflow/pressure-action.entity';

export const PRESSURE_ENTITIES = [
  PressureReport, PressureAddition, PressureAction, PressureAttachment, PressureDelegation, PressureCampaign, PressureDeadline,
];
