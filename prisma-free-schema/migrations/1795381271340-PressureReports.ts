import { MigrationInterface, QueryRunner } from 'typeorm';

export class PressureReports1795381271340 implements MigrationInterface {
  name = 'PressureReports1795381271340';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "pressure_campaigns" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "local_authority_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "description" text NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2735802086240cc7ab29a4e2920" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "pressure_campaigns_la_idx" ON "pressure_campaigns"  ("local_authority_id", "created_at", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."pressure_report_status" AS ENUM('SUBMITTED', 'ACKNOWLEDGED', 'ACTION_IN_PROGRESS', 'RESOLVED')`);
    await queryRunner.query(`CREATE TYPE "public"."pressure_category" AS ENUM('INTIMIDATION_OF_STAFF', 'THREAT_TO_A_PERSON', 'SOCIAL_MEDIA_POSTS', 'ORGANISED_CAMPAIGN_OR_PROTEST', 'CURRICULUM_PRESSURE', 'STAFFING_PRESSURE', 'GOVERNOR_PRESSURE', 'OTHER')`);
    await queryRunner.query(`CREATE TYPE "public"."pressure_curriculum_area" AS ENUM('PSHE', 'RSE', 'EQUALITY', 'SCIENCE', 'RELIGIOUS_EDUCATION', 'OTHER')`);
    await queryRunner.query(`CREATE TABLE "pressure_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "share_key" uuid NOT NULL DEFAULT gen_random_uuid(), "local_authority_id" uuid NOT NULL, "school_id" uuid NOT NULL, "reporter_id" uuid NOT NULL, "status" "public"."pressure_report_status" NOT NULL, "category" "public"."pressure_category" NOT NULL, "curriculum_area" "public"."pressure_curriculum_area", "account" text NOT NULL, "occurred_on" date NOT NULL, "occurred_month" character(7) NOT NULL, "occurred_time" character varying(5), "location" text NOT NULL, "involved" text NOT NULL, "links" text array NOT NULL DEFAULT '{}', "harm_to_staff" boolean NOT NULL, "harm_to_pupils" boolean NOT NULL, "harm_description" text, "police_told" boolean NOT NULL, "police_reference" character varying(60), "share_anonymously" boolean NOT NULL, "shareable_summary" text, "campaign_id" uuid, "submitted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "acknowledgement_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "acknowledged_by_id" uuid, "acknowledgement_note" text, "action_started_at" TIMESTAMP WITH TIME ZONE, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by_id" uuid, "outcome_summary" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_86825c43191d7af2e4356ea221c" UNIQUE ("seq"), CONSTRAINT "UQ_edd220293ac898ef4133f39342b" UNIQUE ("share_key"), CONSTRAINT "PK_aa2af40bbb16ac2a49170d0b258" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "pressure_reports_campaign_idx" ON "pressure_reports"  ("campaign_id") `);
    await queryRunner.query(`CREATE INDEX "pressure_reports_shared_idx" ON "pressure_reports"  ("occurred_month", "share_key") WHERE share_anonymously`);
    await queryRunner.query(`CREATE INDEX "pressure_reports_school_idx" ON "pressure_reports"  ("school_id", "seq") `);
    await queryRunner.query(`CREATE INDEX "pressure_reports_la_idx" ON "pressure_reports"  ("local_authority_id", "status", "submitted_at") `);
    await queryRunner.query(`CREATE TABLE "pressure_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "file_name" character varying(200) NOT NULL, "media_type" character varying(50) NOT NULL, "byte_size" integer NOT NULL, "sha256" character(64) NOT NULL, "storage_key" character varying(200) NOT NULL, "uploaded_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e040e186a835d3198d18995f2a2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "pressure_attachments_report_idx" ON "pressure_attachments"  ("report_id", "created_at") `);
    await queryRunner.query(`CREATE TYPE "public"."pressure_deadline_kind" AS ENUM('ACKNOWLEDGEMENT')`);
    await queryRunner.query(`CREATE TABLE "pressure_deadlines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "local_authority_id" uuid NOT NULL, "kind" "public"."pressure_deadline_kind" NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "met_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "escalated_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ad5c05ffd7c26373f41ec993596" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "pressure_deadlines_report_idx" ON "pressure_deadlines"  ("report_id", "kind") `);
    await queryRunner.query(`CREATE INDEX "pressure_deadlines_open_idx" ON "pressure_deadlines"  ("due_at") WHERE met_at IS NULL AND cancelled_at IS NULL AND escalated_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "pressure_delegations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "local_authority_id" uuid NOT NULL, "delegate_id" uuid NOT NULL, "named_by_id" uuid NOT NULL, "named_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "removed_at" TIMESTAMP WITH TIME ZONE, "removed_by_id" uuid, CONSTRAINT "PK_9a648ede67e77e6eae553641f96" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "pressure_delegations_delegate_idx" ON "pressure_delegations"  ("delegate_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "pressure_delegations_active_key" ON "pressure_delegations"  ("school_id", "delegate_id") WHERE removed_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "pressure_report_additions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "author_id" uuid NOT NULL, "text" text NOT NULL, "links" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_937d61e59b0e46b16e0e44e1186" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "pressure_report_additions_report_idx" ON "pressure_report_additions"  ("report_id", "created_at") `);
    await queryRunner.query(`CREATE TYPE "public"."pressure_action_kind" AS ENUM('VISIT', 'LETTER', 'MEETING_WITH_PARENTS', 'POLICE_REFERRAL', 'PREVENT_REFERRAL', 'STAFF_SUPPORT', 'OTHER')`);
    await queryRunner.query(`CREATE TABLE "pressure_report_actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "local_authority_id" uuid NOT NULL, "kind" "public"."pressure_action_kind" NOT NULL, "taken_on" date NOT NULL, "note" text NOT NULL, "recorded_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2e5e924fd7dfa46cdb0e7c85fb8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "pressure_report_actions_report_idx" ON "pressure_report_actions"  ("report_id", "taken_on", "created_at") `);
    await queryRunner.query(`ALTER TABLE "pressure_reports" ADD CONSTRAINT "FK_e5c8dbf1fe33ed617afd6bffb43" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pressure_reports" ADD CONSTRAINT "FK_0ac4520a7efd5dbeb8ab79c528e" FOREIGN KEY ("campaign_id") REFERENCES "pressure_campaigns"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pressure_attachments" ADD CONSTRAINT "FK_755d569a8ff12a1d723edd124ed" FOREIGN KEY ("report_id") REFERENCES "pressure_reports"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pressure_deadlines" ADD CONSTRAINT "FK_b83116edbb1e2b65ac6956654d4" FOREIGN KEY ("report_id") REFERENCES "pressure_reports"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pressure_delegations" ADD CONSTRAINT "FK_d2e89b400075bede1b7032d6c58" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pressure_report_additions" ADD CONSTRAINT "FK_d8d7cda461a430597299cb645fe" FOREIGN KEY ("report_id") REFERENCES "pressure_reports"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pressure_report_actions" ADD CONSTRAINT "FK_dcd822d8448714377e6c98df18e" FOREIGN KEY ("report_id") REFERENCES "pressure_reports"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pressure_report_actions" DROP CONSTRAINT "FK_dcd822d8448714377e6c98df18e"`);
    await queryRunner.query(`ALTER TABLE "pressure_report_additions" DROP CONSTRAINT "FK_d8d7cda461a430597299cb645fe"`);
    await queryRunner.query(`ALTER TABLE "pressure_delegations" DROP CONSTRAINT "FK_d2e89b400075bede1b7032d6c58"`);
    await queryRunner.query(`ALTER TABLE "pressure_deadlines" DROP CONSTRAINT "FK_b83116edbb1e2b65ac6956654d4"`);
    await queryRunner.query(`ALTER TABLE "pressure_attachments" DROP CONSTRAINT "FK_755d569a8ff12a1d723edd124ed"`);
    await queryRunner.query(`ALTER TABLE "pressure_reports" DROP CONSTRAINT "FK_0ac4520a7efd5dbeb8ab79c528e"`);
    await queryRunner.query(`ALTER TABLE "pressure_reports" DROP CONSTRAINT "FK_e5c8dbf1fe33ed617afd6bffb43"`);
    await queryRunner.query(`DROP INDEX "public"."pressure_report_actions_report_idx"`);
    await queryRunner.query(`DROP TABLE "pressure_report_actions"`);
    await queryRunner.query(`DROP TYPE "public"."pressure_action_kind"`);
    await queryRunner.query(`DROP INDEX "public"."pressure_report_additions_report_idx"`);
    await queryRunner.query(`DROP TABLE "pressure_report_additions"`);
    await queryRunner.query(`DROP INDEX "public"."pressure_delegations_active_key"`);
    await queryRunner.query(`DROP INDEX "public"."pressure_delegations_delegate_idx"`);
    await queryRunner.query(`DROP TABLE "pressure_delegations"`);
    await queryRunner.query(`DROP INDEX "public"."pressure_deadlines_open_idx"`);
    await queryRunner.query(`DROP INDEX "public"."pressure_deadlines_report_idx"`);
    await queryRunner.query(`DROP TABLE "pressure_deadlines"`);
    await queryRunner.query(`DROP TYPE "public"."pressure_deadline_kind"`);
    await queryRunner.query(`DROP INDEX "public"."pressure_attachments_report_idx"`);
    await queryRunner.query(`DROP TABLE "pressure_attachments"`);
    await queryRunner.query(`DROP INDEX "public"."pressure_reports_la_idx"`);
    await queryRunner.query(`DROP INDEX "public"."pressure_reports_school_idx"`);
    await queryRunner.query(`DROP INDEX "public"."pressure_reports_shared_idx"`);
    await queryRunner.query(`DROP INDEX "public"."pressure_reports_campaign_idx"`);
    await queryRunner.query(`DROP TABLE "pressure_reports"`);
    await queryRunner.query(`DROP TYPE "public"."pressure_curriculum_area"`);
    await queryRunner.query(`DROP TYPE "public"."pressure_category"`);
    await queryRunner.query(`DROP TYPE "public"."pressure_report_status"`);
    await queryRunner.query(`DROP INDEX "public"."pressure_campaigns_la_idx"`);
    await queryRunner.query(`DROP TABLE "pressure_campaigns"`);
  }
}
