import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PracticeEntry } from '../entries/practice-entry.entity';

/** "Used this in my school": one per person per entry. */
@Entity('practice_endorsements')
@Index('practice_endorsements_once_idx', ['entryId', 'userId'], { unique: true })
export class PracticeEndorsement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  entryId: string;

  @ManyToOne(() => PracticeEntry, { onDelete: 'RESTRICT' })
  entry?: PracticeEntry;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid', nullable: true })
  schoolId: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
