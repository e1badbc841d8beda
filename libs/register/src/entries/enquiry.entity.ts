import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RegisterEntry } from './register-entry.entity';
import { EnquiryKind } from '../register.enums';
import { EncryptedColumn } from '@safeguard/encryption';

/** One reasonable enquiry made for a child missing education; never edited, only added. */
@Entity('register_enquiries')
@Index('register_enquiries_entry_idx', ['entryId', 'madeOn'])
export class Enquiry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  entryId: string;

  @ManyToOne(() => RegisterEntry, { onDelete: 'RESTRICT' })
  entry?: RegisterEntry;

  @Column({ type: 'enum', enum: EnquiryKind, enumName: 'enquiry_kind' })
  kind: EnquiryKind;

  @Column({ type: 'date' })
  madeOn: string;

  @EncryptedColumn('register_enquiries.outcome')
  outcome: string;

  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
