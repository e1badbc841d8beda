import { MigrationInterface, QueryRunner } from 'typeorm';

export class Messaging1795386207657 implements MigrationInterface {
  name = 'Messaging1795386207657';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."conversation_kind" AS ENUM('CHANNEL', 'DIRECT')`);
    await queryRunner.query(`CREATE TYPE "public"."channel_visibility" AS ENUM('PUBLIC', 'PRIVATE')`);
    await queryRunner.query(`CREATE TABLE "conversations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."conversation_kind" NOT NULL, "network_id" uuid, "local_authority_id" uuid NOT NULL, "name" character varying(80), "topic" character varying(300), "visibility" "public"."channel_visibility", "direct_key" text, "last_message_sequence" bigint NOT NULL DEFAULT '0', "last_event_sequence" bigint NOT NULL DEFAULT '0', "legal_hold_at" TIMESTAMP WITH TIME ZONE, "legal_hold_by_id" uuid, "legal_hold_reason" text, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_message_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "conversations_kind_shape" CHECK ((kind = 'CHANNEL' AND network_id IS NOT NULL AND name IS NOT NULL AND visibility IS NOT NULL)
  OR (kind = 'DIRECT' AND direct_key IS NOT NULL)), CONSTRAINT "PK_ee34f4f7ced4ec8681f26bf04ef" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "conversations_direct_key" ON "conversations"  ("direct_key") WHERE direct_key IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "conversations_network_idx" ON "conversations"  ("network_id", "name") `);
    await queryRunner.query(`CREATE TYPE "public"."conversation_member_status" AS ENUM('ACTIVE', 'LEFT', 'REMOVED')`);
    await queryRunner.query(`CREATE TABLE "conversation_members" ("conversation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "status" "public"."conversation_member_status" NOT NULL, "read_up_to" bigint NOT NULL DEFAULT '0', "muted_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5fa9076068b6f2a26fb793d2439" PRIMARY KEY ("conversation_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "conversation_members_user_idx" ON "conversation_members"  ("user_id", "status") `);
    await queryRunner.query(`CREATE TABLE "messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conversation_id" uuid NOT NULL, "sequence" bigint NOT NULL, "author_id" uuid NOT NULL, "client_id" uuid NOT NULL, "body" text NOT NULL, "parent_id" uuid, "reply_count" integer NOT NULL DEFAULT '0', "mention_user_ids" uuid array NOT NULL DEFAULT '{}', "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_by_id" uuid, "hidden_reason" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_18325f38ae6de43878487eff986" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "messages_created_idx" ON "messages"  ("created_at") `);
    await queryRunner.query(`CREATE INDEX "messages_thread_idx" ON "messages"  ("parent_id", "sequence") WHERE parent_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "messages_client_key" ON "messages"  ("author_id", "client_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "messages_sequence_key" ON "messages"  ("conversation_id", "sequence") `);
    await queryRunner.query(`CREATE TYPE "public"."conversation_event_type" AS ENUM('MESSAGE_POSTED', 'MESSAGE_EDITED', 'MESSAGE_DELETED', 'MESSAGE_HIDDEN', 'MESSAGE_RESTORED', 'REACTION_ADDED', 'REACTION_REMOVED', 'READ_UP_TO', 'MEMBER_JOINED', 'MEMBER_LEFT', 'MEMBER_REMOVED', 'MEMBER_MUTED')`);
    await queryRunner.query(`CREATE TABLE "conversation_events" ("conversation_id" uuid NOT NULL, "sequence" bigint NOT NULL, "type" "public"."conversation_event_type" NOT NULL, "message_id" uuid, "actor_id" uuid, "payload" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_59cef3bca3ad60e6667ed0621e4" PRIMARY KEY ("conversation_id", "sequence"))`);
    await queryRunner.query(`CREATE INDEX "conversation_events_created_idx" ON "conversation_events"  ("created_at") `);
    await queryRunner.query(`CREATE TABLE "message_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conversation_id" uuid NOT NULL, "message_id" uuid, "uploaded_by_id" uuid NOT NULL, "file_name" character varying(255) NOT NULL, "media_type" character varying(100) NOT NULL, "byte_size" integer NOT NULL, "sha256" character(64) NOT NULL, "storage_key" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e5085d973567c61e9306f10f95b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "message_attachments_message_idx" ON "message_attachments"  ("message_id") `);
    await queryRunner.query(`CREATE TABLE "message_edits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "message_id" uuid NOT NULL, "previous_body" text NOT NULL, "edited_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_38e8913cdc69c8908540910301c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "message_edits_message_idx" ON "message_edits"  ("message_id", "edited_at") `);
    await queryRunner.query(`CREATE TABLE "message_reactions" ("message_id" uuid NOT NULL, "user_id" uuid NOT NULL, "emoji" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f5a1f46b4f33ce416f9c192ab29" PRIMARY KEY ("message_id", "user_id", "emoji"))`);
    await queryRunner.query(`CREATE TYPE "public"."message_report_reason" AS ENUM('INTIMIDATION', 'CHILD_PERSONAL_DATA', 'ABUSE_OR_HARASSMENT', 'EXTREMIST_CONTENT', 'SPAM', 'OTHER')`);
    await queryRunner.query(`CREATE TYPE "public"."message_report_status" AS ENUM('OPEN', 'ACTIONED', 'DISMISSED')`);
    await queryRunner.query(`CREATE TABLE "message_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "message_id" uuid NOT NULL, "conversation_id" uuid NOT NULL, "reporter_id" uuid NOT NULL, "reason" "public"."message_report_reason" NOT NULL, "note" text, "status" "public"."message_report_status" NOT NULL DEFAULT 'OPEN', "reviewed_by_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "review_note" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_59df246edfc1d9203ff93886000" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "message_reports_queue_idx" ON "message_reports"  ("conversation_id", "status", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "message_reports_open_key" ON "message_reports"  ("message_id", "reporter_id") WHERE status = 'OPEN'`);
    await queryRunner.query(`ALTER TABLE "conversations" ADD CONSTRAINT "FK_7a0e913a7c742285e69249381ec" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "conversations" ADD CONSTRAINT "FK_c7dec4187ced2882ae958c44d7a" FOREIGN KEY ("local_authority_id") REFERENCES "local_authorities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "conversation_members" ADD CONSTRAINT "FK_36340a1704b039608e34244511f" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "conversation_members" ADD CONSTRAINT "FK_a46c76be8f62c4b00a835cdc370" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "messages" ADD CONSTRAINT "FK_3bc55a7c3f9ed54b520bb5cfe23" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "messages" ADD CONSTRAINT "FK_05535bc695e9f7ee104616459d3" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "messages" ADD CONSTRAINT "FK_932abe146b78bd584b4d1851ce3" FOREIGN KEY ("parent_id") REFERENCES "messages"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "conversation_events" ADD CONSTRAINT "FK_ba970f7c2f1f3d96bcfbda1a998" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "conversation_events" ADD CONSTRAINT "FK_3e872d029745f67929ac97ce84d" FOREIGN KEY ("message_id") REFERENCES "messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "message_attachments" ADD CONSTRAINT "FK_143a1a8c3bfa636912b10f6e886" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "message_attachments" ADD CONSTRAINT "FK_bf65c3db8657cef6197b68b8c88" FOREIGN KEY ("message_id") REFERENCES "messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "message_edits" ADD CONSTRAINT "FK_e55266a1aace3c913e81bd129c5" FOREIGN KEY ("message_id") REFERENCES "messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "message_reactions" ADD CONSTRAINT "FK_ce61e365d81a9dfc15cd36513b0" FOREIGN KEY ("message_id") REFERENCES "messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "message_reactions" ADD CONSTRAINT "FK_b6d3eda2f99b64016d6a4cf112f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "message_reports" ADD CONSTRAINT "FK_de2e419f2ab433117356de07a5e" FOREIGN KEY ("message_id") REFERENCES "messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "message_reports" ADD CONSTRAINT "FK_0a4bd81d2b93f8767428e989fc6" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "message_reports" DROP CONSTRAINT "FK_0a4bd81d2b93f8767428e989fc6"`);
    await queryRunner.query(`ALTER TABLE "message_reports" DROP CONSTRAINT "FK_de2e419f2ab433117356de07a5e"`);
    await queryRunner.query(`ALTER TABLE "message_reactions" DROP CONSTRAINT "FK_b6d3eda2f99b64016d6a4cf112f"`);
    await queryRunner.query(`ALTER TABLE "message_reactions" DROP CONSTRAINT "FK_ce61e365d81a9dfc15cd36513b0"`);
    await queryRunner.query(`ALTER TABLE "message_edits" DROP CONSTRAINT "FK_e55266a1aace3c913e81bd129c5"`);
    await queryRunner.query(`ALTER TABLE "message_attachments" DROP CONSTRAINT "FK_bf65c3db8657cef6197b68b8c88"`);
    await queryRunner.query(`ALTER TABLE "message_attachments" DROP CONSTRAINT "FK_143a1a8c3bfa636912b10f6e886"`);
    await queryRunner.query(`ALTER TABLE "conversation_events" DROP CONSTRAINT "FK_3e872d029745f67929ac97ce84d"`);
    await queryRunner.query(`ALTER TABLE "conversation_events" DROP CONSTRAINT "FK_ba970f7c2f1f3d96bcfbda1a998"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP CONSTRAINT "FK_932abe146b78bd584b4d1851ce3"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP CONSTRAINT "FK_05535bc695e9f7ee104616459d3"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP CONSTRAINT "FK_3bc55a7c3f9ed54b520bb5cfe23"`);
    await queryRunner.query(`ALTER TABLE "conversation_members" DROP CONSTRAINT "FK_a46c76be8f62c4b00a835cdc370"`);
    await queryRunner.query(`ALTER TABLE "conversation_members" DROP CONSTRAINT "FK_36340a1704b039608e34244511f"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP CONSTRAINT "FK_c7dec4187ced2882ae958c44d7a"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP CONSTRAINT "FK_7a0e913a7c742285e69249381ec"`);
    await queryRunner.query(`DROP INDEX "public"."message_reports_open_key"`);
    await queryRunner.query(`DROP INDEX "public"."message_reports_queue_idx"`);
    await queryRunner.query(`DROP TABLE "message_reports"`);
    await queryRunner.query(`DROP TYPE "public"."message_report_status"`);
    await queryRunner.query(`DROP TYPE "public"."message_report_reason"`);
    await queryRunner.query(`DROP TABLE "message_reactions"`);
    await queryRunner.query(`DROP INDEX "public"."message_edits_message_idx"`);
    await queryRunner.query(`DROP TABLE "message_edits"`);
    await queryRunner.query(`DROP INDEX "public"."message_attachments_message_idx"`);
    await queryRunner.query(`DROP TABLE "message_attachments"`);
    await queryRunner.query(`DROP INDEX "public"."conversation_events_created_idx"`);
    await queryRunner.query(`DROP TABLE "conversation_events"`);
    await queryRunner.query(`DROP TYPE "public"."conversation_event_type"`);
    await queryRunner.query(`DROP INDEX "public"."messages_sequence_key"`);
    await queryRunner.query(`DROP INDEX "public"."messages_client_key"`);
    await queryRunner.query(`DROP INDEX "public"."messages_thread_idx"`);
    await queryRunner.query(`DROP INDEX "public"."messages_created_idx"`);
    await queryRunner.query(`DROP TABLE "messages"`);
    await queryRunner.query(`DROP INDEX "public"."conversation_members_user_idx"`);
    await queryRunner.query(`DROP TABLE "conversation_members"`);
    await queryRunner.query(`DROP TYPE "public"."conversation_member_status"`);
    await queryRunner.query(`DROP INDEX "public"."conversations_network_idx"`);
    await queryRunner.query(`DROP INDEX "public"."conversations_direct_key"`);
    await queryRunner.query(`DROP TABLE "conversations"`);
    await queryRunner.query(`DROP TYPE "public"."channel_visibility"`);
    await queryRunner.query(`DROP TYPE "public"."conversation_kind"`);
  }
}
