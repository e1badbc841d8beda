import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { School } from '@safeguard/organisations';

/**
 * That one member of staff completed Prevent awareness training: who, when, which course. A
 * trainee with a portal account (the DSL, say) is linked by user, so their training is found
 * whatever name it was typed under.
 */
@Entity('prevent_training_records')
@Index('prevent_training_records_school_idx', ['schoolId', 'trainedOn', 'id'])
@Index('prevent_training_records_user_idx', ['userId', 'trainedOn'])
export class PreventTrainingRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @ManyToOne(() => School, { onDelete: 'RESTRICT' })
  school?: School;

  @Column({ type: 'uuid' })
  localAuthorityId: string;

  @Column({ type: 'varchar', length: 200 })
  staffName: string;

  /** Their job, e.g. 'Class teacher', 'Designated safeguarding lead'. */
  @Column({ type: 'varchar', length: 100 })
  staffRole: string;

  /** The portal user, when the trainee has an account. */
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  /** Trained as (one of) the school's designated safeguarding leads. */
  @Column({ type: 'boolean', default: false })
  isDsl: boolean;

  @Column({ type: 'date' })
  trainedOn: string;

  @Column({ type: 'varchar', length: 300 })
  course: string;

  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
