import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { AcademicTerm, addDays, defaultTermOf, IsoDate, termLabel } from '@safeguard/calendar';
import { CommonException } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { ReportTerm } from '../figures/report-figures';
import { TermDates } from './term-dates.entity';
import { SetTermDatesInput } from './term-dates.inputs';

/**
 * Reporting terms: the dates ADMIN set for an academic year, or the defaults (autumn 1 September
 * to 31 December, spring 1 January to 31 March, summer 1 April to 31 August).
 */
@Injectable()
export class TermCalendar {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async termOf(manager: EntityManager, day: IsoDate): Promise<ReportTerm & AcademicTerm> {
    const fallback = defaultTermOf(day);
    const years = [fallback.academicYear - 1, fallback.academicYear, fallback.academicYear + 1];
    const set: TermDates[] = await manager.getRepository(TermDates).createQueryBuilder('t').where('t.academicYear IN (:...years)', { years }).getMany();
    const configured = set.find((t) => t.startsOn <= day && day <= t.endsOn);
    const term = configured ? { name: configured.term, academicYear: configured.academicYear, startsOn: configured.startsOn, endsOn: configured.endsOn } : fallback;
    return { ...term, label: termLabel(term) };
  }

  /** The term and the three before it, oldest first. */
  async lastFour(manager: EntityManager, term: ReportTerm): Promise<ReportTerm[]> {
    const terms: ReportTerm[] = [term];
    while (terms.length < 4) terms.unshift(await this.termOf(manager, addDays(terms[0].startsOn, -1)));
    return terms.map(({ label, startsOn, endsOn }) => ({ label, startsOn, endsOn }));
  }

  list(academicYear: number): Promise<TermDates[]> {
    return this.dataSource.manager.find(TermDates, { where: { academicYear }, order: { startsOn: 'ASC' } });
  }

  async set(actor: Actor, input: SetTermDatesInput): Promise<TermDates> {
    if (input.endsOn < input.startsOn) throw CommonException.invalidInput('endsOn', 'The term ends before it starts');
    return this.dataSource.transaction(async (manager) => {
      const overlapping = await manager
        .createQueryBuilder(TermDates, 't')
        .where('NOT (t.academicYear = :year AND t.term = :term) AND t.startsOn <= :endsOn AND t.endsOn >= :startsOn', {
          year: input.academicYear, term: input.term, startsOn: input.startsOn, endsOn: input.endsOn,
        })
        .getCount();
      if (overlapping) throw CommonException.invalidInput('startsOn', 'These dates overlap another term');
      await manager.upsert(TermDates, { ...input, updatedById: actor.userId! }, ['academicYear', 'term']);
      await this.audit.record(manager, actor, {
        action: 'inspection.set_term_dates', entityType: 'TermDates', entityId: `${input.academicYear}:${input.term}`, details: { ...input },
      });
      return manager.findOneByOrFail(TermDates, { academicYear: input.academicYear, term: input.term });
    });
  }
}
