import { MigrationInterface, QueryRunner } from 'typeorm';

export class Concerns1795378237400 implements MigrationInterface {
  name = 'Concerns1795378237400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."concern_status" AS ENUM('DRAFT', 'AWAITING_DECISION', 'AWAITING_SIGN_OFF', 'DECIDED')`);
    await queryRunner.query(`CREATE TYPE "public"."concern_category" AS ENUM('RADICALISATION', 'CHILD_SEXUAL_EXPLOITATION', 'CHILD_CRIMINAL_EXPLOITATION', 'PHYSICAL_ABUSE', 'EMOTIONAL_ABUSE', 'SEXUAL_ABUSE', 'NEGLECT', 'DOMESTIC_ABUSE', 'MISSING_FROM_HOME_OR_CARE', 'MISSING_EDUCATION', 'FEMALE_GENITAL_MUTILATION', 'ONLINE_HARM', 'OTHER')`);
    await queryRunner.query(`CREATE TYPE "public"."decision_outcome" AS ENUM('NO_FURTHER_ACTION', 'ADVICE_OR_SIGNPOSTING', 'EARLY_HELP', 'CHILDRENS_SOCIAL_CARE', 'STRATEGY_DISCUSSION', 'PREVENT_REFERRAL', 'POLICE')`);
    await queryRunner.query(`CREATE TYPE "public"."channel_outcome" AS ENUM('ADOPTED', 'NOT_ADOPTED_OTHER_SUPPORT', 'NOT_ADOPTED_NO_FURTHER_ACTION', 'CONSENT_DECLINED')`);
    await queryRunner.query(`CREATE TABLE "concerns" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "local_authority_id" uuid NOT NULL, "school_id" uuid NOT NULL, "author_id" uuid NOT NULL, "status" "public"."concern_status" NOT NULL, "child_id" uuid, "draft_child" jsonb, "categories" "public"."concern_category" array NOT NULL, "account" text, "occurred_on" date, "occurred_time" character varying(5), "action_taken" text, "child_or_family_told" boolean, "not_told_reason" text, "immediate_risk" boolean NOT NULL DEFAULT false, "risk_call_to" character varying(200), "risk_call_at" TIMESTAMP WITH TIME ZONE, "risk_call_outcome" text, "submitted_at" TIMESTAMP(3) WITH TIME ZONE, "decision_due_at" TIMESTAMP WITH TIME ZONE, "first_decided_at" TIMESTAMP WITH TIME ZONE, "outcome" "public"."decision_outcome", "outcome_at" TIMESTAMP WITH TIME ZONE, "channel_outcome" "public"."channel_outcome", "channel_outcome_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "prevent_how_concern_arose" text, "prevent_indicators" text, "prevent_ideology" text, "prevent_online_activity" text, "prevent_contacts" text, "prevent_threats" text, "prevent_send_context" text, "prevent_family_context" text, CONSTRAINT "UQ_457c49e964cd2d0f5b556744254" UNIQUE ("seq"), CONSTRAINT "PK_743844335346f7379d1fc28950a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "concerns_child_idx" ON "concerns"  ("child_id", "submitted_at") `);
    await queryRunner.query(`CREATE INDEX "concerns_school_idx" ON "concerns"  ("school_id", "submitted_at") `);
    await queryRunner.query(`CREATE INDEX "concerns_queue_idx" ON "concerns"  ("local_authority_id", "status", "immediate_risk", "submitted_at") `);
    await queryRunner.query(`CREATE TABLE "concern_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "concern_id" uuid NOT NULL, "file_name" character varying(200) NOT NULL, "media_type" character varying(50) NOT NULL, "byte_size" integer NOT NULL, "sha256" character(64) NOT NULL, "storage_key" character varying(200) NOT NULL, "uploaded_by_id" uuid NOT NULL, "added_after_submission" boolean NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_95c26a30a4277a34ccee7c8cab1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "concern_attachments_concern_idx" ON "concern_attachments"  ("concern_id", "created_at") `);
    await queryRunner.query(`CREATE TYPE "public"."concern_deadline_kind" AS ENUM('DECISION', 'SIGN_OFF')`);
    await queryRunner.query(`CREATE TABLE "concern_deadlines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "concern_id" uuid NOT NULL, "decision_id" uuid, "local_authority_id" uuid NOT NULL, "kind" "public"."concern_deadline_kind" NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "met_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "escalated_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fa7464a38fbe444e577bcac2651" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "concern_deadlines_concern_idx" ON "concern_deadlines"  ("concern_id", "kind") `);
    await queryRunner.query(`CREATE INDEX "concern_deadlines_open_idx" ON "concern_deadlines"  ("due_at") WHERE met_at IS NULL AND cancelled_at IS NULL AND escalated_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "concern_additions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "concern_id" uuid NOT NULL, "author_id" uuid NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6ec78ef69423f54b725bc56e7c2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "concern_additions_concern_idx" ON "concern_additions"  ("concern_id", "created_at") `);
    await queryRunner.query(`CREATE TYPE "public"."threshold_level" AS ENUM('UNIVERSAL', 'ADDITIONAL_NEEDS', 'COMPLEX_NEEDS', 'SIGNIFICANT_HARM')`);
    await queryRunner.query(`CREATE TYPE "public"."decision_status" AS ENUM('AWAITING_SIGN_OFF', 'IN_EFFECT', 'CHANGED_AT_SIGN_OFF')`);
    await queryRunner.query(`CREATE TYPE "public"."sign_off_verdict" AS ENUM('AGREE', 'CHANGE')`);
    await queryRunner.query(`CREATE TABLE "concern_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "concern_id" uuid NOT NULL, "local_authority_id" uuid NOT NULL, "outcome" "public"."decision_outcome" NOT NULL, "threshold_level" "public"."threshold_level" NOT NULL, "criteria" text array NOT NULL, "rationale" text NOT NULL, "decided_by_id" uuid NOT NULL, "decided_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "needs_sign_off" boolean NOT NULL, "status" "public"."decision_status" NOT NULL, "sign_off_due_at" TIMESTAMP WITH TIME ZONE, "signed_off_by_id" uuid, "signed_off_at" TIMESTAMP WITH TIME ZONE, "sign_off_verdict" "public"."sign_off_verdict", "change_reason" text, "replaces_decision_id" uuid, CONSTRAINT "PK_575438be6ee94b831987ba9fddb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "concern_decisions_sign_off_idx" ON "concern_decisions"  ("local_authority_id", "decided_at") WHERE status = 'AWAITING_SIGN_OFF'`);
    await queryRunner.query(`CREATE INDEX "concern_decisions_concern_idx" ON "concern_decisions"  ("concern_id", "decided_at") `);
    await queryRunner.query(`CREATE TABLE "concern_settings" ("local_authority_id" uuid NOT NULL, "sign_off_working_days" integer NOT NULL, "updated_by_id" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d2102f606c2c98385e9049ca460" PRIMARY KEY ("local_authority_id"))`);
    await queryRunner.query(`ALTER TABLE "register_events" ADD "restricted_to_school_id" uuid`);
    await queryRunner.query(`ALTER TABLE "concerns" ADD CONSTRAINT "FK_dfe9ca149fdb0ebe8239427def7" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "concern_attachments" ADD CONSTRAINT "FK_55d8abe8fcfbf327550c5f3b815" FOREIGN KEY ("concern_id") REFERENCES "concerns"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "concern_deadlines" ADD CONSTRAINT "FK_7f42c0e6a571a3add7cb995a4da" FOREIGN KEY ("concern_id") REFERENCES "concerns"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "concern_additions" ADD CONSTRAINT "FK_c27d2d7d936837cd8350cebeea4" FOREIGN KEY ("concern_id") REFERENCES "concerns"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "concern_decisions" ADD CONSTRAINT "FK_8f89ef437c3af901a4eb42777d0" FOREIGN KEY ("concern_id") REFERENCES "concerns"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "concern_decisions" DROP CONSTRAINT "FK_8f89ef437c3af901a4eb42777d0"`);
    await queryRunner.query(`ALTER TABLE "concern_additions" DROP CONSTRAINT "FK_c27d2d7d936837cd8350cebeea4"`);
    await queryRunner.query(`ALTER TABLE "concern_deadlines" DROP CONSTRAINT "FK_7f42c0e6a571a3add7cb995a4da"`);
    await queryRunner.query(`ALTER TABLE "concern_attachments" DROP CONSTRAINT "FK_55d8abe8fcfbf327550c5f3b815"`);
    await queryRunner.query(`ALTER TABLE "concerns" DROP CONSTRAINT "FK_dfe9ca149fdb0ebe8239427def7"`);
    await queryRunner.query(`ALTER TABLE "register_events" DROP COLUMN "restricted_to_school_id"`);
    await queryRunner.query(`DROP TABLE "concern_settings"`);
    await queryRunner.query(`DROP INDEX "public"."concern_decisions_concern_idx"`);
    await queryRunner.query(`DROP INDEX "public"."concern_decisions_sign_off_idx"`);
    await queryRunner.query(`DROP TABLE "concern_decisions"`);
    await queryRunner.query(`DROP TYPE "public"."sign_off_verdict"`);
    await queryRunner.query(`DROP TYPE "public"."decision_status"`);
    await queryRunner.query(`DROP TYPE "public"."threshold_level"`);
    await queryRunner.query(`DROP INDEX "public"."concern_additions_concern_idx"`);
    await queryRunner.query(`DROP TABLE "concern_additions"`);
    await queryRunner.query(`DROP INDEX "public"."concern_deadlines_open_idx"`);
    await queryRunner.query(`DROP INDEX "public"."concern_deadlines_concern_idx"`);
    await queryRunner.query(`DROP TABLE "concern_deadlines"`);
    await queryRunner.query(`DROP TYPE "public"."concern_deadline_kind"`);
    await queryRunner.query(`DROP INDEX "public"."concern_attachments_concern_idx"`);
    await queryRunner.query(`DROP TABLE "concern_attachments"`);
    await queryRunner.query(`DROP INDEX "public"."concerns_queue_idx"`);
    await queryRunner.query(`DROP INDEX "public"."concerns_school_idx"`);
    await queryRunner.query(`DROP INDEX "public"."concerns_child_idx"`);
    await queryRunner.query(`DROP TABLE "concerns"`);
    // Shared by concern_decisions and concerns: dropped only once both tables are gone.
    await queryRunner.query(`DROP TYPE "public"."decision_outcome"`);
    await queryRunner.query(`DROP TYPE "public"."channel_outcome"`);
    await queryRunner.query(`DROP TYPE "public"."concern_category"`);
    await queryRunner.query(`DROP TYPE "public"."concern_status"`);
  }
}
