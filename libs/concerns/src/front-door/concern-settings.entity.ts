import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** An authority's own front-door settings (local policy within the bounds in concern-rules). */
@Entity('concern_settings')
export class ConcernSettings {
  @PrimaryColumn({ type: 'uuid' })
  localAuthorityId: string;

  @Column({ type: 'integer' })
  signOffWorkingDays: number;

  @Column({ type: 'uuid' })
  updatedById: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
