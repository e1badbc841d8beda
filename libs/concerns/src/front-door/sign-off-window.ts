import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { Actor } from '@safeguard/policy';
import { CONCERN_RULES } from '../concern-rules';
import { ConcernPolicy } from '../concern.policy';
import { ConcernSettings } from './concern-settings.entity';

/** Each authority's sign-off window: local policy, within CONCERN_RULES' bounds. */
@Injectable()
export class SignOffWindow {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: ConcernPolicy,
    private readonly audit: AuditService,
  ) {}

  async workingDays(manager: EntityManager, localAuthorityId: string): Promise<number> {
    const settings = await manager.findOneBy(ConcernSettings, { localAuthorityId });
    return settings?.signOffWorkingDays ?? CONCERN_RULES.defaultSignOffWorkingDays;
  }

  async set(actor: Actor, localAuthorityId: string, workingDays: number): Promise<number> {
    this.policy.assertIsManager(actor, localAuthorityId);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.workingDays(manager, localAuthorityId);
      await manager.upsert(ConcernSettings, { localAuthorityId, signOffWorkingDays: workingDays, updatedById: actor.userId! }, ['localAuthorityId']);
      await this.audit.record(manager, actor, {
        action: 'concerns.set_sign_off_window',
        entityType: 'LocalAuthority',
        entityId: localAuthorityId,
        localAuthorityId,
        details: { before, after: workingDays },
      });
      return workingDays;
    });
  }
}
