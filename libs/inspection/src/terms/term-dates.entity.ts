import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { TermName } from '@safeguard/calendar';

/** A reporting term's dates for one academic year, when ADMIN sets them (otherwise the defaults). */
@Entity('term_dates')
export class TermDates {
  /** The calendar year the academic year starts in (2026 for 2026/27). */
  @PrimaryColumn({ type: 'integer' })
  academicYear: number;

  @PrimaryColumn({ type: 'enum', enum: TermName, enumName: 'term_name' })
  term: TermName;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @Column({ type: 'uuid' })
  updatedById: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
