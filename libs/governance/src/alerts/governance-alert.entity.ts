import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CheckKind } from '../governance.enums';

export enum AlertLevel {
  /** The school is reminded that a check falls due. */
  REMINDER = 'REMINDER',
  /** The council is told that a check is overdue. */
  ESCALATION = 'ESCALATION',
}

/**
 * That a reminder or escalation was sent for one deadline of one check. The unique key is what
 * makes each go exactly once: it is inserted in the transaction that writes the notifications,
 * and a second worker's insert waits for the first and then does nothing.
 */
@Entity('governance_alerts')
@Index('governance_alerts_once_idx', ['appointmentId', 'check', 'dueOn', 'level'], { unique: true })
export class GovernanceAlert {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  appointmentId: string;

  @Column({ type: 'enum', enum: CheckKind, enumName: 'check_kind' })
  check: CheckKind;

  @Column({ type: 'date' })
  dueOn: string;

  @Column({ type: 'enum', enum: AlertLevel, enumName: 'governance_alert_level' })
  level: AlertLevel;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
