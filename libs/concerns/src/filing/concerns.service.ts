import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuditOutcome, AuditService } from '@safeguard/audit';
import { CommonException, ConnectionShape, paginate } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { ConcernPolicy } from '../concern.policy';
import { Concern } from './concern.entity';
import { ConcernsArgs } from './concern.inputs';

/** Reading concerns: each reader sees only what the policy allows, and reads are audited. */
@Injectable()
export class ConcernsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Concern) private readonly concerns: Repository<Concern>,
    private readonly policy: ConcernPolicy,
    private readonly audit: AuditService,
  ) {}

  /** One concern; anything the caller may not read is NOT_FOUND, and the attempt is audited. */
  async read(actor: Actor, id: string): Promise<Concern> {
    const concern = await this.policy.scope(actor, this.concerns.createQueryBuilder('c'), 'c').andWhere('c.id = :id', { id }).getOne();
    const [owner] = concern ? [concern] : await this.dataSource.query('SELECT local_authority_id FROM concerns WHERE id = $1', [id]);
    await this.audit.recordDetached(actor, {
      action: 'concerns.read',
      entityType: 'Concern',
      entityId: id,
      localAuthorityId: concern?.localAuthorityId ?? owner?.local_authority_id ?? null,
      outcome: concern ? AuditOutcome.SUCCESS : AuditOutcome.DENIED,
    });
    if (!concern) throw CommonException.notFound('The concern');
    return concern;
  }

  /** Newest first. A school sees its own; the authority's team and HMI see the area's. */
  list(actor: Actor, args: ConcernsArgs): Promise<ConnectionShape<Concern>> {
    const query = this.policy.scope(actor, this.concerns.createQueryBuilder('c'), 'c');
    const f = args.filter ?? {};
    if (f.status) query.andWhere('c.status = :status', { status: f.status });
    if (f.localAuthorityId) query.andWhere('c.localAuthorityId = :la', { la: f.localAuthorityId });
    if (f.schoolId) query.andWhere('c.schoolId = :school', { school: f.schoolId });
    if (f.childId) query.andWhere('c.childId = :child', { child: f.childId });
    if (f.category) query.andWhere(':category = ANY(c.categories)', { category: f.category });
    return paginate(query, { columns: ['c.seq'], keyOf: (c) => [c.seq], direction: 'DESC' }, args);
  }
}
