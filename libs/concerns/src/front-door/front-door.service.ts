import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConnectionShape, paginate } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { ConcernStatus, DecisionStatus } from '../concern.enums';
import { ConcernPolicy } from '../concern.policy';
import { Concern } from '../filing/concern.entity';
import { FrontDoorDashboardModel } from '../concerns.models';
import { ConcernDecision } from './concern-decision.entity';
import { FrontDoorArgs } from './decision.inputs';
import { SignOffWindow } from './sign-off-window';

const HOURS = (interval: string) => `round((extract(epoch FROM ${interval}) / 3600)::numeric, 1)::float`;

/** The front door as the authority's team sees it: the queue, the sign-off queue, the backlog. */
@Injectable()
export class FrontDoorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: ConcernPolicy,
    private readonly window: SignOffWindow,
  ) {}

  /** Concerns awaiting a decision: immediate risk first, then oldest first. */
  queue(actor: Actor, args: FrontDoorArgs): Promise<ConnectionShape<Concern>> {
    const la = this.area(actor, args.localAuthorityId);
    const query = this.dataSource.manager
      .createQueryBuilder(Concern, 'c')
      .where('c.localAuthorityId = :la AND c.status = :status', { la, status: ConcernStatus.AWAITING_DECISION });
    return paginate(
      query,
      {
        columns: ['(CASE WHEN c.immediate_risk THEN 0 ELSE 1 END)', 'c.submittedAt', 'c.id'],
        keyOf: (c) => [c.immediateRisk ? 0 : 1, c.submittedAt!.toISOString(), c.id],
      },
      args,
    );
  }

  /** Unqualified officers' decisions waiting for a manager, oldest first. */
  signOffQueue(actor: Actor, args: FrontDoorArgs): Promise<ConnectionShape<ConcernDecision>> {
    const la = this.area(actor, args.localAuthorityId);
    const query = this.dataSource.manager
      .createQueryBuilder(ConcernDecision, 'd')
      .where('d.localAuthorityId = :la AND d.status = :status', { la, status: DecisionStatus.AWAITING_SIGN_OFF });
    return paginate(query, { columns: ['d.decidedAt', 'd.id'], keyOf: (d) => [d.decidedAt.toISOString(), d.id] }, args);
  }

  async dashboard(actor: Actor, localAuthorityId?: string): Promise<FrontDoorDashboardModel> {
    const la = this.area(actor, localAuthorityId);
    const [[waiting], [signOff], signOffWorkingDays] = await Promise.all([
      this.dataSource.query(
        `SELECT count(*)::int AS waiting,
                count(*) FILTER (WHERE immediate_risk)::int AS immediate,
                count(*) FILTER (WHERE decision_due_at < now())::int AS overdue,
                ${HOURS("percentile_cont(0.5) WITHIN GROUP (ORDER BY now() - submitted_at)")} AS median,
                ${HOURS('max(now() - submitted_at)')} AS longest
           FROM concerns WHERE local_authority_id = $1 AND status::text = 'AWAITING_DECISION'`,
        [la],
      ),
      this.dataSource.query(
        `SELECT count(*)::int AS waiting,
                count(*) FILTER (WHERE sign_off_due_at < now())::int AS overdue,
                ${HOURS('max(now() - decided_at)')} AS oldest
           FROM concern_decisions WHERE local_authority_id = $1 AND status::text = 'AWAITING_SIGN_OFF'`,
        [la],
      ),
      this.window.workingDays(this.dataSource.manager, la),
    ]);
    return {
      localAuthorityId: la,
      asOf: new Date(),
      waiting: waiting.waiting,
      waitingImmediateRisk: waiting.immediate,
      waitingOverdue: waiting.overdue,
      medianWaitHours: waiting.median,
      longestWaitHours: waiting.longest,
      awaitingSignOff: signOff.waiting,
      signOffOverdue: signOff.overdue,
      oldestSignOffWaitHours: signOff.oldest,
      signOffWorkingDays,
    };
  }

  private area(actor: Actor, given?: string): string {
    const la = this.policy.defaultArea(actor, given);
    this.policy.assertCanReadArea(actor, la);
    return la;
  }
}
