import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Concern } from './concern.entity';
import { EncryptedColumn } from '@safeguard/encryption';

/** Something added to a submitted concern, which is never edited. */
@Entity('concern_additions')
@Index('concern_additions_concern_idx', ['concernId', 'createdAt'])
export class ConcernAddition {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  concernId: string;

  @ManyToOne(() => Concern, { onDelete: 'RESTRICT' })
  concern?: Concern;

  @Column({ type: 'uuid' })
  authorId: string;

  @EncryptedColumn('concern_additions.text')
  text: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
