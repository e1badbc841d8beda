import { MigrationInterface, QueryRunner } from 'typeorm';

export class Inspection1795383377257 implements MigrationInterface {
  name = 'Inspection1795383377257';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."assignment_reason" AS ENUM('JUDGED_INADEQUATE', 'RISK_OF_RADICALISATION', 'POOR_SAFEGUARDING_PRACTICE', 'OTHER')`);
    await queryRunner.query(`CREATE TABLE "hmi_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "local_authority_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "reason" "public"."assignment_reason" NOT NULL, "reason_note" text, "assigned_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a9430c9e9dc76ecd45a7b111abe" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "hmi_assignments_la_idx" ON "hmi_assignments"  ("local_authority_id", "starts_on") `);
    await queryRunner.query(`CREATE TYPE "public"."term_name" AS ENUM('AUTUMN', 'SPRING', 'SUMMER')`);
    await queryRunner.query(`CREATE TABLE "term_dates" ("academic_year" integer NOT NULL, "term" "public"."term_name" NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "updated_by_id" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2d02f39707f539aa28ef0b329c2" PRIMARY KEY ("academic_year", "term"))`);
    await queryRunner.query(`CREATE TYPE "public"."report_status" AS ENUM('DRAFT', 'SUBMITTED')`);
    await queryRunner.query(`CREATE TABLE "termly_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "local_authority_id" uuid NOT NULL, "term_starts_on" date NOT NULL, "term_ends_on" date NOT NULL, "term_label" character varying(40) NOT NULL, "version" integer NOT NULL, "corrects_report_id" uuid, "status" "public"."report_status" NOT NULL, "figures" jsonb NOT NULL, "narratives" jsonb NOT NULL, "recommendations" text, "la_response" text, "hmi_user_id" uuid, "built_at" TIMESTAMP WITH TIME ZONE NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by_id" uuid, "recipients" text array, "content_hash" character(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e5d9f368ee0676c2ffbe1ee80a6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "termly_reports_version_idx" ON "termly_reports"  ("local_authority_id", "term_starts_on", "version") `);
    await queryRunner.query(`ALTER TYPE "public"."role" ADD VALUE 'OFSTED_READER'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Hand-ordered: the role enum is shared by invitations and memberships; it is rebuilt once both have moved.
    await queryRunner.query(`DELETE FROM "memberships" WHERE "role"::text = 'OFSTED_READER'`);
    await queryRunner.query(`DELETE FROM "invitations" WHERE "role"::text = 'OFSTED_READER'`);
    await queryRunner.query(`CREATE TYPE "public"."role_old" AS ENUM('HEADTEACHER', 'DSL', 'LA_OFFICER', 'LA_MANAGER', 'HMI', 'ADMIN', 'GOVERNANCE_CLERK')`);
    await queryRunner.query(`ALTER TABLE "invitations" ALTER COLUMN "role" TYPE "public"."role_old" USING "role"::"text"::"public"."role_old"`);
    await queryRunner.query(`ALTER TABLE "memberships" ALTER COLUMN "role" TYPE "public"."role_old" USING "role"::"text"::"public"."role_old"`);
    await queryRunner.query(`DROP TYPE "public"."role"`);
    await queryRunner.query(`ALTER TYPE "public"."role_old" RENAME TO "role"`);
    await queryRunner.query(`DROP INDEX "public"."termly_reports_version_idx"`);
    await queryRunner.query(`DROP TABLE "termly_reports"`);
    await queryRunner.query(`DROP TYPE "public"."report_status"`);
    await queryRunner.query(`DROP TABLE "term_dates"`);
    await queryRunner.query(`DROP TYPE "public"."term_name"`);
    await queryRunner.query(`DROP INDEX "public"."hmi_assignments_la_idx"`);
    await queryRunner.query(`DROP TABLE "hmi_assignments"`);
    await queryRunner.query(`DROP TYPE "public"."assignment_reason"`);
  }
}
