import { MigrationInterface, QueryRunner } from 'typeorm';

export class GiasImportRuns1795409661114 implements MigrationInterface {
  name = 'GiasImportRuns1795409661114';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."gias_import_status" AS ENUM('RUNNING', 'SUCCEEDED', 'FAILED')`);
    await queryRunner.query(`CREATE TABLE "gias_import_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" "public"."gias_import_status" NOT NULL DEFAULT 'RUNNING', "file_name" character varying(255) NOT NULL, "started_by_id" uuid, "started_by_name" character varying(200) NOT NULL, "started_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, "byte_size" bigint, "rows_read" integer NOT NULL DEFAULT '0', "created" integer NOT NULL DEFAULT '0', "updated" integer NOT NULL DEFAULT '0', "unchanged" integer NOT NULL DEFAULT '0', "closed" integer NOT NULL DEFAULT '0', "skipped" integer NOT NULL DEFAULT '0', "refused" integer NOT NULL DEFAULT '0', "refused_rows" jsonb NOT NULL, "failure_message" character varying(1000), CONSTRAINT "PK_001ebc9f7f725bc96ce3444e372" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "gias_import_runs_started_idx" ON "gias_import_runs"  ("started_at", "id") `);
    await queryRunner.query(`CREATE TABLE "gias_import_chunks" ("run_id" uuid NOT NULL, "seq" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "PK_7689323a4dd3bdfd37555fd6f05" PRIMARY KEY ("run_id", "seq"))`);
    await queryRunner.query(`ALTER TABLE "gias_import_chunks" ADD CONSTRAINT "FK_990ee1923b9420c603f4484578f" FOREIGN KEY ("run_id") REFERENCES "gias_import_runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "gias_import_chunks" DROP CONSTRAINT "FK_990ee1923b9420c603f4484578f"`);
    await queryRunner.query(`DROP TABLE "gias_import_chunks"`);
    await queryRunner.query(`DROP INDEX "public"."gias_import_runs_started_idx"`);
    await queryRunner.query(`DROP TABLE "gias_import_runs"`);
    await queryRunner.query(`DROP TYPE "public"."gias_import_status"`);
  }
}
