import { Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { GiasImportRun } from './gias-import-run.entity';

/**
 * An uploaded GIAS file, kept in the database in pieces until its run ends: the worker that runs
 * the import may be another machine than the api that took the upload.
 */
@Entity('gias_import_chunks')
export class GiasImportChunk {
  @PrimaryColumn({ type: 'uuid' })
  runId: string;

  @ManyToOne(() => GiasImportRun, { onDelete: 'CASCADE' })
  run?: GiasImportRun;

  @PrimaryColumn({ type: 'integer' })
  seq: number;

  @Column({ type: 'bytea' })
  data: Buffer;
}
