import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Membership } from './membership.entity';

export enum UserStatus {
  /** Invited, no password yet. */
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

/** A person who signs in. What they may do comes from their memberships. */
@Entity('users')
@Index('users_email_key', ['email'], { unique: true })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Always stored trimmed and lower-case, so uniqueness is case-blind. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'varchar', length: 200, nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'enum', enum: UserStatus, enumName: 'user_status', default: UserStatus.INVITED })
  status: UserStatus;

  @Column({ type: 'integer', default: 0 })
  failedSignInCount: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  /** The authenticator app's shared secret, encrypted (FieldCipher); set at enrolment. */
  @Column({ type: 'varchar', length: 300, nullable: true, select: false })
  totpSecret: string | null;

  /** When the authenticator was confirmed with a code; until then the secret is only pending. */
  @Column({ type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null;

  /** The last TOTP time step accepted: a code of that step or an earlier one is a replay. */
  @Column({ type: 'integer', nullable: true })
  totpLastStep: number | null;

  @OneToMany(() => Membership, (m) => m.user)
  memberships?: Membership[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
