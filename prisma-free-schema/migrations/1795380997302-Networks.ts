import { MigrationInterface, QueryRunner } from 'typeorm';

export class Networks1795380997302 implements MigrationInterface {
  name = 'Networks1795380997302';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "networks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "description" text, "local_authority_id" uuid NOT NULL, "retention_months" integer NOT NULL DEFAULT '24', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "networks_retention_positive" CHECK (retention_months > 0), CONSTRAINT "PK_61b1ee921bf79550d9d4742b9f7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "networks_la_idx" ON "networks"  ("local_authority_id", "name", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."network_role" AS ENUM('MODERATOR', 'MEMBER')`);
    await queryRunner.query(`CREATE TYPE "public"."network_member_status" AS ENUM('INVITED', 'REQUESTED', 'ACTIVE', 'LEFT', 'REMOVED', 'REFUSED')`);
    await queryRunner.query(`CREATE TABLE "network_members" ("network_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" "public"."network_role" NOT NULL DEFAULT 'MEMBER', "status" "public"."network_member_status" NOT NULL, "invited_by_id" uuid, "decided_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ab16a143194014e05e289b3aa3c" PRIMARY KEY ("network_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "network_members_user_idx" ON "network_members"  ("user_id", "status") `);
    await queryRunner.query(`ALTER TABLE "networks" ADD CONSTRAINT "FK_a47fc9c497a997ceb08b9531280" FOREIGN KEY ("local_authority_id") REFERENCES "local_authorities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "network_members" ADD CONSTRAINT "FK_240ed36e942046faaae89f8012c" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "network_members" ADD CONSTRAINT "FK_7a05c689d31caf963e21306f09a" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "network_members" DROP CONSTRAINT "FK_7a05c689d31caf963e21306f09a"`);
    await queryRunner.query(`ALTER TABLE "network_members" DROP CONSTRAINT "FK_240ed36e942046faaae89f8012c"`);
    await queryRunner.query(`ALTER TABLE "networks" DROP CONSTRAINT "FK_a47fc9c497a997ceb08b9531280"`);
    await queryRunner.query(`DROP INDEX "public"."network_members_user_idx"`);
    await queryRunner.query(`DROP TABLE "network_members"`);
    await queryRunner.query(`DROP TYPE "public"."network_member_status"`);
    await queryRunner.query(`DROP TYPE "public"."network_role"`);
    await queryRunner.query(`DROP INDEX "public"."networks_la_idx"`);
    await queryRunner.query(`DROP TABLE "networks"`);
  }
}
