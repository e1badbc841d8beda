import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One authority's value for one register rule, replacing the default in register-rules.ts. */
@Entity('register_rule_overrides')
export class RegisterRuleOverride {
  @PrimaryColumn({ type: 'uuid' })
  localAuthorityId: string;

  @PrimaryColumn({ type: 'varchar', length: 60 })
  rule: string;

  @Column({ type: 'integer' })
  value: number;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
