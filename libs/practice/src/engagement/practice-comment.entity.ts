import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PracticeEntry } from '../entries/practice-entry.entity';
import { CommentKind } from '../practice.enums';

/** A comment, a question to the author, or an answer to a question. */
@Entity('practice_comments')
@Index('practice_comments_entry_idx', ['entryId', 'createdAt'])
export class PracticeComment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  entryId: string;

  @ManyToOne(() => PracticeEntry, { onDelete: 'RESTRICT' })
  entry?: PracticeEntry;

  @Column({ type: 'enum', enum: CommentKind, enumName: 'practice_comment_kind' })
  kind: CommentKind;

  /** For an answer: the question. */
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ type: 'uuid' })
  authorId: string;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
