import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PracticeEntry } from '../entries/practice-entry.entity';

/** A lesson plan, policy or picture attached to a practice entry; the bytes live in the file store. */
@Entity('practice_attachments')
@Index('practice_attachments_entry_idx', ['entryId', 'createdAt'])
export class PracticeAttachment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  entryId: string;

  @ManyToOne(() => PracticeEntry, { onDelete: 'RESTRICT' })
  entry?: PracticeEntry;

  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  @Column({ type: 'varchar', length: 100 })
  mediaType: string;

  @Column({ type: 'integer' })
  byteSize: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'varchar', length: 200 })
  storageKey: string;

  @Column({ type: 'uuid' })
  uploadedById: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
