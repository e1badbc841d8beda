import { GovernanceAlert } from './alerts/governance-alert.entity';
import { CompletionSnapshot } from './overview/completion-snapshot.entity';
import { Appointment } from './people/appointment.entity';
import { GovernancePerson } from './people/governance-person.entity';
import { SuitabilityCheck } from './people/suitability-check.entity';

export const GOVERNANCE_ENTITIES = [GovernancePerson, Appointment, SuitabilityCheck, GovernanceAlert, CompletionSnapshot];
