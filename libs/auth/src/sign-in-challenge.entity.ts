import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A sign-in whose password was right, waiting for the second factor (or for the authenticator app
 * to be set up, when the account has none). Only its token's SHA-256 is kept; it completes once.
 */
@Entity('sign_in_challenges')
@Index('sign_in_challenges_user_idx', ['userId'])
export class SignInChallengeRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'char', length: 64, unique: true })
  tokenHash: string;

  /** The account had no authenticator app when the password was checked: this challenge may enrol one. */
  @Column({ type: 'boolean' })
  enrolmentRequired: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ipAddress: string | null;
}
