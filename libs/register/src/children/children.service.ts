import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AuditOutcome, AuditService } from '@safeguard/audit';
import { addDays, londonToday } from '@safeguard/calendar';
import { SchoolsService } from '@safeguard/organisations';
import { CommonException, ConnectionShape, paginate } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { ChronologyService } from '../chronology/chronology.service';
import { RegisterEvent } from '../chronology/register-event.entity';
import { RegisterEntry } from '../entries/register-entry.entity';
import { SenStatus } from '../register.enums';
import { RegisterPolicy } from '../register.policy';
import { ChildReads } from './child-reads';
import { Child } from './child.entity';
import { ChildInput, ChildrenArgs, MergeChildrenInput } from './child.inputs';
import { isValidUpn, normaliseUpn } from './upn';

export interface PossibleDuplicate {
  child: Child;
  why: string;
}

/** Trigram similarity above which two names with the same date of birth may be one child. */
const SIMILAR_NAME = 0.45;

const fullName = (alias: string) => `lower(${alias}.legal_first_name || ' ' || ${alias}.legal_last_name)`;

/** Finding, adding, correcting and merging children's records. */
@Injectable()
export class ChildrenService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Child) private readonly children: Repository<Child>,
    private readonly policy: RegisterPolicy,
    private readonly reads: ChildReads,
    private readonly audit: AuditService,
    private readonly chronology: ChronologyService,
    private readonly schools: SchoolsService,
  ) {}

  /**
   * One child, if the caller may read it. Anything else is NOT_FOUND (never confirming that a
   * record exists elsewhere) and the refused attempt is audited.
   */
  async read(actor: Actor, id: string, purpose = 'child'): Promise<Child> {
    const child = await this.policy
      .scopeChildren(actor, this.children.createQueryBuilder('c'), 'c')
      .andWhere('c.id = :id', { id })
      .getOne();
    if (!child) {
      const [owner] = await this.dataSource.query('SELECT local_authority_id FROM children WHERE id = $1', [id]);
      await this.audit.recordDetached(actor, {
        action: 'register.read_child',
        entityType: 'Child',
        entityId: id,
        localAuthorityId: owner?.local_authority_id ?? null,
        outcome: AuditOutcome.DENIED,
        details: { purpose },
      });
      throw CommonException.notFound('The child');
    }
    await this.reads.record(actor, [child], purpose);
    return child;
  }

  /** Children the caller may read, for DataLoaders; records the reads. */
  async readMany(actor: Actor, ids: readonly string[], purpose: string): Promise<Child[]> {
    if (!ids.length) return [];
    const rows = await this.policy
      .scopeChildren(actor, this.children.createQueryBuilder('c'), 'c')
      .andWhere('c.id IN (:...ids)', { ids: [...ids] })
      .getMany();
    await this.reads.record(actor, rows, purpose);
    return rows;
  }

  async search(actor: Actor, args: ChildrenArgs): Promise<ConnectionShape<Child>> {
    const query = this.policy.scopeChildren(actor, this.children.createQueryBuilder('c'), 'c').andWhere('c.mergedIntoId IS NULL');
    const f = args.filter ?? {};
    if (f.localAuthorityId) query.andWhere('c.localAuthorityId = :la', { la: f.localAuthorityId });
    if (f.dateOfBirth) query.andWhere('c.dateOfBirth = :dob', { dob: f.dateOfBirth });
    if (f.upn) query.andWhere('c.upn = :upn', { upn: normaliseUpn(f.upn) });
    if (f.postcode) {
      query.andWhere("replace(upper(c.postcode), ' ', '') LIKE :postcode", {
        postcode: `${f.postcode.toUpperCase().replace(/[^A-Z0-9]/g, '')}%`,
      });
    }
    if (f.possibleDuplicates) {
      // Only within the caller's own areas: a school must not learn of records it cannot read.
      const areas = this.policy.readableAreas(actor);
      query.andWhere(areas.length ? `c.local_authority_id IN (:...dupAreas) AND ${this.duplicateExistsSql('c')}` : 'false', {
        dupAreas: areas,
        threshold: SIMILAR_NAME,
      });
    }
    if (f.name) {
      const name = f.name.trim().toLowerCase();
      // `%` uses the trigram index; ILIKE catches exact fragments; other names are matched too.
      query.andWhere(
        `(${fullName('c')} % :name OR ${fullName('c')} LIKE :fragment
          OR EXISTS (SELECT 1 FROM unnest(c.other_names) o WHERE lower(o) % :name OR lower(o) LIKE :fragment))`,
        { name, fragment: `%${name.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%` },
      );
    }
    const page = await paginate(
      query,
      { columns: ['c.legalLastName', 'c.legalFirstName', 'c.id'], keyOf: (c) => [c.legalLastName, c.legalFirstName, c.id] },
      args,
    );
    await this.reads.record(actor, page.edges.map((e) => e.node), 'search');
    return page;
  }

  /** LA officers and managers add children directly; schools add them by reporting. */
  async add(actor: Actor, input: ChildInput): Promise<{ child: Child; possibleDuplicates: PossibleDuplicate[] }> {
    const localAuthorityId = this.policy.defaultArea(actor, input.localAuthorityId);
    this.policy.assertCanWork(actor, localAuthorityId);
    return this.dataSource.transaction(async (manager) => {
      const child = await this.create(manager, actor, localAuthorityId, input);
      await this.audit.record(manager, actor, {
        action: 'register.add_child',
        entityType: 'Child',
        entityId: child.id,
        localAuthorityId,
      });
      return { child, possibleDuplicates: await this.possibleDuplicates(manager, child) };
    });
  }

  /** Creates a child record in the caller's transaction (used by reporting and import too). */
  async create(manager: EntityManager, actor: Actor, localAuthorityId: string, input: ChildInput): Promise<Child> {
    const fields = await this.validated(manager, input);
    const child = await manager.save(
      manager.create(Child, { ...fields, localAuthorityId, mergedIntoId: null, createdById: actor.userId }),
    );
    await this.chronology.write(manager, actor, {
      childId: child.id,
      kind: 'child.added',
      summary: `Record created for ${child.legalFirstName} ${child.legalLastName}`,
    });
    return child;
  }

  async update(actor: Actor, childId: string, input: ChildInput): Promise<Child> {
    return this.dataSource.transaction(async (manager) => {
      const child = await manager.findOne(Child, { where: { id: childId }, lock: { mode: 'pessimistic_write' } });
      // Outside the caller's area a record is as good as absent: never confirm it exists.
      if (!child || child.mergedIntoId || !this.policy.isAreaReader(actor, child.localAuthorityId)) {
        throw CommonException.notFound('The child');
      }
      this.policy.assertCanWork(actor, child.localAuthorityId);
      const fields = await this.validated(manager, input);
      const changed = Object.keys(fields).filter(
        (k) => JSON.stringify(fields[k as keyof typeof fields]) !== JSON.stringify(child[k as keyof Child]),
      );
      Object.assign(child, fields);
      await manager.save(child);
      await this.chronology.write(manager, actor, { childId, kind: 'child.updated', summary: `Record corrected: ${changed.join(', ') || 'no change'}` });
      await this.audit.record(manager, actor, {
        action: 'register.update_child',
        entityType: 'Child',
        entityId: childId,
        localAuthorityId: child.localAuthorityId,
        details: { changed },
      });
      return child;
    });
  }

  /** SQL: another unmerged record in the same register may be the child under `alias` (the rule of `possibleDuplicates`). */
  private duplicateExistsSql(alias: string): string {
    return `EXISTS (SELECT 1 FROM children pd WHERE pd.local_authority_id = ${alias}.local_authority_id AND pd.id <> ${alias}.id
      AND pd.merged_into_id IS NULL
      AND ((pd.upn IS NOT NULL AND pd.upn = ${alias}.upn)
        OR (pd.date_of_birth = ${alias}.date_of_birth AND similarity(${fullName('pd')}, ${fullName(alias)}) >= :threshold)))`;
  }

  /** Records with the same UPN, or the same date of birth and a similar name, in the same register. */
  async possibleDuplicates(manager: EntityManager, child: Child): Promise<PossibleDuplicate[]> {
    const rows = await manager
      .createQueryBuilder(Child, 'd')
      .where('d.localAuthorityId = :la AND d.id <> :id AND d.mergedIntoId IS NULL', { la: child.localAuthorityId, id: child.id })
      .andWhere(
        `((d.upn IS NOT NULL AND d.upn = :upn)
          OR (d.dateOfBirth = :dob AND similarity(${fullName('d')}, :name) >= :threshold))`,
        {
          upn: child.upn ?? '',
          dob: child.dateOfBirth,
          name: `${child.legalFirstName} ${child.legalLastName}`.toLowerCase(),
          threshold: SIMILAR_NAME,
        },
      )
      .orderBy('d.createdAt', 'ASC')
      .limit(20)
      .getMany();
    return rows.map((d) => ({ child: d, why: child.upn && d.upn === child.upn ? 'same UPN' : 'same date of birth, similar name' }));
  }

  /**
   * An LA manager merges two records of one child: entries and chronology move to the kept
   * record (each event remembers where it was first written), and the merged record stays,
   * pointing at the kept one. A manager never merges records they created.
   */
  async merge(actor: Actor, input: MergeChildrenInput): Promise<Child> {
    if (input.keepChildId === input.mergeChildId) {
      throw CommonException.invalidInput('mergeChildId', 'A record cannot be merged into itself');
    }
    return this.dataSource.transaction(async (manager) => {
      const [keep, merged] = await Promise.all(
        [input.keepChildId, input.mergeChildId].map((id) =>
          manager.findOne(Child, { where: { id }, lock: { mode: 'pessimistic_write' } }),
        ),
      );
      if (!keep || keep.mergedIntoId) throw CommonException.notFound('The record to keep');
      if (!merged || merged.mergedIntoId) throw CommonException.notFound('The record to merge');
      this.policy.assertIsManager(actor, keep.localAuthorityId);
      this.policy.assertIsManager(actor, merged.localAuthorityId);
      if (keep.localAuthorityId !== merged.localAuthorityId) {
        throw CommonException.invalidInput('mergeChildId', 'Both records must be on the same authority’s register');
      }
      if (keep.createdById === actor.userId || merged.createdById === actor.userId) {
        throw CommonException.forbidden('A manager cannot sign off a merge of a record they created');
      }
      const { affected: entriesMoved } = await manager.update(RegisterEntry, { childId: merged.id }, { childId: keep.id });
      const { affected: eventsMoved } = await manager.update(RegisterEvent, { childId: merged.id }, { childId: keep.id });
      merged.mergedIntoId = keep.id;
      await manager.save(merged);
      keep.upn ??= merged.upn;
      keep.otherNames = [...new Set([...keep.otherNames, ...merged.otherNames])];
      await manager.save(keep);
      const summary = `Merged with the record of ${merged.legalFirstName} ${merged.legalLastName} (${merged.dateOfBirth}): ${input.reason}`;
      await this.chronology.write(manager, actor, { childId: keep.id, kind: 'child.merged', summary });
      await this.audit.record(manager, actor, {
        action: 'register.merge_children',
        entityType: 'Child',
        entityId: keep.id,
        localAuthorityId: keep.localAuthorityId,
        // The reason stays in the (encrypted) chronology, not in the audit trail.
        details: { keptChildId: keep.id, mergedChildId: merged.id, entriesMoved, eventsMoved },
      });
      return keep;
    });
  }

  private async validated(manager: EntityManager, input: ChildInput) {
    const today = londonToday();
    if (input.dateOfBirth > today) throw CommonException.invalidInput('dateOfBirth', 'The date of birth is in the future');
    if (input.dateOfBirth < addDays(today, -25 * 366)) {
      throw CommonException.invalidInput('dateOfBirth', 'The register holds children and young people up to 25');
    }
    const upn = input.upn ? normaliseUpn(input.upn) : null;
    if (upn && !isValidUpn(upn)) {
      throw CommonException.invalidInput('upn', 'The UPN is not valid: check its 13 characters and its check letter');
    }
    let schoolId: string | null = null;
    if (input.schoolUrn != null) {
      schoolId = (await this.schools.requireByUrn(input.schoolUrn, 'schoolUrn', manager)).id;
    }
    return {
      legalFirstName: input.legalFirstName.trim(),
      legalLastName: input.legalLastName.trim(),
      otherNames: (input.otherNames ?? []).map((n) => n.trim()).filter(Boolean),
      dateOfBirth: input.dateOfBirth,
      sex: input.sex,
      upn,
      address: input.address?.trim() || null,
      postcode: input.postcode ? input.postcode.toUpperCase().replace(/\s+/g, ' ').trim() : null,
      carers: (input.carers ?? []).map((c) => ({
        name: c.name.trim(),
        relationship: c.relationship ?? null,
        phone: c.phone ?? null,
        email: c.email ?? null,
        address: c.address ?? null,
      })),
      schoolId,
      senStatus: input.hasEhcPlan ? SenStatus.EHC_PLAN : (input.senStatus ?? SenStatus.NONE),
      hasEhcPlan: Boolean(input.hasEhcPlan) || input.senStatus === SenStatus.EHC_PLAN,
      childProtectionPlan: Boolean(input.childProtectionPlan),
      childInNeedPlan: Boolean(input.childInNeedPlan),
    };
  }
}
