import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { AcademicTerm, defaultTermOf, IsoDate, londonToday, termLabel } from '@safeguard/calendar';
import { NotificationsService, PORTAL_LINKS } from '@safeguard/notifications';
import { School, SchoolTypeGroup } from '@safeguard/organisations';
import { CommonException, ConnectionShape, paginate } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { PreventDutyService } from '../prevent/prevent-duty.service';
import { PreventPolicy } from '../prevent/prevent.policy';
import { peopleInPost } from '../prevent/school-people';
import { SafeguardingReturnChase } from './safeguarding-return-chase.entity';
import { SafeguardingReturn } from './safeguarding-return.entity';
import {
  ChaseSafeguardingReturnInput, SafeguardingReturnsArgs, SchoolReturnsArgs, SubmitSafeguardingReturnInput,
} from './safeguarding-return.inputs';
import {
  SafeguardingReturnsByTypeModel, SafeguardingReturnsModel, SafeguardingReturnTotalsModel, SchoolReturnModel,
} from './safeguarding-return.models';

/** Those told of a missing return: the school's headteachers, DSLs and governance clerks in post. */
const CHASED_ROLES = ['HEADTEACHER', 'DSL', 'GOVERNANCE_CLERK'];

/** Counts and figures for authority $1 and the term starting $2, from one snapshot. Every open school owes a return, whatever its kind. */
const SUMMARY = `
  WITH owing AS MATERIALIZED (
    SELECT s.type_group, r.id AS return_id, r.governance_checks_complete, r.staff_headcount, r.staff_prevent_trained,
           r.deletions_from_roll, r.deletions_with_known_destination, r.prevent_referrals
      FROM schools s LEFT JOIN safeguarding_returns r ON r.school_id = s.id AND r.term_starts_on = $2::date
     WHERE s.local_authority_id = $1 AND lower(s.status) <> 'closed'
  )
  SELECT count(*)::int AS schools, count(return_id)::int AS returned,
         count(*) FILTER (WHERE governance_checks_complete)::int AS governance_checks_complete,
         coalesce(sum(staff_headcount), 0)::int AS staff_headcount,
         coalesce(sum(staff_prevent_trained), 0)::int AS staff_prevent_trained,
         coalesce(sum(deletions_from_roll), 0)::int AS deletions_from_roll,
         coalesce(sum(deletions_with_known_destination), 0)::int AS deletions_with_known_destination,
         coalesce(sum(prevent_referrals), 0)::int AS prevent_referrals,
         (SELECT coalesce(json_agg(json_build_object('typeGroup', type_group, 'schools', n, 'returned', r) ORDER BY type_group), '[]')
            FROM (SELECT type_group, count(*)::int AS n, count(return_id)::int AS r FROM owing GROUP BY type_group) t) AS by_type
    FROM owing`;

/** One row per school of authority $1 for the term starting $2 (only schools $3 when given), by name. */
const ROWS = `
  SELECT s.id AS school_id, s.urn, s.name, s.type_group, r.id AS return_id, ch.times, ch.last_at
    FROM schools s
    LEFT JOIN safeguarding_returns r ON r.school_id = s.id AND r.term_starts_on = $2::date
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS times, max(c.chased_at) AS last_at FROM safeguarding_return_chases c
       WHERE c.school_id = s.id AND c.term_starts_on = $2::date
    ) ch ON true
   WHERE s.local_authority_id = $1 AND lower(s.status) <> 'closed' AND ($3::uuid[] IS NULL OR s.id = ANY($3::uuid[]))
   ORDER BY s.name, s.id`;

interface SummaryRow {
  schools: number;
  returned: number;
  governance_checks_complete: number;
  staff_headcount: number;
  staff_prevent_trained: number;
  deletions_from_roll: number;
  deletions_with_known_destination: number;
  prevent_referrals: number;
  by_type: SafeguardingReturnsByTypeModel[];
}

interface SchoolRow {
  school_id: string;
  urn: number;
  name: string;
  type_group: SchoolTypeGroup;
  return_id: string | null;
  times: number;
  last_at: Date | null;
}

/** An authority's returns for one term, for the council's view and the HMI termly report. */
export interface AuthorityReturns extends SafeguardingReturnsModel {
  schools: SchoolReturnModel[];
}

/** The termly safeguarding return: schools submit, the council sees who has not and chases them. */
@Injectable()
export class SafeguardingReturnsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly duty: PreventDutyService,
    private readonly policy: PreventPolicy,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  /** Submits the school's return for the current term: once per school per term (a second is CONFLICT). */
  async submit(actor: Actor, input: SubmitSafeguardingReturnInput): Promise<SafeguardingReturn> {
    const school = await this.duty.school(this.policy.defaultSchool(actor, input.schoolId));
    this.policy.assertCanRecord(actor, school);
    if (input.staffPreventTrained > input.staffHeadcount) {
      throw CommonException.invalidInput('staffPreventTrained', 'Staff trained cannot be more than the staff headcount');
    }
    if (input.deletionsWithKnownDestination > input.deletionsFromRoll) {
      throw CommonException.invalidInput('deletionsWithKnownDestination', 'Deletions with a known destination cannot be more than the deletions');
    }
    const term = defaultTermOf(londonToday());
    return this.dataSource.transaction(async (manager) => {
      // A unique key per school and term; a second submission, even at the same moment, inserts nothing.
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(SafeguardingReturn)
        .values({
          schoolId: school.id,
          localAuthorityId: school.localAuthorityId,
          termStartsOn: term.startsOn,
          termLabel: termLabel(term),
          submittedById: actor.userId,
          submittedAt: new Date(),
          governanceChecksComplete: input.governanceChecksComplete,
          staffHeadcount: input.staffHeadcount,
          staffPreventTrained: input.staffPreventTrained,
          deletionsFromRoll: input.deletionsFromRoll,
          deletionsWithKnownDestination: input.deletionsWithKnownDestination,
          preventReferrals: input.preventReferrals,
          notes: input.notes ?? null,
        })
        .orIgnore()
        .returning('id')
        .execute();
      const id = (inserted.raw as Array<{ id: string }>)[0]?.id;
      if (!id) {
        const existing = await manager.findOneByOrFail(SafeguardingReturn, { schoolId: school.id, termStartsOn: term.startsOn });
        throw CommonException.conflict(
          `${school.name} made its return for ${termLabel(term)} on ${londonToday(existing.submittedAt)}; a return is made once a term`,
        );
      }
      const saved = await manager.findOneByOrFail(SafeguardingReturn, { id });
      await this.audit.record(manager, actor, {
        action: 'safeguarding_returns.submit',
        entityType: 'SafeguardingReturn',
        entityId: id,
        localAuthorityId: school.localAuthorityId,
        details: { schoolId: school.id, termStartsOn: term.startsOn, ...figuresOf(saved) },
      });
      return saved;
    });
  }

  /** Notifies the school's headteachers, DSLs and governance clerks that this term's return is missing. */
  async chase(actor: Actor, input: ChaseSafeguardingReturnInput): Promise<SafeguardingReturnChase> {
    const school = await this.duty.school(input.schoolId);
    this.policy.assertCanChase(actor, school);
    const today = londonToday();
    const term = defaultTermOf(today);
    if (input.termStartsOn && input.termStartsOn !== term.startsOn) {
      throw CommonException.invalidInput('termStartsOn', `Returns are made for the current term, ${termLabel(term)} (from ${term.startsOn})`);
    }
    const label = termLabel(term);
    return this.dataSource.transaction(async (manager) => {
      const made = await manager.findOneBy(SafeguardingReturn, { schoolId: school.id, termStartsOn: term.startsOn });
      if (made) throw CommonException.conflict(`${school.name} made its return for ${label} on ${londonToday(made.submittedAt)}`);
      const people = await peopleInPost(manager, school.id, today, CHASED_ROLES);
      for (const person of people) {
        await this.notifications.notify(manager, {
          recipientId: person.userId,
          kind: 'safeguarding_return.missing',
          title: `Your termly safeguarding return for ${label} is missing`,
          link: PORTAL_LINKS.safeguardingReturn(school.id),
        });
      }
      const chase = await manager.save(
        manager.create(SafeguardingReturnChase, {
          schoolId: school.id,
          localAuthorityId: school.localAuthorityId,
          termStartsOn: term.startsOn,
          chasedById: actor.userId,
          recipients: people.length,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'safeguarding_returns.chase',
        entityType: 'SafeguardingReturnChase',
        entityId: chase.id,
        localAuthorityId: school.localAuthorityId,
        details: { schoolId: school.id, termStartsOn: term.startsOn, recipients: people.length },
      });
      return chase;
    });
  }

  /** The council's view of an authority's returns for a term: counts and figures (the schools are paged by `schools`). */
  async overview(actor: Actor, args: SafeguardingReturnsArgs): Promise<SafeguardingReturnsModel> {
    const localAuthorityId = this.policy.defaultArea(actor, args.localAuthorityId);
    this.policy.assertCanReadArea(actor, localAuthorityId);
    return this.summary(this.dataSource.manager, localAuthorityId, termStartingOn(args.termStartsOn));
  }

  /** The schools of an overview the caller was allowed to read, by name, a page at a time. */
  async schools(overview: SafeguardingReturnsModel, args: SchoolReturnsArgs): Promise<ConnectionShape<SchoolReturnModel>> {
    const { localAuthorityId, termStartsOn } = overview;
    const query = this.dataSource.manager.createQueryBuilder(School, 's')
      .where('s.localAuthorityId = :la', { la: localAuthorityId })
      .andWhere(`lower(s.status) <> 'closed'`);
    if (args.returned !== undefined && args.returned !== null) {
      query.andWhere(
        `${args.returned ? '' : 'NOT '}EXISTS (SELECT 1 FROM safeguarding_returns r WHERE r.school_id = s.id AND r.term_starts_on = :term)`,
        { term: termStartsOn },
      );
    }
    const page = await paginate(query, { columns: ['s.name', 's.id'], keyOf: (s) => [s.name, s.id] }, args);
    const rows = await this.rows(this.dataSource.manager, localAuthorityId, termStartsOn, page.edges.map((e) => e.node.id));
    return {
      pageInfo: page.pageInfo,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: rows.find((r) => r.schoolId === e.node.id)! })),
    };
  }

  /**
   * An authority's returns for the term starting `termStartsOn`, every open school with its return
   * or none: what the HMI termly report reads. No policy here: its caller authorises.
   */
  async returnsFor(localAuthorityId: string, termStartsOn: IsoDate, manager: EntityManager = this.dataSource.manager): Promise<AuthorityReturns> {
    const term = termStartingOn(termStartsOn, false);
    const summary = await this.summary(manager, localAuthorityId, term);
    return { ...summary, schools: await this.rows(manager, localAuthorityId, term.startsOn, null) };
  }

  private async summary(manager: EntityManager, localAuthorityId: string, term: AcademicTerm): Promise<SafeguardingReturnsModel> {
    const [s]: SummaryRow[] = await manager.query(SUMMARY, [localAuthorityId, term.startsOn]);
    const totals: SafeguardingReturnTotalsModel = {
      governanceChecksComplete: s.governance_checks_complete,
      staffHeadcount: s.staff_headcount,
      staffPreventTrained: s.staff_prevent_trained,
      shareOfStaffTrained: s.staff_headcount ? Math.round((s.staff_prevent_trained / s.staff_headcount) * 1000) / 1000 : null,
      deletionsFromRoll: s.deletions_from_roll,
      deletionsWithKnownDestination: s.deletions_with_known_destination,
      preventReferrals: s.prevent_referrals,
    };
    return {
      localAuthorityId,
      termStartsOn: term.startsOn,
      termEndsOn: term.endsOn,
      termLabel: termLabel(term),
      schoolCount: s.schools,
      returned: s.returned,
      missing: s.schools - s.returned,
      byType: s.by_type,
      totals,
    };
  }

  private async rows(manager: EntityManager, localAuthorityId: string, termStartsOn: IsoDate, schoolIds: string[] | null): Promise<SchoolReturnModel[]> {
    if (schoolIds && !schoolIds.length) return [];
    const rows: SchoolRow[] = await manager.query(ROWS, [localAuthorityId, termStartsOn, schoolIds]);
    const returnIds = rows.map((r) => r.return_id).filter((id): id is string => id !== null);
    const returns = returnIds.length ? await manager.createQueryBuilder(SafeguardingReturn, 'r').whereInIds(returnIds).getMany() : [];
    return rows.map((r) => {
      const made = returns.find((x) => x.id === r.return_id) ?? null;
      return {
        schoolId: r.school_id,
        urn: r.urn,
        schoolName: r.name,
        typeGroup: r.type_group,
        returned: made !== null,
        submittedAt: made?.submittedAt ?? null,
        timesChased: r.times,
        lastChasedAt: r.last_at,
        safeguardingReturn: made,
      };
    });
  }
}

/** The term starting on `startsOn` (the current term when none), refusing a day that starts no term, or (unless allowed) a term not yet begun. */
function termStartingOn(startsOn: IsoDate | undefined, currentOrEarlier = true): AcademicTerm {
  const current = defaultTermOf(londonToday());
  if (!startsOn) return current;
  const term = defaultTermOf(startsOn);
  if (term.startsOn !== startsOn) {
    throw CommonException.invalidInput('termStartsOn', `${startsOn} is not the first day of a term (terms start on 1 September, 1 January and 1 April)`);
  }
  if (currentOrEarlier && startsOn > current.startsOn) throw CommonException.invalidInput('termStartsOn', 'That term has not begun');
  return term;
}

function figuresOf(r: SafeguardingReturn): Record<string, unknown> {
  return {
    governanceChecksComplete: r.governanceChecksComplete,
    staffHeadcount: r.staffHeadcount,
    staffPreventTrained: r.staffPreventTrained,
    deletionsFromRoll: r.deletionsFromRoll,
    deletionsWithKnownDestination: r.deletionsWithKnownDestination,
    preventReferrals: r.preventReferrals,
  };
}
