import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795373880336 implements MigrationInterface {
  name = 'Foundation1795373880336';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "auth_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(50), "ip_address" character varying(64), "user_agent" character varying(300), CONSTRAINT "PK_641507381f32580e8479efc36cd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "auth_sessions_user_idx" ON "auth_sessions"  ("user_id") `);
    await queryRunner.query(`CREATE TYPE "public"."audit_outcome" AS ENUM('SUCCESS', 'DENIED', 'REFUSED', 'FAILED')`);
    await queryRunner.query(`CREATE TABLE "audit_events" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "actor_user_id" uuid, "actor_membership_id" uuid, "action" character varying(100) NOT NULL, "entity_type" character varying(60) NOT NULL, "entity_id" character varying(100), "local_authority_id" uuid, "request_id" character varying(100) NOT NULL, "outcome" "public"."audit_outcome" NOT NULL, "details" jsonb NOT NULL, "prev_hash" character(64) NOT NULL DEFAULT '', "hash" character(64) NOT NULL DEFAULT '', CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "audit_events_actor_idx" ON "audit_events"  ("actor_user_id", "id") `);
    await queryRunner.query(`CREATE INDEX "audit_events_entity_idx" ON "audit_events"  ("entity_type", "entity_id") `);
    await queryRunner.query(`CREATE INDEX "audit_events_area_idx" ON "audit_events"  ("local_authority_id", "id") `);
    await queryRunner.query(`CREATE TABLE "local_authorities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character(3) NOT NULL, "name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_e5e29f343120c70cef30a806e3e" UNIQUE ("code"), CONSTRAINT "PK_4459741634fb4fff5d87fbe305b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."school_type_group" AS ENUM('MAINTAINED', 'ACADEMY', 'FREE_SCHOOL', 'INDEPENDENT', 'SPECIAL', 'OTHER')`);
    await queryRunner.query(`CREATE TABLE "schools" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "urn" integer NOT NULL, "name" character varying(300) NOT NULL, "local_authority_id" uuid NOT NULL, "establishment_type" character varying(200) NOT NULL, "type_group" "public"."school_type_group" NOT NULL, "phase" character varying(100), "status" character varying(100) NOT NULL, "postcode" character varying(10), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_ca129493bd3397a5a70b37a24f5" UNIQUE ("urn"), CONSTRAINT "PK_95b932e47ac129dd8e23a0db548" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "schools_name_idx" ON "schools"  ("name", "id") `);
    await queryRunner.query(`CREATE INDEX "schools_la_name_idx" ON "schools"  ("local_authority_id", "name", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."role" AS ENUM('HEADTEACHER', 'DSL', 'LA_OFFICER', 'LA_MANAGER', 'HMI', 'ADMIN')`);
    await queryRunner.query(`CREATE TABLE "memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "role" "public"."role" NOT NULL, "school_id" uuid, "local_authority_id" uuid, "unqualified" boolean NOT NULL DEFAULT false, "starts_on" date, "ends_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "memberships_period_order" CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on), CONSTRAINT "memberships_org_matches_role" CHECK (
  (role IN ('HEADTEACHER', 'DSL') AND school_id IS NOT NULL AND local_authority_id IS NULL)
  OR (role IN ('LA_OFFICER', 'LA_MANAGER', 'HMI') AND local_authority_id IS NOT NULL AND school_id IS NULL)
  OR (role = 'ADMIN' AND school_id IS NULL AND local_authority_id IS NULL)), CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "memberships_la_idx" ON "memberships"  ("local_authority_id") `);
    await queryRunner.query(`CREATE INDEX "memberships_school_idx" ON "memberships"  ("school_id") `);
    await queryRunner.query(`CREATE INDEX "memberships_user_idx" ON "memberships"  ("user_id") `);
    await queryRunner.query(`CREATE TYPE "public"."user_status" AS ENUM('INVITED', 'ACTIVE', 'DISABLED')`);
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "display_name" character varying(200) NOT NULL, "password_hash" character varying(200), "status" "public"."user_status" NOT NULL DEFAULT 'INVITED', "failed_sign_in_count" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email_key" ON "users"  ("email") `);
    await queryRunner.query(`CREATE TABLE "outbox_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient" character varying(254) NOT NULL, "subject" character varying(300) NOT NULL, "body" text NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0171348f527c64b137e4d4f5b66" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "outbox_pending_idx" ON "outbox_messages"  ("created_at") WHERE sent_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "display_name" character varying(200) NOT NULL, "role" "public"."role" NOT NULL, "school_id" uuid, "local_authority_id" uuid, "unqualified" boolean NOT NULL DEFAULT false, "starts_on" date, "ends_on" date, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "invited_by_id" uuid, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_872ac94a64b3d44fc4b554780cd" UNIQUE ("token_hash"), CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "invitations_email_idx" ON "invitations"  ("email") `);
    await queryRunner.query(`CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_a7838d2ba25be1342091b6695f1" UNIQUE ("token_hash"), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "refresh_tokens_session_idx" ON "refresh_tokens"  ("session_id") `);
    await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" character varying(80) NOT NULL, "title" character varying(200) NOT NULL, "link" character varying(300) NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "notifications_unread_idx" ON "notifications"  ("recipient_id") WHERE read_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "notifications_recipient_idx" ON "notifications"  ("recipient_id", "created_at", "id") `);
    await queryRunner.query(`ALTER TABLE "schools" ADD CONSTRAINT "FK_357d6e4604b52c8734acb4cf8e5" FOREIGN KEY ("local_authority_id") REFERENCES "local_authorities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD CONSTRAINT "FK_05fe413d3f6c769bf65507ff9c4" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD CONSTRAINT "FK_b8eb53150765b22f6e000c53525" FOREIGN KEY ("local_authority_id") REFERENCES "local_authorities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_b8eb53150765b22f6e000c53525"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_05fe413d3f6c769bf65507ff9c4"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"`);
    await queryRunner.query(`ALTER TABLE "schools" DROP CONSTRAINT "FK_357d6e4604b52c8734acb4cf8e5"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_recipient_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_unread_idx"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_tokens_session_idx"`);
    await queryRunner.query(`DROP TABLE "refresh_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."invitations_email_idx"`);
    await queryRunner.query(`DROP TABLE "invitations"`);
    await queryRunner.query(`DROP TYPE "public"."role"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_pending_idx"`);
    await queryRunner.query(`DROP TABLE "outbox_messages"`);
    await queryRunner.query(`DROP INDEX "public"."users_email_key"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TYPE "public"."user_status"`);
    await queryRunner.query(`DROP INDEX "public"."memberships_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."memberships_school_idx"`);
    await queryRunner.query(`DROP INDEX "public"."memberships_la_idx"`);
    await queryRunner.query(`DROP TABLE "memberships"`);
    await queryRunner.query(`DROP INDEX "public"."schools_la_name_idx"`);
    await queryRunner.query(`DROP INDEX "public"."schools_name_idx"`);
    await queryRunner.query(`DROP TABLE "schools"`);
    await queryRunner.query(`DROP TYPE "public"."school_type_group"`);
    await queryRunner.query(`DROP TABLE "local_authorities"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_area_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_entity_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_actor_idx"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
    await queryRunner.query(`DROP TYPE "public"."audit_outcome"`);
    await queryRunner.query(`DROP INDEX "public"."auth_sessions_user_idx"`);
    await queryRunner.query(`DROP TABLE "auth_sessions"`);
  }
}
