import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { addDays, hashPassword, londonToday, Membership, TOTP_SECRET_CONTEXT, User, UserStatus } from '@safeguard/accounts';
import { FieldCipher } from '@safeguard/encryption';
import { AuditService } from '@safeguard/audit';
import { AppConfig } from '@safeguard/config';
import { runAsSystem } from '@safeguard/database';
import { LocalAuthority, School } from '@safeguard/organisations';
import { Actor, Role } from '@safeguard/policy';
import { AttachmentStore, ConcernDecisionsService, ConcernSubmission } from '@safeguard/concerns';
import { GovernanceRecordService } from '@safeguard/governance';
import {
  PressureCampaignsService, PressureDelegatesService, PressureNotices, PressureReportingService, PressureWorkflowService,
} from '@safeguard/pressure';
import { ChildrenService, RegisterEntriesService } from '@safeguard/register';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET } from './demo-accounts';
import { DEMO_AUTHORITIES } from './demo-organisations';
import { seedConcernsDemo } from './demo-concerns';
import { seedGovernanceDemo } from './demo-governance';
import { seedInspectionDemo } from './demo-inspection';
import { seedMessagingDemo } from './demo-messaging';
import { seedNetworksDemo } from './demo-networks';
import { seedPracticeDemo } from './demo-practice';
import { seedPreventDemo } from './demo-prevent';
import { seedPressureDemo } from './demo-pressure';
import { seedRegisterDemo } from './demo-register';

const SEED_LOCK = 7_243_003;

/**
 * Seeds the demo on an empty database (no users yet) unless SEED_DEMO=false; never in
 * production. Later capabilities add their demo records here.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly children: ChildrenService,
    private readonly entries: RegisterEntriesService,
    private readonly submission: ConcernSubmission,
    private readonly decisions: ConcernDecisionsService,
    private readonly governance: GovernanceRecordService,
    private readonly files: AttachmentStore,
    private readonly pressureReporting: PressureReportingService,
    private readonly pressureWorkflow: PressureWorkflowService,
    private readonly pressureCampaigns: PressureCampaignsService,
    private readonly pressureDelegates: PressureDelegatesService,
    private readonly pressureNotices: PressureNotices,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    // Seeding writes every kind of record for every school: it acts as the system.
    await runAsSystem(() => this.seedIfEmpty());
  }

  /** Returns whether it seeded. Safe with several instances starting at once. */
  async seedIfEmpty(): Promise<boolean> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM users');
      if (count > 0) return false;
      const schools = await this.seedOrganisations(manager);
      await this.seedAccounts(manager, schools, passwordHash);
      const entries = await seedRegisterDemo(
        manager,
        { children: this.children, entries: this.entries },
        { birmingham: schools.get('330')!.id, bradford: schools.get('380')!.id },
        new Map([...schools.values()].flatMap((o) => [...o.schoolIds.entries()])),
        londonToday(),
      );
      const concerns = await seedConcernsDemo(manager, { children: this.children, submission: this.submission, decisions: this.decisions });
      const appointments = await seedGovernanceDemo(manager, this.governance, londonToday());
      const prevent = await seedPreventDemo(manager, londonToday());
      const networks = await seedNetworksDemo(manager);
      const messages = await seedMessagingDemo(manager);
      const practiceEntries = await seedPracticeDemo(manager, this.files);
      const hmiAssignments = await seedInspectionDemo(manager);
      const pressureReports = await seedPressureDemo(manager, {
        reporting: this.pressureReporting,
        workflow: this.pressureWorkflow,
        campaigns: this.pressureCampaigns,
        delegates: this.pressureDelegates,
        notices: this.pressureNotices,
      });
      await this.audit.record(manager, Actor.system(`seed:${randomUUID()}`), {
        action: 'demo.seed',
        entityType: 'Demo',
        details: { accounts: DEMO_ACCOUNTS.length, registerEntries: entries, concerns, appointments, prevent, networks, messages, practiceEntries, pressureReports, hmiAssignments },
      });
      this.logger.log(`Seeded the demo: ${DEMO_ACCOUNTS.length} accounts, password "${DEMO_PASSWORD}"`);
      return true;
    });
  }

  private async seedOrganisations(manager: EntityManager): Promise<Map<string, { schoolIds: Map<number, string>; id: string }>> {
    const result = new Map<string, { schoolIds: Map<number, string>; id: string }>();
    for (const authority of DEMO_AUTHORITIES) {
      await manager.upsert(LocalAuthority, { code: authority.code, name: authority.name }, ['code']);
      const la = await manager.findOneByOrFail(LocalAuthority, { code: authority.code });
      await manager.upsert(
        School,
        authority.schools.map((s) => ({ ...s, localAuthorityId: la.id, status: 'Open' })),
        ['urn'],
      );
      const schools = await manager.findBy(School, { localAuthorityId: la.id });
      result.set(authority.code, { id: la.id, schoolIds: new Map(schools.map((s) => [s.urn, s.id])) });
    }
    return result;
  }

  private async seedAccounts(
    manager: EntityManager,
    organisations: Map<string, { schoolIds: Map<number, string>; id: string }>,
    passwordHash: string,
  ): Promise<void> {
    const schoolIdByUrn = new Map([...organisations.values()].flatMap((o) => [...o.schoolIds.entries()]));
    const today = londonToday();
    for (const account of DEMO_ACCOUNTS) {
      const user = await manager.save(
        manager.create(User, {
          email: account.email,
          displayName: account.displayName,
          passwordHash,
          status: UserStatus.ACTIVE,
          totpSecret: this.cipher.encrypt(DEMO_TOTP_SECRET, TOTP_SECRET_CONTEXT),
          totpEnabledAt: new Date(),
        }),
      );
      const hmi = account.role === Role.HMI;
      await manager.save(
        manager.create(Membership, {
          userId: user.id,
          role: account.role,
          schoolId: account.schoolUrn ? schoolIdByUrn.get(account.schoolUrn)! : null,
          localAuthorityId: account.laCode ? organisations.get(account.laCode)!.id : null,
          unqualified: Boolean(account.unqualified),
          // The demo HMI's assignment runs from a term ago to a year ahead.
          startsOn: hmi ? addDays(today, -120) : null,
          endsOn: hmi ? addDays(today, 365) : null,
        }),
      );
    }
  }
}
