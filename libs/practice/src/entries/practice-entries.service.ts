import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { SchoolsService } from '@safeguard/organisations';
import { CommonException, ConnectionShape, decodeCursor, encodeCursor } from '@safeguard/platform';
import { Actor, Role } from '@safeguard/policy';
import { PracticeKind, PracticeSort, PracticeVisibility } from '../practice.enums';
import { PracticePolicy } from '../practice.policy';
import { tagSlug } from '../practice-tags';
import { querySql, rankSql, documentSql } from '../search/practice-search';
import { PracticeEntry } from './practice-entry.entity';
import { PracticeEntriesArgs, PublishPracticeEntryInput, UpdatePracticeEntryInput } from './practice.inputs';

export interface RankedEntry {
  entry: PracticeEntry;
  rank: number | null;
}

/** Publishing, finding and curating practice entries. */
@Injectable()
export class PracticeEntriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PracticePolicy,
    private readonly schools: SchoolsService,
    private readonly audit: AuditService,
  ) {}

  async publish(actor: Actor, input: PublishPracticeEntryInput): Promise<PracticeEntry> {
    const kind = input.kind ?? PracticeKind.PRACTICE;
    const { schoolId, localAuthorityId } = await this.authorPlace(actor, input, kind);
    if (input.anonymous && !schoolId) throw CommonException.invalidInput('anonymous', 'The council’s guidance is always signed');
    return this.dataSource.transaction(async (manager) => {
      const networkId = await this.networkFor(manager, actor, input);
      const entry = await manager.save(
        manager.create(PracticeEntry, {
          kind,
          title: input.title.trim(),
          summary: input.summary.trim(),
          body: input.body,
          tags: normaliseTags(input.tags),
          phases: input.phases,
          schoolTypes: input.schoolTypes,
          visibility: input.visibility,
          networkId,
          anonymous: Boolean(input.anonymous),
          authorId: actor.userId!,
          authorSchoolId: schoolId,
          localAuthorityId,
          endorsementCount: 0,
          featuredAt: null,
          featuredById: null,
          withdrawnAt: null,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'practice.publish',
        entityType: 'PracticeEntry',
        entityId: entry.id,
        localAuthorityId,
        details: { kind, visibility: entry.visibility, anonymous: entry.anonymous, schoolId },
      });
      return entry;
    });
  }

  async update(actor: Actor, input: UpdatePracticeEntryInput): Promise<PracticeEntry> {
    return this.dataSource.transaction(async (manager) => {
      const entry = await this.ownEntry(manager, actor, input.entryId);
      const changed: string[] = [];
      for (const key of ['title', 'summary', 'body', 'phases', 'schoolTypes'] as const) {
        if (input[key] != null) {
          (entry as unknown as Record<string, unknown>)[key] = typeof input[key] === 'string' ? (input[key] as string).trim() : input[key];
          changed.push(key);
        }
      }
      if (input.tags != null) {
        entry.tags = normaliseTags(input.tags);
        changed.push('tags');
      }
      await manager.save(entry);
      await this.audit.record(manager, actor, {
        action: 'practice.update', entityType: 'PracticeEntry', entityId: entry.id, localAuthorityId: entry.localAuthorityId, details: { changed },
      });
      return entry;
    });
  }

  async withdraw(actor: Actor, entryId: string): Promise<PracticeEntry> {
    return this.dataSource.transaction(async (manager) => {
      const entry = await manager.findOne(PracticeEntry, { where: { id: entryId }, lock: { mode: 'pessimistic_write' } });
      const mayWithdraw = entry && (entry.authorId === actor.userId || actor.localAuthorityIds(Role.LA_OFFICER, Role.LA_MANAGER).includes(entry.localAuthorityId));
      if (!entry || !mayWithdraw) throw CommonException.notFound('The practice entry');
      if (entry.withdrawnAt) return entry;
      entry.withdrawnAt = new Date();
      await manager.save(entry);
      await this.audit.record(manager, actor, {
        action: 'practice.withdraw', entityType: 'PracticeEntry', entityId: entry.id, localAuthorityId: entry.localAuthorityId,
      });
      return entry;
    });
  }

  async feature(actor: Actor, entryId: string, featured: boolean): Promise<PracticeEntry> {
    return this.dataSource.transaction(async (manager) => {
      const entry = await this.readableForUpdate(manager, actor, entryId);
      this.policy.assertCanCurate(actor, entry.localAuthorityId);
      entry.featuredAt = featured ? (entry.featuredAt ?? new Date()) : null;
      entry.featuredById = featured ? actor.userId : null;
      await manager.save(entry);
      await this.audit.record(manager, actor, {
        action: featured ? 'practice.feature' : 'practice.unfeature', entityType: 'PracticeEntry', entityId: entry.id, localAuthorityId: entry.localAuthorityId,
      });
      return entry;
    });
  }

  async read(actor: Actor, id: string): Promise<PracticeEntry> {
    const entry = await this.policy.scope(actor, this.dataSource.manager.createQueryBuilder(PracticeEntry, 'e'), 'e').andWhere('e.id = :id', { id }).getOne();
    if (!entry) throw CommonException.notFound('The practice entry');
    return entry;
  }

  /** The entry, locked, if the caller may read it; NOT_FOUND otherwise. */
  async readableForUpdate(manager: EntityManager, actor: Actor, id: string): Promise<PracticeEntry> {
    const visible = await this.policy.scope(actor, manager.createQueryBuilder(PracticeEntry, 'e'), 'e').andWhere('e.id = :id', { id }).getCount();
    const entry = visible ? await manager.findOne(PracticeEntry, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!entry) throw CommonException.notFound('The practice entry');
    return entry;
  }

  /** Entries the caller may read: searched by relevance, or newest or most endorsed first; withdrawn ones never listed. */
  async search(actor: Actor, args: PracticeEntriesArgs): Promise<ConnectionShape<RankedEntry>> {
    const query = this.policy.scope(actor, this.dataSource.manager.createQueryBuilder(PracticeEntry, 'e'), 'e').andWhere('e.withdrawnAt IS NULL');
    const f = args.filter ?? {};
    if (f.tags?.length) query.andWhere('e.tags @> :tags', { tags: normaliseTags(f.tags) });
    if (f.phase) query.andWhere(':phase = ANY(e.phases)', { phase: f.phase });
    if (f.schoolType) query.andWhere(':schoolType = ANY(e.school_types)', { schoolType: f.schoolType });
    if (f.kind) query.andWhere('e.kind = :kind', { kind: f.kind });
    if (f.featured !== undefined) query.andWhere(f.featured ? 'e.featuredAt IS NOT NULL' : 'e.featuredAt IS NULL');
    const search = args.search?.trim();
    if (search) query.andWhere(`${documentSql('e')} @@ ${querySql('q')}`, { q: search });
    const sort = args.sort === PracticeSort.RELEVANCE && !search ? PracticeSort.NEWEST : (args.sort ?? PracticeSort.RELEVANCE);
    const key = sort === PracticeSort.RELEVANCE ? rankSql('e', 'q') : sort === PracticeSort.MOST_ENDORSED ? 'e.endorsement_count' : null;
    return this.page(query, key, args, Boolean(search));
  }

  /** Keyset pages over (key DESC, seq DESC), the key being relevance, endorsements, or none (newest). */
  private async page(query: SelectQueryBuilder<PracticeEntry>, key: string | null, args: PracticeEntriesArgs, ranked: boolean): Promise<ConnectionShape<RankedEntry>> {
    if (ranked) query.addSelect(rankSql('e', 'q'), 'rank');
    if (args.after) {
      const values = decodeCursor(args.after, key ? 2 : 1);
      if (key) query.andWhere(`(${key}, e.seq) < (:afterKey::numeric, :afterSeq::bigint)`, { afterKey: values[0], afterSeq: values[1] });
      else query.andWhere('e.seq < :afterSeq::bigint', { afterSeq: values[0] });
    }
    if (key) query.orderBy(key, 'DESC').addOrderBy('e.seq', 'DESC');
    else query.orderBy('e.seq', 'DESC');
    const { entities, raw } = await query.limit(args.first + 1).getRawAndEntities<{ rank?: string }>();
    const rows = entities.slice(0, args.first).map((entry, i) => ({ entry, rank: raw[i]?.rank != null ? Number(raw[i].rank) : null, rawRank: raw[i]?.rank ?? null }));
    const cursorOf = (r: (typeof rows)[number]) =>
      encodeCursor(key ? [key.startsWith('round') ? r.rawRank : String(r.entry.endorsementCount), r.entry.seq] : [r.entry.seq]);
    return {
      edges: rows.map((r) => ({ cursor: cursorOf(r), node: { entry: r.entry, rank: r.rank } })),
      pageInfo: { hasNextPage: entities.length > args.first, endCursor: rows.length ? cursorOf(rows[rows.length - 1]) : null },
    };
  }

  private async ownEntry(manager: EntityManager, actor: Actor, id: string): Promise<PracticeEntry> {
    const entry = await manager.findOne(PracticeEntry, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!entry || entry.authorId !== actor.userId) throw CommonException.notFound('The practice entry');
    if (entry.withdrawnAt) throw CommonException.conflict('This entry has been withdrawn');
    return entry;
  }

  /** A school's practice comes from the author's school; guidance and council practice from the author's authority. */
  private async authorPlace(actor: Actor, input: PublishPracticeEntryInput, kind: PracticeKind): Promise<{ schoolId: string | null; localAuthorityId: string }> {
    const schools = actor.schoolIds(Role.HEADTEACHER, Role.DSL);
    const team = actor.localAuthorityIds(Role.LA_OFFICER, Role.LA_MANAGER);
    if (kind === PracticeKind.GUIDANCE || (!schools.length && team.length)) {
      if (!team.length) throw CommonException.forbidden('Guidance is published by the council’s officers and managers');
      if (team.length > 1) throw CommonException.invalidInput('kind', 'You belong to several authorities; publish from one');
      return { schoolId: null, localAuthorityId: team[0] };
    }
    const schoolId = input.schoolId ?? (schools.length === 1 ? schools[0] : undefined);
    if (!schoolId) throw CommonException.invalidInput('schoolId', 'Say which of your schools this practice is from');
    if (!schools.includes(schoolId)) throw CommonException.forbidden('You can publish only for your own school');
    const school = await this.schools.findById(schoolId);
    return { schoolId, localAuthorityId: school!.localAuthorityId };
  }

  private async networkFor(manager: EntityManager, actor: Actor, input: PublishPracticeEntryInput): Promise<string | null> {
    if (input.visibility !== PracticeVisibility.NETWORK) {
      if (input.networkId) throw CommonException.invalidInput('networkId', 'A network is given only for NETWORK visibility');
      return null;
    }
    if (!input.networkId) throw CommonException.invalidInput('networkId', 'Say which of your networks to share it with');
    const [member] = await manager.query(
      "SELECT 1 FROM network_members WHERE network_id = $1 AND user_id = $2 AND status::text = 'ACTIVE'",
      [input.networkId, actor.userId],
    );
    if (!member) throw CommonException.invalidInput('networkId', 'You can share only with a network you belong to');
    return input.networkId;
  }
}

function normaliseTags(tags: string[]): string[] {
  return [...new Set(tags.map(tagSlug).filter(Boolean))];
}
