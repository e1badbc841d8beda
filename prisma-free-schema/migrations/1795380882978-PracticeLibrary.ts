import { MigrationInterface, QueryRunner } from 'typeorm';

export class PracticeLibrary1795380882978 implements MigrationInterface {
  name = 'PracticeLibrary1795380882978';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."practice_kind" AS ENUM('PRACTICE', 'GUIDANCE')`);
    await queryRunner.query(`CREATE TYPE "public"."phase" AS ENUM('EARLY_YEARS', 'PRIMARY', 'SECONDARY', 'POST_16', 'ALL_THROUGH', 'SPECIAL')`);
    await queryRunner.query(`CREATE TYPE "public"."practice_visibility" AS ENUM('NETWORK', 'LOCAL_AUTHORITY', 'EVERYONE')`);
    await queryRunner.query(`CREATE TABLE "practice_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "kind" "public"."practice_kind" NOT NULL, "title" character varying(200) NOT NULL, "summary" character varying(1000) NOT NULL, "body" text NOT NULL, "tags" text array NOT NULL, "phases" "public"."phase" array NOT NULL, "school_types" "public"."school_type_group" array NOT NULL, "visibility" "public"."practice_visibility" NOT NULL, "network_id" uuid, "anonymous" boolean NOT NULL DEFAULT false, "author_id" uuid NOT NULL, "author_school_id" uuid, "local_authority_id" uuid NOT NULL, "endorsement_count" integer NOT NULL DEFAULT '0', "featured_at" TIMESTAMP WITH TIME ZONE, "featured_by_id" uuid, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_5ef330a85dbb9fd9ca1318da1fc" UNIQUE ("seq"), CONSTRAINT "PK_1deda6c7a102be07966b076d96b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "practice_entries_network_idx" ON "practice_entries"  ("network_id") `);
    await queryRunner.query(`CREATE INDEX "practice_entries_la_idx" ON "practice_entries"  ("local_authority_id", "seq") `);
    await queryRunner.query(`CREATE TYPE "public"."practice_comment_kind" AS ENUM('COMMENT', 'QUESTION', 'ANSWER')`);
    await queryRunner.query(`CREATE TABLE "practice_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "kind" "public"."practice_comment_kind" NOT NULL, "parent_id" uuid, "author_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d361578ffd78f7f505e9d8f23fd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "practice_comments_entry_idx" ON "practice_comments"  ("entry_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "practice_endorsements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "user_id" uuid NOT NULL, "school_id" uuid, "note" character varying(1000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_da29ab0bd492f5269fe4301f017" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "practice_endorsements_once_idx" ON "practice_endorsements"  ("entry_id", "user_id") `);
    await queryRunner.query(`CREATE TABLE "practice_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "file_name" character varying(200) NOT NULL, "media_type" character varying(100) NOT NULL, "byte_size" integer NOT NULL, "sha256" character(64) NOT NULL, "storage_key" character varying(200) NOT NULL, "uploaded_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2278ca1a348bb7fa08faba10d7f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "practice_attachments_entry_idx" ON "practice_attachments"  ("entry_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "practice_comments" ADD CONSTRAINT "FK_3302d438768cd876506424f1579" FOREIGN KEY ("entry_id") REFERENCES "practice_entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_endorsements" ADD CONSTRAINT "FK_bc927971980b4ba11ae949dec92" FOREIGN KEY ("entry_id") REFERENCES "practice_entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_attachments" ADD CONSTRAINT "FK_9acd20c07070df0dad7e98b6868" FOREIGN KEY ("entry_id") REFERENCES "practice_entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "practice_attachments" DROP CONSTRAINT "FK_9acd20c07070df0dad7e98b6868"`);
    await queryRunner.query(`ALTER TABLE "practice_endorsements" DROP CONSTRAINT "FK_bc927971980b4ba11ae949dec92"`);
    await queryRunner.query(`ALTER TABLE "practice_comments" DROP CONSTRAINT "FK_3302d438768cd876506424f1579"`);
    await queryRunner.query(`DROP INDEX "public"."practice_attachments_entry_idx"`);
    await queryRunner.query(`DROP TABLE "practice_attachments"`);
    await queryRunner.query(`DROP INDEX "public"."practice_endorsements_once_idx"`);
    await queryRunner.query(`DROP TABLE "practice_endorsements"`);
    await queryRunner.query(`DROP INDEX "public"."practice_comments_entry_idx"`);
    await queryRunner.query(`DROP TABLE "practice_comments"`);
    await queryRunner.query(`DROP TYPE "public"."practice_comment_kind"`);
    await queryRunner.query(`DROP INDEX "public"."practice_entries_la_idx"`);
    await queryRunner.query(`DROP INDEX "public"."practice_entries_network_idx"`);
    await queryRunner.query(`DROP TABLE "practice_entries"`);
    await queryRunner.query(`DROP TYPE "public"."practice_visibility"`);
    await queryRunner.query(`DROP TYPE "public"."phase"`);
    await queryRunner.query(`DROP TYPE "public"."practice_kind"`);
  }
}
