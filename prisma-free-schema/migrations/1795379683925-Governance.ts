import { MigrationInterface, QueryRunner } from 'typeorm';

export class Governance1795379683925 implements MigrationInterface {
  name = 'Governance1795379683925';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."check_kind" AS ENUM('ENHANCED_DBS', 'BARRED_LIST', 'SECTION_128', 'IDENTITY', 'RIGHT_TO_WORK', 'OVERSEAS', 'SECRETARY_OF_STATE', 'DISQUALIFICATION_DECLARATION', 'BUSINESS_INTERESTS_DECLARATION')`);
    await queryRunner.query(`CREATE TYPE "public"."governance_alert_level" AS ENUM('REMINDER', 'ESCALATION')`);
    await queryRunner.query(`CREATE TABLE "governance_alerts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "appointment_id" uuid NOT NULL, "check" "public"."check_kind" NOT NULL, "due_on" date NOT NULL, "level" "public"."governance_alert_level" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b887734a793106ab23a0553e644" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "governance_alerts_once_idx" ON "governance_alerts"  ("appointment_id", "check", "due_on", "level") `);
    await queryRunner.query(`CREATE TABLE "governance_completion_snapshots" ("local_authority_id" uuid NOT NULL, "term_starts_on" date NOT NULL, "school_type_group" "public"."school_type_group" NOT NULL, "term_label" character varying(40) NOT NULL, "required" integer NOT NULL, "done" integer NOT NULL, "overdue" integer NOT NULL, "taken_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_45ded36270dbe6f9d610f440a95" PRIMARY KEY ("local_authority_id", "term_starts_on", "school_type_group"))`);
    await queryRunner.query(`CREATE TABLE "governance_people" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "full_name" character varying(200) NOT NULL, "full_name_key" character varying(200) NOT NULL, "date_of_birth" date, "lived_or_worked_abroad" boolean NOT NULL DEFAULT false, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_399fae75e89b50d290018f0ec07" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "governance_people_identity_idx" ON "governance_people"  ("full_name_key", "date_of_birth") `);
    await queryRunner.query(`CREATE TYPE "public"."governing_role" AS ENUM('GOVERNOR', 'ACADEMY_MEMBER', 'TRUSTEE', 'LOCAL_GOVERNOR', 'PROPRIETOR', 'PROPRIETOR_BODY_MEMBER')`);
    await queryRunner.query(`CREATE TYPE "public"."governor_category" AS ENUM('PARENT', 'STAFF', 'LOCAL_AUTHORITY', 'FOUNDATION', 'CO_OPTED', 'PARTNERSHIP')`);
    await queryRunner.query(`CREATE TABLE "governance_appointments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "school_id" uuid NOT NULL, "local_authority_id" uuid NOT NULL, "role" "public"."governing_role" NOT NULL, "governor_category" "public"."governor_category", "trust_name" character varying(200), "is_chair" boolean NOT NULL DEFAULT false, "in_regulated_activity" boolean NOT NULL DEFAULT false, "appointed_on" date NOT NULL, "term_ends_on" date, "ended_on" date, "recorded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d381b69c5f748d8e1288427dc69" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "governance_appointments_person_idx" ON "governance_appointments"  ("person_id") `);
    await queryRunner.query(`CREATE INDEX "governance_appointments_la_idx" ON "governance_appointments"  ("local_authority_id") `);
    await queryRunner.query(`CREATE INDEX "governance_appointments_school_idx" ON "governance_appointments"  ("school_id", "ended_on") `);
    await queryRunner.query(`CREATE TYPE "public"."check_outcome" AS ENUM('CLEAR', 'DISCLOSED_RISK_ASSESSED', 'REFUSED')`);
    await queryRunner.query(`CREATE TABLE "governance_checks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "appointment_id" uuid NOT NULL, "kind" "public"."check_kind" NOT NULL, "applied_on" date, "done_on" date NOT NULL, "checked_by" character varying(200) NOT NULL, "outcome" "public"."check_outcome" NOT NULL, "reference_encrypted" text, "renewal_due_on" date, "notes" text, "recorded_by_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3be277aa6c84fe107e1b6992043" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "governance_checks_appointment_idx" ON "governance_checks"  ("appointment_id", "kind", "done_on") `);
    await queryRunner.query(`ALTER TYPE "public"."role" ADD VALUE 'GOVERNANCE_CLERK'`);
    await queryRunner.query(`ALTER TABLE "governance_appointments" ADD CONSTRAINT "FK_e4a0491f3cb98c7bcca45972048" FOREIGN KEY ("person_id") REFERENCES "governance_people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "governance_checks" ADD CONSTRAINT "FK_2879c0c7f5b351228cc0495f065" FOREIGN KEY ("appointment_id") REFERENCES "governance_appointments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "governance_checks" DROP CONSTRAINT "FK_2879c0c7f5b351228cc0495f065"`);
    await queryRunner.query(`ALTER TABLE "governance_appointments" DROP CONSTRAINT "FK_e4a0491f3cb98c7bcca45972048"`);
    // Hand-ordered: the role enum is shared by invitations and memberships, so it is rebuilt once
    // both columns have moved over, after removing the role it loses.
    await queryRunner.query(`DELETE FROM "memberships" WHERE "role"::text = 'GOVERNANCE_CLERK'`);
    await queryRunner.query(`DELETE FROM "invitations" WHERE "role"::text = 'GOVERNANCE_CLERK'`);
    await queryRunner.query(`CREATE TYPE "public"."role_old" AS ENUM('HEADTEACHER', 'DSL', 'LA_OFFICER', 'LA_MANAGER', 'HMI', 'ADMIN')`);
    await queryRunner.query(`ALTER TABLE "invitations" ALTER COLUMN "role" TYPE "public"."role_old" USING "role"::"text"::"public"."role_old"`);
    await queryRunner.query(`ALTER TABLE "memberships" ALTER COLUMN "role" TYPE "public"."role_old" USING "role"::"text"::"public"."role_old"`);
    await queryRunner.query(`DROP TYPE "public"."role"`);
    await queryRunner.query(`ALTER TYPE "public"."role_old" RENAME TO "role"`);
    await queryRunner.query(`DROP INDEX "public"."governance_checks_appointment_idx"`);
    await queryRunner.query(`DROP TABLE "governance_checks"`);
    await queryRunner.query(`DROP TYPE "public"."check_outcome"`);
    await queryRunner.query(`DROP INDEX "public"."governance_appointments_school_idx"`);
    await queryRunner.query(`DROP INDEX "public"."governance_appointments_la_idx"`);
    await queryRunner.query(`DROP INDEX "public"."governance_appointments_person_idx"`);
    await queryRunner.query(`DROP TABLE "governance_appointments"`);
    await queryRunner.query(`DROP TYPE "public"."governor_category"`);
    await queryRunner.query(`DROP TYPE "public"."governing_role"`);
    await queryRunner.query(`DROP INDEX "public"."governance_people_identity_idx"`);
    await queryRunner.query(`DROP TABLE "governance_people"`);
    await queryRunner.query(`DROP TABLE "governance_completion_snapshots"`);
    await queryRunner.query(`DROP INDEX "public"."governance_alerts_once_idx"`);
    await queryRunner.query(`DROP TABLE "governance_alerts"`);
    // Shared by governance_checks and governance_alerts: dropped once both are gone.
    await queryRunner.query(`DROP TYPE "public"."check_kind"`);
    await queryRunner.query(`DROP TYPE "public"."governance_alert_level"`);
  }
}
