import { Injectable } from '@nestjs/common';
import { chooseAuthority, CommonException } from '@safeguard/platform';
import { Actor, Role } from '@safeguard/policy';
import { ReportStatus } from './inspection.enums';

/**
 * Who reads and writes termly reports. Only the HMI assigned to an authority (while assigned)
 * writes its reports; the authority's LA managers read its drafts and add the authority's
 * response; HMCI's office (OFSTED_READER) reads submitted reports of every authority. Other
 * authorities, schools and ADMIN read none.
 */
@Injectable()
export class InspectionPolicy {
  assignedAreas(actor: Actor): string[] {
    return actor.localAuthorityIds(Role.HMI);
  }

  assertAssignedHmi(actor: Actor, localAuthorityId: string): void {
    if (!this.assignedAreas(actor).includes(localAuthorityId)) {
      throw CommonException.forbidden('Only the HMI assigned to this local authority writes its reports');
    }
  }

  canRead(actor: Actor, report: { localAuthorityId: string; status: ReportStatus }): boolean {
    if (actor.localAuthorityIds(Role.HMI, Role.LA_MANAGER).includes(report.localAuthorityId)) return true;
    return report.status === ReportStatus.SUBMITTED && actor.hasRole(Role.OFSTED_READER);
  }

  assertLaManager(actor: Actor, localAuthorityId: string): void {
    if (!actor.localAuthorityIds(Role.LA_MANAGER).includes(localAuthorityId)) {
      throw CommonException.forbidden('Only the local authority’s managers add its response');
    }
  }

  defaultArea(actor: Actor, given?: string | null): string {
    return chooseAuthority(actor.localAuthorityIds(Role.HMI, Role.LA_MANAGER), given);
  }

}
