import { MigrationInterface, QueryRunner } from 'typeorm';

export class Register1795375854732 implements MigrationInterface {
  name = 'Register1795375854732';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."sex" AS ENUM('FEMALE', 'MALE', 'NOT_KNOWN')`);
    await queryRunner.query(`CREATE TYPE "public"."sen_status" AS ENUM('NONE', 'SEN_SUPPORT', 'EHC_PLAN')`);
    await queryRunner.query(`CREATE TABLE "children" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "local_authority_id" uuid NOT NULL, "legal_first_name" character varying(100) NOT NULL, "legal_last_name" character varying(100) NOT NULL, "other_names" text array NOT NULL, "date_of_birth" date NOT NULL, "sex" "public"."sex" NOT NULL, "upn" character varying(13), "address" character varying(500), "postcode" character varying(10), "carers" jsonb NOT NULL, "school_id" uuid, "sen_status" "public"."sen_status" NOT NULL, "has_ehc_plan" boolean NOT NULL, "child_protection_plan" boolean NOT NULL, "child_in_need_plan" boolean NOT NULL, "merged_into_id" uuid, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8c5a7cbebf2c702830ef38d22b0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "children_school_idx" ON "children"  ("school_id") `);
    await queryRunner.query(`CREATE INDEX "children_postcode_idx" ON "children"  ("local_authority_id", "postcode") `);
    await queryRunner.query(`CREATE INDEX "children_upn_idx" ON "children"  ("upn") WHERE upn IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "children_dob_idx" ON "children"  ("local_authority_id", "date_of_birth") `);
    await queryRunner.query(`CREATE INDEX "children_la_name_idx" ON "children"  ("local_authority_id", "legal_last_name", "legal_first_name", "id") `);
    await queryRunner.query(`CREATE TABLE "register_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "child_id" uuid NOT NULL, "original_child_id" uuid NOT NULL, "entry_id" uuid, "kind" character varying(60) NOT NULL, "summary" text NOT NULL, "occurred_on" date NOT NULL, "actor_user_id" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_418bfee95c5a0e77ebba6a4ef12" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "register_events_child_idx" ON "register_events"  ("child_id", "occurred_on", "seq") `);
    await queryRunner.query(`CREATE TYPE "public"."register_kind" AS ENUM('CME', 'EHE', 'EXCLUDED', 'EHCP')`);
    await queryRunner.query(`CREATE TYPE "public"."entry_status" AS ENUM('REPORTED', 'ENQUIRIES', 'LOCATED', 'AWAITING_SIGN_OFF', 'OPEN', 'CLOSED')`);
    await queryRunner.query(`CREATE TYPE "public"."entry_reason" AS ENUM('ABSENCE_TEN_SCHOOL_DAYS', 'DELETED_NO_DESTINATION', 'IDENTIFIED_BY_COUNCIL', 'PARENT_NOTICE', 'SCHOOL_DELETION_HOME_EDUCATION', 'SUSPENSION', 'PERMANENT_EXCLUSION', 'EHCP_NOT_FULL_TIME', 'IMPORTED')`);
    await queryRunner.query(`CREATE TYPE "public"."whereabouts_kind" AS ENUM('SCHOOL', 'OTHER_LOCAL_AUTHORITY', 'HOME_EDUCATION', 'ABROAD')`);
    await queryRunner.query(`CREATE TYPE "public"."education_suitability" AS ENUM('SUITABLE', 'NOT_SUITABLE', 'NOT_YET_ASSESSED')`);
    await queryRunner.query(`CREATE TABLE "register_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "local_authority_id" uuid NOT NULL, "kind" "public"."register_kind" NOT NULL, "status" "public"."entry_status" NOT NULL, "reason" "public"."entry_reason" NOT NULL, "reported_on" date NOT NULL, "reported_by_school_id" uuid, "reported_by_id" uuid, "source" character varying(200), "summary" text, "assigned_officer_id" uuid, "believed_abroad" boolean NOT NULL, "whereabouts_kind" "public"."whereabouts_kind", "whereabouts_school_id" uuid, "whereabouts_local_authority_code" character varying(3), "whereabouts_country" character varying(100), "whereabouts_evidence" text, "located_on" date, "school_days_to_locate" integer, "closed_on" date, "closure_reason" text, "closed_without_whereabouts" boolean NOT NULL, "closure_proposed_by_id" uuid, "signed_off_by_id" uuid, "sign_off_reason" text, "notice_received_on" date, "last_seen_on" date, "education_suitability" "public"."education_suitability", "excluding_school_id" uuid, "exclusion_starts_on" date, "exclusion_ends_on" date, "safety_check_on" date, "provision_from" date, "provision_description" text, "hours_per_week" numeric(4,1), "full_time_stopped_on" date, "last_visit_on" date, "import_source" character varying(200), "import_ref" character varying(200), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c1de65929d5e015b1374889485c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "register_entries_import_key" ON "register_entries"  ("local_authority_id", "kind", "import_source", "import_ref") WHERE import_ref IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "register_entries_school_idx" ON "register_entries"  ("reported_by_school_id") `);
    await queryRunner.query(`CREATE INDEX "register_entries_child_idx" ON "register_entries"  ("child_id") `);
    await queryRunner.query(`CREATE INDEX "register_entries_la_kind_status_idx" ON "register_entries"  ("local_authority_id", "kind", "status", "reported_on", "id") `);
    await queryRunner.query(`CREATE TABLE "register_rule_overrides" ("local_authority_id" uuid NOT NULL, "rule" character varying(60) NOT NULL, "value" integer NOT NULL, "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_285392cf647449f6cb82812a1ea" PRIMARY KEY ("local_authority_id", "rule"))`);
    await queryRunner.query(`CREATE TABLE "school_holidays" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "local_authority_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_457ec3ebf4a4e85aacc98b12c7a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "school_holidays_la_idx" ON "school_holidays"  ("local_authority_id", "starts_on") `);
    await queryRunner.query(`CREATE TYPE "public"."deadline_kind" AS ENUM('CME_FIRST_ENQUIRY', 'CME_LOCATE', 'CLOSURE_SIGN_OFF', 'EHE_FIRST_CONTACT', 'EHE_SEE_CHILD', 'EXCLUSION_SAFETY_CHECK', 'EXCLUSION_PROVISION', 'EHCP_VISIT')`);
    await queryRunner.query(`CREATE TABLE "register_deadlines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "local_authority_id" uuid NOT NULL, "kind" "public"."deadline_kind" NOT NULL, "due_on" date NOT NULL, "escalate_on" date NOT NULL, "met_on" date, "cancelled_on" date, "officer_notified_at" TIMESTAMP WITH TIME ZONE, "managers_notified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6d2b5199474c2d06f293b9476dd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "register_deadlines_entry_idx" ON "register_deadlines"  ("entry_id", "kind") `);
    await queryRunner.query(`CREATE INDEX "register_deadlines_open_idx" ON "register_deadlines"  ("due_on") WHERE met_on IS NULL AND cancelled_on IS NULL`);
    await queryRunner.query(`CREATE TYPE "public"."enquiry_kind" AS ENUM('PARENTS', 'RELATIVES_AND_NEIGHBOURS', 'HOME_VISIT', 'SCHOOL_TO_SCHOOL', 'OTHER_LOCAL_AUTHORITIES', 'HEALTH', 'POLICE', 'EVIDENCE_OF_DEPARTURE')`);
    await queryRunner.query(`CREATE TABLE "register_enquiries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "kind" "public"."enquiry_kind" NOT NULL, "made_on" date NOT NULL, "outcome" text NOT NULL, "recorded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_409db26620f32c206f9c63318ff" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "register_enquiries_entry_idx" ON "register_enquiries"  ("entry_id", "made_on") `);
    await queryRunner.query(`CREATE TYPE "public"."visit_kind" AS ENUM('HOME_VISIT', 'OTHER_MEETING', 'CONTACT', 'SAFETY_CHECK')`);
    await queryRunner.query(`CREATE TABLE "register_visits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "kind" "public"."visit_kind" NOT NULL, "occurred_on" date NOT NULL, "child_seen" boolean, "child_seen_alone" boolean, "child_views" text, "safeguarding_concern" boolean, "concern_details" text, "education_suitability" "public"."education_suitability", "hours_per_week" numeric(4,1), "notes" text NOT NULL, "recorded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f9d5bd312d6805b0731b0b2415e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "register_visits_entry_idx" ON "register_visits"  ("entry_id", "occurred_on") `);
    await queryRunner.query(`DROP INDEX "public"."notifications_recipient_idx"`);
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "notifications_recipient_idx" ON "notifications"  ("recipient_id", "created_at", "id") `);
    await queryRunner.query(`ALTER TABLE "children" ADD CONSTRAINT "FK_c9468ddf707b904745c63dc0919" FOREIGN KEY ("local_authority_id") REFERENCES "local_authorities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "children" ADD CONSTRAINT "FK_1d5ca30b8ab622108c7fc935182" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "children" ADD CONSTRAINT "FK_5c57d152dccacf5ae1b6b8cdd18" FOREIGN KEY ("merged_into_id") REFERENCES "children"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "register_events" ADD CONSTRAINT "FK_e1d3bc6a5e592cf5a65855201dc" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "register_entries" ADD CONSTRAINT "FK_54b1fca0c8fea6e7cf4b46fb70e" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "register_entries" ADD CONSTRAINT "FK_e539c078011e10ee58f06340cce" FOREIGN KEY ("local_authority_id") REFERENCES "local_authorities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "school_holidays" ADD CONSTRAINT "FK_0cf1024208ce8c6f0181b2bdfeb" FOREIGN KEY ("local_authority_id") REFERENCES "local_authorities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "register_deadlines" ADD CONSTRAINT "FK_fac8eb2b6cdbe807193c9ff7def" FOREIGN KEY ("entry_id") REFERENCES "register_entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "register_enquiries" ADD CONSTRAINT "FK_40682d8f889cf663add6f3c5a68" FOREIGN KEY ("entry_id") REFERENCES "register_entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "register_visits" ADD CONSTRAINT "FK_c3c8a89ee4c5e4966a26726b800" FOREIGN KEY ("entry_id") REFERENCES "register_entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "register_visits" DROP CONSTRAINT "FK_c3c8a89ee4c5e4966a26726b800"`);
    await queryRunner.query(`ALTER TABLE "register_enquiries" DROP CONSTRAINT "FK_40682d8f889cf663add6f3c5a68"`);
    await queryRunner.query(`ALTER TABLE "register_deadlines" DROP CONSTRAINT "FK_fac8eb2b6cdbe807193c9ff7def"`);
    await queryRunner.query(`ALTER TABLE "school_holidays" DROP CONSTRAINT "FK_0cf1024208ce8c6f0181b2bdfeb"`);
    await queryRunner.query(`ALTER TABLE "register_entries" DROP CONSTRAINT "FK_e539c078011e10ee58f06340cce"`);
    await queryRunner.query(`ALTER TABLE "register_entries" DROP CONSTRAINT "FK_54b1fca0c8fea6e7cf4b46fb70e"`);
    await queryRunner.query(`ALTER TABLE "register_events" DROP CONSTRAINT "FK_e1d3bc6a5e592cf5a65855201dc"`);
    await queryRunner.query(`ALTER TABLE "children" DROP CONSTRAINT "FK_5c57d152dccacf5ae1b6b8cdd18"`);
    await queryRunner.query(`ALTER TABLE "children" DROP CONSTRAINT "FK_1d5ca30b8ab622108c7fc935182"`);
    await queryRunner.query(`ALTER TABLE "children" DROP CONSTRAINT "FK_c9468ddf707b904745c63dc0919"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_recipient_idx"`);
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("id", "recipient_id", "created_at") `);
    await queryRunner.query(`DROP INDEX "public"."register_visits_entry_idx"`);
    await queryRunner.query(`DROP TABLE "register_visits"`);
    await queryRunner.query(`DROP TYPE "public"."visit_kind"`);
    await queryRunner.query(`DROP INDEX "public"."register_enquiries_entry_idx"`);
    await queryRunner.query(`DROP TABLE "register_enquiries"`);
    await queryRunner.query(`DROP TYPE "public"."enquiry_kind"`);
    await queryRunner.query(`DROP INDEX "public"."register_deadlines_open_idx"`);
    await queryRunner.query(`DROP INDEX "public"."register_deadlines_entry_idx"`);
    await queryRunner.query(`DROP TABLE "register_deadlines"`);
    await queryRunner.query(`DROP TYPE "public"."deadline_kind"`);
    await queryRunner.query(`DROP INDEX "public"."school_holidays_la_idx"`);
    await queryRunner.query(`DROP TABLE "school_holidays"`);
    await queryRunner.query(`DROP TABLE "register_rule_overrides"`);
    await queryRunner.query(`DROP INDEX "public"."register_entries_la_kind_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."register_entries_child_idx"`);
    await queryRunner.query(`DROP INDEX "public"."register_entries_school_idx"`);
    await queryRunner.query(`DROP INDEX "public"."register_entries_import_key"`);
    await queryRunner.query(`DROP TABLE "register_entries"`);
    // Shared by register_entries and register_visits: dropped after both tables.
    await queryRunner.query(`DROP TYPE "public"."education_suitability"`);
    await queryRunner.query(`DROP TYPE "public"."whereabouts_kind"`);
    await queryRunner.query(`DROP TYPE "public"."entry_reason"`);
    await queryRunner.query(`DROP TYPE "public"."entry_status"`);
    await queryRunner.query(`DROP TYPE "public"."register_kind"`);
    await queryRunner.query(`DROP INDEX "public"."register_events_child_idx"`);
    await queryRunner.query(`DROP TABLE "register_events"`);
    await queryRunner.query(`DROP INDEX "public"."children_la_name_idx"`);
    await queryRunner.query(`DROP INDEX "public"."children_dob_idx"`);
    await queryRunner.query(`DROP INDEX "public"."children_upn_idx"`);
    await queryRunner.query(`DROP INDEX "public"."children_postcode_idx"`);
    await queryRunner.query(`DROP INDEX "public"."children_school_idx"`);
    await queryRunner.query(`DROP TABLE "children"`);
    await queryRunner.query(`DROP TYPE "public"."sen_status"`);
    await queryRunner.query(`DROP TYPE "public"."sex"`);
  }
}
