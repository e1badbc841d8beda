import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum GiasImportStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

/** A row the import refused, with why, so an administrator can look at it in the file. */
export interface RefusedGiasRow {
  /** 1-based data row (the header is row 0). */
  row: number;
  reason: string;
}

/** One run of the GIAS import: an administrator's upload or the command line, with its counts as it goes. */
@Entity('gias_import_runs')
@Index('gias_import_runs_started_idx', ['startedAt', 'id'])
export class GiasImportRun {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: GiasImportStatus, enumName: 'gias_import_status', default: GiasImportStatus.RUNNING })
  status: GiasImportStatus;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  /** The administrator who uploaded the file; null for the command line. */
  @Column({ type: 'uuid', nullable: true })
  startedById: string | null;

  /** Who started it as shown to people (the administrator's name, or the command line). */
  @Column({ type: 'varchar', length: 200 })
  startedByName: string;

  // Millisecond precision, so a cursor read back from JavaScript matches the stored value exactly.
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  startedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'bigint', nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  byteSize: number | null;

  @Column({ type: 'integer', default: 0 })
  rowsRead: number;

  @Column({ type: 'integer', default: 0 })
  created: number;

  @Column({ type: 'integer', default: 0 })
  updated: number;

  @Column({ type: 'integer', default: 0 })
  unchanged: number;

  /** Rows of schools GIAS lists as closed (not imported). */
  @Column({ type: 'integer', default: 0 })
  closed: number;

  /** Rows left out on purpose: not a school this portal follows, or outside the chosen authorities. */
  @Column({ type: 'integer', default: 0 })
  skipped: number;

  /** Rows that could not be read (no URN, name, authority or status). */
  @Column({ type: 'integer', default: 0 })
  refused: number;

  // No column default: TypeORM never sees a jsonb default as equal to itself; every run begins with [].
  @Column({ type: 'jsonb' })
  refusedRows: RefusedGiasRow[];

  @Column({ type: 'varchar', length: 1000, nullable: true })
  failureMessage: string | null;
}
