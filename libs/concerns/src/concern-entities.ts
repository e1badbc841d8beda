import { ConcernAttachment } from './attachments/concern-attachment.entity';
import { ConcernDeadline } from './deadlines/concern-deadline.entity';
import { ConcernAddition } from './filing/concern-addition.entity';
import { Concern } from './filing/concern.entity';
import { ConcernDecision } from './front-door/concern-decision.entity';
import { ConcernSettings } from './front-door/concern-settings.entity';

export const CONCERN_ENTITIES = [Concern, ConcernAddition, ConcernAttachment, ConcernDecision, ConcernDeadline, ConcernSettings];
