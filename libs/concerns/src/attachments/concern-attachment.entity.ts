import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Concern } from '../filing/concern.entity';

/** A file attached to a concern. The bytes live in the attachment store, never in this row. */
@Entity('concern_attachments')
@Index('concern_attachments_concern_idx', ['concernId', 'createdAt'])
export class ConcernAttachment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  concernId: string;

  @ManyToOne(() => Concern, { onDelete: 'RESTRICT' })
  concern?: Concern;

  /** The name the uploader gave, kept for display only (never used as a path). */
  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  /** The type read from the content itself. */
  @Column({ type: 'varchar', length: 50 })
  mediaType: string;

  @Column({ type: 'integer' })
  byteSize: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** Where the store keeps the bytes. */
  @Column({ type: 'varchar', length: 200 })
  storageKey: string;

  @Column({ type: 'uuid' })
  uploadedById: string;

  /** True when added after submission (an audited addition to the record). */
  @Column({ type: 'boolean' })
  addedAfterSubmission: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
